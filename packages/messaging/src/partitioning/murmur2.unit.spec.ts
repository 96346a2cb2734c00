import { Partitioners } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { partitionOfKey } from './murmur2';

describe('partitionOfKey', () => {
  it('places every key in the partition kafkajs (and so the Java client) places it', () => {
    const partitioner = Partitioners.DefaultPartitioner();
    const keys = [
      '',
      'a',
      'ab',
      'abc',
      'abcd',
      'abcde',
      '230102',
      'tenant-231081',
      '黑龙江省',
      'x'.repeat(67),
    ];
    for (const partitions of [1, 3, 8, 13]) {
      const partitionMetadata = Array.from({ length: partitions }, (_, partitionId) => ({
        partitionId,
        leader: 0,
        partitionErrorCode: 0,
        replicas: [0],
        isr: [0],
        offlineReplicas: [],
      }));
      for (const key of keys) {
        const expected = partitioner({ topic: 't', partitionMetadata, message: { key, value: null } });
        expect(partitionOfKey(key, partitions), `${key} over ${partitions}`).toBe(expected);
      }
    }
  });
});
