import type { SubscribeOptions } from '../port';
import { Signal } from '../handling';

/** One subscription's state inside its group. */
export class Member {
  paused = false;
  stopping = false;
  inFlight = 0;
  readonly idle = new Signal();

  constructor(
    readonly id: number,
    readonly options: SubscribeOptions,
  ) {}

  get concurrency(): number {
    return this.options.concurrency ?? 1;
  }

  subscribes(topic: string): boolean {
    return this.options.topics.includes(topic);
  }

  /** Whether this member may start one more batch now. */
  ready(): boolean {
    return !this.paused && !this.stopping && this.inFlight < this.concurrency;
  }

  release(): void {
    this.inFlight--;
    if (this.inFlight === 0) this.idle.notify();
  }

  async drained(): Promise<void> {
    while (this.inFlight > 0) await this.idle.wait();
  }
}
