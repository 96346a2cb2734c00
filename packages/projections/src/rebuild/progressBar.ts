import { Presets, SingleBar } from 'cli-progress';
import type { RebuildProgress } from './rebuild';

export interface ProgressBar {
  onProgress: (progress: RebuildProgress) => void;
  stop: () => void;
}

/** A terminal progress bar for a rebuild (`gongkai projections rebuild`), on stderr. */
export const rebuildProgressBar = (stream: NodeJS.WritableStream = process.stderr): ProgressBar => {
  const bar = new SingleBar(
    {
      format: 'rebuild |{bar}| {percentage}% {value}/{total} events | {rate} events/s | {phase}',
      stream,
      hideCursor: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress: (progress) => {
      const payload = {
        rate: Math.round(progress.eventsPerSecond).toLocaleString('en'),
        phase: progress.phase,
      };
      if (!started) {
        bar.start(progress.total, progress.done, payload);
        started = true;
      }
      bar.update(progress.done, payload);
      if (progress.phase === 'done') bar.stop();
    },
    stop: () => bar.stop(),
  };
};
