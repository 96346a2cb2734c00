import { createHash } from 'node:crypto';
import type { ReferenceListKind } from './referenceItemSchema';

// The bridge's own UUIDv5 namespace (RFC 9562): its ids can never collide with ids the command
// handler derives from message ids, which use another namespace.
const BRIDGE_NAMESPACE = Buffer.from('9d3c2b0e7f6a4c5d8e1f2a3b4c5d6e7f', 'hex');

const uuidV5 = (name: string): string => {
  const bytes = createHash('sha1').update(BRIDGE_NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
};

export interface ReferenceItemKey {
  tenant: string;
  listKind: ReferenceListKind;
  listCode: string;
}

// JSON of a fixed-order array: no separator a list code could contain can make two keys one name.
const nameOf = (purpose: string, key: ReferenceItemKey): string =>
  JSON.stringify([purpose, key.tenant, key.listKind, key.listCode]);

/**
 * The catalogue item a reference item becomes: the same (tenant, list, code) is always the same
 * item, whatever else the message says, so a re-sent or changed item never drafts a second one.
 */
export const referenceItemId = (key: ReferenceItemKey): string => `ref-${uuidV5(nameOf('item', key))}`;

/** The message id of the draft command: a redelivery is the same message, stored once by the intake. */
export const referenceDraftMessageId = (key: ReferenceItemKey): string => uuidV5(nameOf('draft', key));
