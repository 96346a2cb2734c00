/**
 * Exits 0 when a Kafka broker at HOST PORT answers a metadata request naming itself and a
 * controller (it serves clients), 1 otherwise. No dependency: scripts/infra/kafka.sh runs it before
 * `pnpm install` may have happened in packages/messaging.
 */
import { runReadinessCheck } from './readinessCheck';

const METADATA = 3;
const VERSION = 1;

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

runReadinessCheck({
  defaultPort: '9092',
  request,
  replyLength: (received) => 4 + received.readInt32BE(0),
  verdict: (reply) => {
    const { brokers, controller } = parse(reply);
    const ready = brokers > 0 && controller >= 0;
    return { ready, summary: `${brokers} broker(s), controller ${controller}${ready ? '' : ' (not ready)'}` };
  },
});
