import { openSqliteEventStore } from '@gongkai/event-store';
import { benchEvents } from './events';
import { Stopwatch, type PhaseRate } from './clock';

/** Fills `fileName` with `events` events in appends of 100 (a new stream each), through the port. */
export const populate = async (fileName: string, events: number): Promise<PhaseRate> => {
  const store = openSqliteEventStore({ fileName });
  try {
    const clock = new Stopwatch();
    for (let written = 0, b = 0; written < events; written += 100, b++) {
      const batch = benchEvents(Math.min(100, events - written), written);
      clock.start();
      await store.append(`bulk-230102-${b}`, batch, { expectedRevision: 'no-stream' });
      clock.stop();
    }
    return clock.rate(events);
  } finally {
    await store.close();
  }
};

export interface LargeReadResult {
  read: PhaseRate;
  baselineRssMb: number;
  peakRssMb: number;
}

const mb = (bytes: number): number => bytes / 1024 / 1024;

/**
 * Run in a fresh child process: reads every event of `fileName` through the port and samples the
 * resident set size every 1,000 events (a timer would not fire: the read never leaves the microtask
 * queue) and at the end.
 */
export const readLarge = async (fileName: string): Promise<LargeReadResult> => {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const store = openSqliteEventStore({ fileName });
  try {
    const clock = new Stopwatch().start();
    let events = 0;
    for await (const event of store.readAll()) {
      if (++events % 1000 === 0) peak = Math.max(peak, process.memoryUsage.rss());
      if (event.data === undefined) throw new Error(`event ${event.position} has no data`);
    }
    peak = Math.max(peak, process.memoryUsage.rss());
    return { read: clock.rate(events), baselineRssMb: mb(baseline), peakRssMb: mb(peak) };
  } finally {
    await store.close();
  }
};
