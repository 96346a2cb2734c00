export {
  writeUuidBytes,
  uuidFromBytes,
  uuidFromHex,
  isUuid,
  canonicalUuid,
  UUID_INVALID,
  UUID_CANONICAL,
  UUID_UPPERCASE,
  type UuidParse,
} from './uuidBytes';
