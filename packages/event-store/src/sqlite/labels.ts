import type Database from 'better-sqlite3';
import type { Actor, Tier } from '../port';

/**
 * Dictionaries for the short strings every event repeats: event types and tenant codes (`labels`),
 * and actors. Events store small integer keys instead, so a row is smaller and reading one builds no
 * new string for them. Keys are stable once committed; each process caches them.
 */
export const LABELS_DDL = `
CREATE TABLE labels (
  label_key INTEGER PRIMARY KEY,
  label     TEXT    NOT NULL UNIQUE
);
CREATE TABLE actors (
  actor_key INTEGER PRIMARY KEY,
  actor_id  TEXT    NOT NULL,
  tier      TEXT    NOT NULL,
  tenant    TEXT    NOT NULL,
  UNIQUE (actor_id, tier, tenant)
);
`;

interface ActorEntry {
  tier: string;
  tenant: string;
  key: number;
}

/**
 * The write side: keys for labels and actors, created inside the caller's write transaction when
 * new. New keys stay pending until the transaction commits, so a rollback cannot leave a key cached
 * that no row holds.
 */
export class LabelWriter {
  private readonly labels = new Map<string, number>();
  /** By actor id: an actor id almost always comes with one tier and tenant, so the list is short. */
  private readonly actors = new Map<string, ActorEntry[]>();
  private pendingLabels: string[] = [];
  private pendingActors: [string, ActorEntry][] = [];
  private readonly insertLabel: Database.Statement<[string], [number]>;
  private readonly insertActor: Database.Statement<[string, string, string], [number]>;

  constructor(db: Database.Database) {
    // The no-op DO UPDATE makes RETURNING yield the existing key too (another process may have added it).
    this.insertLabel = db.prepare<[string], [number]>(
      'INSERT INTO labels (label) VALUES (?) ON CONFLICT (label) DO UPDATE SET label = excluded.label RETURNING label_key',
    );
    this.insertLabel.raw(true);
    this.insertActor = db.prepare<[string, string, string], [number]>(
      'INSERT INTO actors (actor_id, tier, tenant) VALUES (?, ?, ?) ' +
        'ON CONFLICT (actor_id, tier, tenant) DO UPDATE SET tier = excluded.tier RETURNING actor_key',
    );
    this.insertActor.raw(true);
  }

  /** Call inside the write transaction. */
  labelKey(label: string): number {
    const cached = this.labels.get(label);
    if (cached !== undefined) return cached;
    const key = this.insertLabel.get(label)![0];
    this.labels.set(label, key);
    this.pendingLabels.push(label);
    return key;
  }

  /** Call inside the write transaction. */
  actorKey(actor: Actor): number {
    const entries = this.actors.get(actor.id);
    if (entries !== undefined) {
      for (const entry of entries)
        if (entry.tier === actor.tier && entry.tenant === actor.tenant) return entry.key;
    }
    const key = this.insertActor.get(actor.id, actor.tier, actor.tenant)![0];
    const entry = { tier: actor.tier, tenant: actor.tenant, key };
    if (entries === undefined) this.actors.set(actor.id, [entry]);
    else entries.push(entry);
    this.pendingActors.push([actor.id, entry]);
    return key;
  }

  committed(): void {
    if (this.pendingLabels.length > 0) this.pendingLabels = [];
    if (this.pendingActors.length > 0) this.pendingActors = [];
  }

  rolledBack(): void {
    for (const label of this.pendingLabels) this.labels.delete(label);
    for (const [id, entry] of this.pendingActors) {
      const remaining = this.actors.get(id)?.filter((candidate) => candidate !== entry) ?? [];
      if (remaining.length === 0) this.actors.delete(id);
      else this.actors.set(id, remaining);
    }
    this.committed();
  }
}

/** The read side: label and actor of a key, cached; a miss asks the database (another process's key). */
export class LabelReader {
  private readonly labels: string[] = [];
  private readonly actors: [id: string, tier: Tier, tenant: string][] = [];
  private readonly selectLabel: Database.Statement<[number], [string]>;
  private readonly selectActor: Database.Statement<[number], [string, Tier, string]>;

  constructor(db: Database.Database) {
    this.selectLabel = db.prepare<[number], [string]>('SELECT label FROM labels WHERE label_key = ?');
    this.selectLabel.raw(true);
    this.selectActor = db.prepare<[number], [string, Tier, string]>(
      'SELECT actor_id, tier, tenant FROM actors WHERE actor_key = ?',
    );
    this.selectActor.raw(true);
  }

  label(key: number): string {
    return this.labels[key] ?? this.loadLabel(key);
  }

  actor(key: number): Actor {
    const actor = this.actors[key] ?? this.loadActor(key);
    return { id: actor[0], tier: actor[1], tenant: actor[2] };
  }

  private loadLabel(key: number): string {
    const row = this.selectLabel.get(key);
    if (row === undefined) throw new Error(`The event store has no label ${key}: the file is damaged.`);
    return (this.labels[key] = row[0]);
  }

  private loadActor(key: number): [string, Tier, string] {
    const row = this.selectActor.get(key);
    if (row === undefined) throw new Error(`The event store has no actor ${key}: the file is damaged.`);
    return (this.actors[key] = row);
  }
}
