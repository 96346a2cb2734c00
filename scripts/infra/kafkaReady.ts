/**
 * Exits 0 when a Kafka broker at HOST PORT answers a metadata request naming itself and a
 * controller (it serves clients), 1 otherwise. No dependency: scripts/infra/kafka.sh runs it before
 * `pnpm install` may have happened in packages/messaging.
 */
import { connect } from 'node:net';

const METADATA = 3;
const VERSION = 1;
const TIMEOUT_MS = 3000;

const request = (): Buffer => {
  const clientId = Buffer.from('gongkai-infra');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 4);
  let at = body.writeInt16BE(METADATA, 0);
  at = body.writeInt16BE(VERSION, at);
  at = body.writeInt32BE(1, at);
  at = body.writeInt16BE(clientId.length, at);
  at += clientId.copy(body, at);
  body.writeInt32BE(0, at); // no topics: only brokers and controller
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
};

/** Metadata v1 response: correlation id, brokers [id, host, port, rack], controller id, topics. */
const parse = (response: Buffer): { brokers: number; controller: number } => {
  let at = 4 + 4;
  const brokers = response.readInt32BE(at);
  at += 4;
  for (let i = 0; i < brokers; i++) {
    at += 4;
    at += 2 + response.readInt16BE(at);
    at += 4;
    const rack = response.readInt16BE(at);
    at += 2 + Math.max(rack, 0);
  }
  return { brokers, controller: response.readInt32BE(at) };
};

const probe = (host: string, port: number): Promise<{ brokers: number; controller: number }> =>
  new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    let received = Buffer.alloc(0);
    socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    socket.on('error', reject);
    socket.on('connect', () => socket.write(request()));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4 && received.length >= 4 + received.readInt32BE(0)) {
        socket.end();
        resolve(parse(received));
      }
    });
  });

const [host = '127.0.0.1', port = '9092'] = process.argv.slice(2);
probe(host, Number(port)).then(
  ({ brokers, controller }) => {
    const ready = brokers > 0 && controller >= 0;
    console.log(
      `${host}:${port}: ${brokers} broker(s), controller ${controller}${ready ? '' : ' (not ready)'}`,
    );
    process.exit(ready ? 0 : 1);
  },
  (error: unknown) => {
    console.log(`${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
