import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Command } from '@gongkai/domain';
import { fingerprintOf } from './idempotencyKey';

describe('the fingerprint of a command', () => {
  it('is the sha256 (base64url) of its type and payload as JSON, as the records already stored were keyed', () => {
    const command = {
      type: 'DraftCatalogueItem',
      data: { tenant: '230102', itemId: 'item-1', name: { level1Name: '招生管理', level2Name: '招生范围' } },
    } as unknown as Command;
    const expected = createHash('sha256')
      .update(JSON.stringify([command.type, command.data]))
      .digest('base64url');
    expect(fingerprintOf(command)).toBe(expected);
    expect(fingerprintOf({ ...command, data: { ...command.data, itemId: 'item-2' } } as Command)).not.toBe(
      expected,
    );
  });
});
