import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  UUID_CANONICAL,
  UUID_INVALID,
  UUID_UPPERCASE,
  canonicalUuid,
  uuidFromHex,
  writeUuidBytes,
} from './uuidBytes';

describe('UUID bytes', () => {
  it('writes the 16 bytes of a UUID, as Buffer.from(hex) would', () => {
    for (let n = 0; n < 100; n++) {
      const id = randomUUID();
      const bytes = new Uint8Array(20);
      expect(writeUuidBytes(id, bytes, 2)).toBe(UUID_CANONICAL);
      expect(Buffer.from(bytes.subarray(2, 18)).toString('hex')).toBe(id.replaceAll('-', ''));
      expect(uuidFromHex(Buffer.from(bytes.subarray(2, 18)).toString('hex'))).toBe(id);
    }
  });

  it('accepts upper case and says so, so the caller can canonicalise', () => {
    const id = randomUUID();
    expect(writeUuidBytes(id.toUpperCase(), new Uint8Array(16), 0)).toBe(UUID_UPPERCASE);
    expect(canonicalUuid(id.toUpperCase())).toBe(id);
  });

  it('rejects anything that is not 8-4-4-4-12 hex digits', () => {
    const id = randomUUID();
    for (const bad of [
      '',
      id.slice(1),
      `${id}0`,
      id.replaceAll('-', ''),
      id.replace('-', '_'),
      `g${id.slice(1)}`,
      `${id.slice(0, 35)}é`,
    ]) {
      expect(writeUuidBytes(bad, new Uint8Array(16), 0)).toBe(UUID_INVALID);
    }
  });
});
