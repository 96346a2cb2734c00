import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code, evaluated (not a file: it runs the same from the sources and from the built
 * CLI). It opens its own connection and answers each request with one PASSIVE checkpoint: it copies
 * what the WAL holds into the database file, fsyncs, and never waits for a reader or the writer.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.fileName, { fileMustExist: true });
parentPort.on('message', () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ frames: result.log, copied: result.checkpointed });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message) });
  }
});
`;

export interface CheckpointResult {
  /** Frames in the WAL, and how many of them the database file now holds. */
  frames: number;
  copied: number;
}

/**
 * Checkpoints the WAL from a worker thread, `intervalMs` after a commit: SQLite's own checkpoint runs
 * inside the commit that fills the WAL to `wal_autocheckpoint` pages, where copying some 16 MiB and
 * the fsync stall the writer's event loop (tens to a hundred ms, every few hundred ms under load).
 * The writer's autocheckpoint stays as the safety net: when the worker keeps up it finds nothing to
 * copy; two checkpointers never wait for each other (a PASSIVE one skips when the other runs).
 */
export class BackgroundCheckpointer {
  readonly #worker: Worker;
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #again = false;
  #failed = false;
  readonly #waiters: ((result: CheckpointResult | undefined) => void)[] = [];

  constructor(
    fileName: string,
    private readonly intervalMs: number,
  ) {
    this.#worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), fileName },
    });
    // The worker never keeps the process alive; what it did not copy, the next checkpoint copies.
    this.#worker.unref();
    this.#worker.on('message', (message: CheckpointResult | { error: string }) => this.#done(message));
    this.#worker.on('error', () => this.#stop());
    this.#worker.on('exit', () => this.#stop());
  }

  /** After a commit: a checkpoint runs within `intervalMs`. */
  committed(): void {
    if (this.#failed || this.#timer !== undefined) return;
    this.#timer = setTimeout(() => this.#run(), this.intervalMs);
    this.#timer.unref();
  }

  /** Runs a checkpoint now; resolves with its result (undefined when the worker is gone). For tests. */
  checkpointNow(): Promise<CheckpointResult | undefined> {
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
      this.#run();
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.#timer);
    this.#stop();
    await this.#worker.terminate();
  }

  #run(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#failed) {
      this.#settle(undefined);
      return;
    }
    // One at a time: a commit during a checkpoint asks for the next one.
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    this.#worker.postMessage('checkpoint');
  }

  #done(message: CheckpointResult | { error: string }): void {
    this.#running = false;
    this.#settle('error' in message ? undefined : message);
    if (this.#again) {
      this.#again = false;
      this.committed();
    }
  }

  #settle(result: CheckpointResult | undefined): void {
    for (const resolve of this.#waiters.splice(0)) resolve(result);
  }

  /** The worker is gone: the writer's own autocheckpoint does the work, as without this. */
  #stop(): void {
    this.#failed = true;
    this.#running = false;
    this.#settle(undefined);
  }
}
