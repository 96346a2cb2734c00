/**
 * What mongoReady.ts and kafkaReady.ts share: one request to HOST PORT (the command line's), one
 * length-prefixed reply on a fresh connection, a line on stdout, exit 0 when the reply says the
 * server is ready, 1 otherwise. No dependency, as they promise the scripts that run them.
 */
import { connect } from 'node:net';

const TIMEOUT_MS = 3000;

export interface ReadinessCheck {
  defaultPort: string;
  request: () => Buffer;
  /** The reply's whole length in bytes, read from its first four. */
  replyLength: (received: Buffer) => number;
  /** Whether the whole reply says ready, and what to print after `host:port: `. */
  verdict: (reply: Buffer) => { ready: boolean; summary: string };
}

type Verdict = ReturnType<ReadinessCheck['verdict']>;

const ask = (host: string, port: number, check: ReadinessCheck): Promise<Verdict> =>
  new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    let received = Buffer.alloc(0);
    socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    socket.on('error', reject);
    // A server of another kind may hang up without a reply: not ready (settled replies ignore it).
    socket.on('close', () => reject(new Error('the connection closed without a reply')));
    socket.on('connect', () => socket.write(check.request()));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4 && received.length >= check.replyLength(received)) {
        socket.end();
        resolve(check.verdict(received));
      }
    });
  });

export const runReadinessCheck = (check: ReadinessCheck): void => {
  const [host = '127.0.0.1', port = check.defaultPort] = process.argv.slice(2);
  ask(host, Number(port), check).then(
    ({ ready, summary }) => {
      console.log(`${host}:${port}: ${summary}`);
      process.exit(ready ? 0 : 1);
    },
    (error: unknown) => {
      console.log(`${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
};
