import type { ChildProcess } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import type { CpuProfile } from './cpuProfileStages';

/** What a benchmark's server child understands over IPC besides its own start-up report. */
export type ToServer = 'stop' | 'cpu' | 'profile-start' | 'profile-stop';

const ask = <T>(child: ChildProcess, message: ToServer): Promise<T> =>
  new Promise((resolve) => {
    child.once('message', (answer: T) => resolve(answer));
    child.send(message);
  });

/**
 * The parent's side of a server child: its CPU time on request, and a stop that waits for it to
 * exit (killing it after 30 s).
 */
export const controlChild = (child: ChildProcess, exited: Promise<unknown>) => ({
  /** CPU time the server has used so far (user + system), µs. */
  cpuMicros: async (): Promise<number> => (await ask<{ cpuMicros: number }>(child, 'cpu')).cpuMicros,
  /** Runs `work` with the server's V8 CPU profiler on; the profile covers `work` alone. */
  async profiled<T>(work: () => Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
    await ask(child, 'profile-start');
    const result = await work();
    return { result, profile: (await ask<{ profile: CpuProfile }>(child, 'profile-stop')).profile };
  },
  async stop(): Promise<void> {
    child.send('stop' satisfies ToServer);
    const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timeout);
  },
});

/** The child's side: answers `cpu` with its CPU time, profiles between the profile messages, runs `stop` on `stop`. */
export const answerParent = (stop: () => Promise<void>): void => {
  let profiler: Session | undefined;
  process.on('message', (message: ToServer) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpuMicros: user + system });
    } else if (message === 'profile-start') {
      profiler = new Session();
      profiler.connect();
      void profiler
        .post('Profiler.enable')
        .then(() => profiler?.post('Profiler.start'))
        .then(() => process.send?.({ profiling: true }));
    } else if (message === 'profile-stop') {
      void profiler?.post('Profiler.stop').then(({ profile }) => {
        profiler?.disconnect();
        process.send?.({ profile });
      });
    } else {
      void stop().then(() => process.exit(0));
    }
  });
};
