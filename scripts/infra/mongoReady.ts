/**
 * Exits 0 when a MongoDB-wire server (MongoDB, FerretDB) at HOST PORT answers `{ ping: 1 }` with
 * `ok: 1`, 1 otherwise. No dependency (one OP_MSG, BSON by hand): scripts/infra/ferretdb.sh runs it
 * before `pnpm install` may have happened in packages/projections.
 */
import { runReadinessCheck } from './readinessCheck';

const OP_MSG = 2013;

/** BSON `{ ping: 1 (int32), $db: 'admin' }`. */
const pingDocument = (): Buffer => {
  const parts = [
    Buffer.from([0x10]),
    Buffer.from('ping\0'),
    Buffer.from([1, 0, 0, 0]),
    Buffer.from([0x02]),
    Buffer.from('$db\0'),
    Buffer.from([6, 0, 0, 0]),
    Buffer.from('admin\0'),
    Buffer.from([0]),
  ];
  const body = Buffer.concat(parts);
  const size = Buffer.alloc(4);
  size.writeInt32LE(body.length + 4);
  return Buffer.concat([size, body]);
};

const request = (): Buffer => {
  const document = pingDocument();
  const header = Buffer.alloc(16 + 4 + 1);
  header.writeInt32LE(header.length + document.length, 0);
  header.writeInt32LE(1, 4); // request id
  header.writeInt32LE(0, 8); // response to
  header.writeInt32LE(OP_MSG, 12);
  header.writeUInt32LE(0, 16); // flag bits
  header.writeUInt8(0, 20); // section kind 0: the body document
  return Buffer.concat([header, document]);
};

/** Bytes of a BSON value of fixed size, by type (double, bool, date, null, int32, timestamp, int64). */
const FIXED_SIZE: Readonly<Record<number, number>> = {
  0x01: 8,
  0x08: 1,
  0x09: 8,
  0x0a: 0,
  0x10: 4,
  0x11: 8,
  0x12: 8,
};

const sizeOf = (document: Buffer, type: number, at: number): number => {
  const fixed = FIXED_SIZE[type];
  if (fixed !== undefined) return fixed;
  if (type === 0x02) return 4 + document.readInt32LE(at); // string
  if (type === 0x03 || type === 0x04) return document.readInt32LE(at); // document, array
  return Number.NaN;
};

const numberAt = (document: Buffer, type: number, at: number): number => {
  if (type === 0x01) return document.readDoubleLE(at);
  if (type === 0x10) return document.readInt32LE(at);
  if (type === 0x12) return Number(document.readBigInt64LE(at));
  return Number.NaN;
};

/** `ok` of the reply's body document (after the 16-byte header, flags and section kind), NaN when absent. */
const okOf = (reply: Buffer): number => {
  const document = reply.subarray(21);
  let at = 4;
  while (at < document.length - 1) {
    const type = document.readUInt8(at);
    const nameEnd = document.indexOf(0, at + 1);
    const name = document.toString('utf8', at + 1, nameEnd);
    at = nameEnd + 1;
    if (name === 'ok') return numberAt(document, type, at);
    const size = sizeOf(document, type, at);
    if (Number.isNaN(size)) return Number.NaN;
    at += size;
  }
  return Number.NaN;
};

runReadinessCheck({
  defaultPort: '27017',
  request,
  replyLength: (received) => received.readInt32LE(0),
  verdict: (reply) => {
    const ok = okOf(reply);
    return { ready: ok === 1, summary: `ping ok ${ok}` };
  },
});
