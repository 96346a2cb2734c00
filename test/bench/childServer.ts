import type { ChildProcess } from 'node:child_process';

/** What a benchmark's server child understands over IPC besides its own start-up report. */
export type ToServer = 'stop' | 'cpu';

/**
 * The parent's side of a server child: its CPU time on request, and a stop that waits for it to
 * exit (killing it after 30 s).
 */
export const controlChild = (child: ChildProcess, exited: Promise<unknown>) => ({
  /** CPU time the server has used so far (user + system), µs. */
  cpuMicros: (): Promise<number> =>
    new Promise((resolve) => {
      child.once('message', (message: { cpuMicros: number }) => resolve(message.cpuMicros));
      child.send('cpu' satisfies ToServer);
    }),
  async stop(): Promise<void> {
    child.send('stop' satisfies ToServer);
    const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timeout);
  },
});

/** The child's side: answers `cpu` with its CPU time, runs `stop` on `stop`. */
export const answerParent = (stop: () => Promise<void>): void => {
  process.on('message', (message: ToServer) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpuMicros: user + system });
      return;
    }
    void stop().then(() => process.exit(0));
  });
};
