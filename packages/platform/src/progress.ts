import { SingleBar, Presets } from 'cli-progress';

export interface ProgressReporter {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr for long work (seed, rebuild, import). When stderr is not a terminal
 * (CI, logs piped to a file) it prints a line every 10% instead, so logs stay readable.
 */
export const progressBar = (label: string): ProgressReporter => {
  if (!process.stderr.isTTY) {
    let lastDecile = -1;
    return {
      update(done, total) {
        const decile = total === 0 ? 10 : Math.floor((done / total) * 10);
        if (decile === lastDecile) return;
        lastDecile = decile;
        process.stderr.write(`${label}: ${done}/${total} (${decile * 10}%)\n`);
      },
      stop() {},
    };
  }
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}`,
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
};
