/**
 * Live views, computed once per state of the read models. A view is a function of the projected
 * documents and of the date it is judged on; the documents change only when a projector lands a
 * unit of work, which moves its checkpoint. So a view computed at one set of checkpoints and one
 * date is the view of every request that reads the same checkpoints and date: the entries live
 * until any checkpoint (or the date) moves, and are dropped all at once then.
 *
 * Entries are promises, so concurrent requests for a view being computed share the computation;
 * a rejected one is forgotten. Callers share the views: nothing may mutate them.
 */
export class LiveViewCache {
  private state = '';
  private readonly entries = new Map<string, Promise<unknown>>();

  /** At most this many views per state; the oldest goes first. */
  constructor(private readonly maxEntries = 1_000) {}

  /**
   * The view `key` at `state` (checkpoints and date, as a string): cached, or computed by `compute`.
   */
  get<T>(state: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (state !== this.state) {
      this.entries.clear();
      this.state = state;
    }
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached as Promise<T>;
    const computing = compute();
    this.entries.set(key, computing);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    computing.catch(() => {
      if (this.entries.get(key) === computing) this.entries.delete(key);
    });
    return computing;
  }
}
