// UUID text <-> 16 bytes without intermediate strings or regular expressions: appends convert every
// event id, so this is on the hot path.

const INVALID = -1;
const hexValue = new Int8Array(128).fill(INVALID);
for (let i = 0; i < 10; i++) hexValue[48 + i] = i;
for (let i = 0; i < 6; i++) {
  hexValue[97 + i] = 10 + i;
  hexValue[65 + i] = 10 + i;
}

/** Results of {@link writeUuidBytes}. */
export const UUID_INVALID = 0;
/** Lowercase, the canonical form: the input string can be used as is. */
export const UUID_CANONICAL = 1;
/** Valid, with uppercase hex digits. */
export const UUID_UPPERCASE = 2;
export type UuidParse = typeof UUID_INVALID | typeof UUID_CANONICAL | typeof UUID_UPPERCASE;

const isUpperHex = (code: number): boolean => code >= 65 && code <= 70;

const nibble = (text: string, index: number): number => {
  const code = text.charCodeAt(index);
  return code < 128 ? hexValue[code]! : INVALID;
};

/** Writes the 16 bytes of `id` (8-4-4-4-12 hex, any case) into `target` at `offset`. */
export const writeUuidBytes = (id: string, target: Uint8Array, offset: number): UuidParse => {
  if (id.length !== 36) return UUID_INVALID;
  if (
    id.charCodeAt(8) !== 45 ||
    id.charCodeAt(13) !== 45 ||
    id.charCodeAt(18) !== 45 ||
    id.charCodeAt(23) !== 45
  )
    return UUID_INVALID;
  let uppercase = false;
  let at = offset;
  for (let i = 0; i < 36; i += 2) {
    if (i === 8 || i === 13 || i === 18 || i === 23) i++;
    const high = nibble(id, i);
    const low = nibble(id, i + 1);
    if ((high | low) < 0) return UUID_INVALID;
    if (isUpperHex(id.charCodeAt(i)) || isUpperHex(id.charCodeAt(i + 1))) uppercase = true;
    target[at++] = (high << 4) | low;
  }
  return uppercase ? UUID_UPPERCASE : UUID_CANONICAL;
};

/** Inserts the dashes into 32 lowercase hex digits (as SQLite's `lower(hex(blob))` returns them). */
export const uuidFromHex = (hex: string): string =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

const scratch = new Uint8Array(16);

/** True when `id` is a UUID in 8-4-4-4-12 hex form. */
export const isUuid = (id: string): boolean => writeUuidBytes(id, scratch, 0) !== UUID_INVALID;

/** `id` in lowercase canonical form, or undefined when it is not a UUID. */
export const canonicalUuid = (id: string): string | undefined => {
  const parsed = writeUuidBytes(id, scratch, 0);
  if (parsed === UUID_INVALID) return undefined;
  return parsed === UUID_CANONICAL ? id : id.toLowerCase();
};
