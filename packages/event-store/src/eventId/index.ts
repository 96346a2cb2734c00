export {
  writeUuidBytes,
  uuidFromHex,
  isUuid,
  canonicalUuid,
  UUID_INVALID,
  UUID_CANONICAL,
  UUID_UPPERCASE,
  type UuidParse,
} from './uuidBytes';
