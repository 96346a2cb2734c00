import { hash } from 'node:crypto';

// A fixed namespace so that the same message id always yields the same event ids (RFC 9562 UUIDv5).
const GONGKAI_EVENT_NAMESPACE = Buffer.from('6f1c5b1e2a4d4e7b9c3a8d2f0b4e6a71', 'hex');

/** Names up to this many UTF-16 units are hashed from a reused buffer (3 bytes a unit at most). */
const SCRATCH_UNITS = 1024;
const scratch = Buffer.alloc(16 + 3 * SCRATCH_UNITS);
GONGKAI_EVENT_NAMESPACE.copy(scratch);

/** UUIDv5 of `name` in the Gongkai event namespace: redelivering a message yields the same ids. */
export const deterministicUuid = (name: string): string => {
  // One-shot `hash` over namespace + name: no Hash object per id (this runs once per event).
  const input =
    name.length <= SCRATCH_UNITS
      ? scratch.subarray(0, 16 + scratch.write(name, 16, 'utf8'))
      : Buffer.concat([GONGKAI_EVENT_NAMESPACE, Buffer.from(name, 'utf8')]);
  const digest = hash('sha1', input, 'buffer');
  digest[6] = (digest[6]! & 0x0f) | 0x50;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = digest.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** The id of the `index`-th event a message produced. */
export const eventIdFor = (messageId: string, index: number): string =>
  deterministicUuid(`${messageId}#${index}`);
