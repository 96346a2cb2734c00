import { createHash } from 'node:crypto';

// A fixed namespace so that the same message id always yields the same event ids (RFC 9562 UUIDv5).
const GONGKAI_EVENT_NAMESPACE = Buffer.from('6f1c5b1e2a4d4e7b9c3a8d2f0b4e6a71', 'hex');

/** UUIDv5 of `name` in the Gongkai event namespace: redelivering a message yields the same ids. */
export const deterministicUuid = (name: string): string => {
  const hash = createHash('sha1').update(GONGKAI_EVENT_NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** The id of the `index`-th event a message produced. */
export const eventIdFor = (messageId: string, index: number): string =>
  deterministicUuid(`${messageId}#${index}`);
