export { murmur2, partitionOfKey } from './murmur2';
