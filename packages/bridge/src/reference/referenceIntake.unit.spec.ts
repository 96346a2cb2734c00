import { describe, expect, it } from 'vitest';
import { heilongjiangSeed } from '@gongkai/domain';
import { referenceMessage } from '../testing/referenceMessage';
import type { DraftEnvelope } from './draftEnvelope';
import type { DeadLetter } from './referenceIntake';
import { createReferenceIntake } from './referenceIntake';

const item = {
  specVersion: 1,
  listKind: 'power-responsibility-list',
  tenant: '230102',
  listCode: 'QZ-230102-ZF-017',
  name: '公共租赁住房资格审核',
  area: 'affordable-housing',
};

const intakeWith = (pilotAreas: Record<string, string[]>) => {
  const sent: DraftEnvelope[] = [];
  const deadLetters: DeadLetter[] = [];
  const intake = createReferenceIntake({
    send: (envelope) => Promise.resolve(sent.push(envelope)),
    deadLetter: (letter) => void deadLetters.push(letter),
    pilotAreasOf: (tenant) => pilotAreas[tenant] ?? [],
    areas: heilongjiangSeed.areas,
    clock: () => new Date('2018-03-01T02:00:00Z'),
  });
  return { intake, sent, deadLetters };
};

describe('the reference intake', () => {
  it('sends one draft per valid item and reports the rest with their reason, without stopping the batch', async () => {
    const { intake, sent, deadLetters } = intakeWith({ '230102': ['affordable-housing'] });
    await intake.handleBatch([
      referenceMessage('{not json'),
      referenceMessage({ ...item, specVersion: 2 }),
      referenceMessage({ ...item, area: '社会救助' }),
      referenceMessage({ ...item, tenant: '230382' }),
      referenceMessage(item),
    ]);
    expect(sent.map((envelope) => envelope.command.type)).toEqual(['DraftCatalogueItem']);
    expect(deadLetters.map((letter) => letter.code)).toEqual([
      'REFERENCE_MESSAGE_INVALID',
      'REFERENCE_MESSAGE_INVALID',
      'REFERENCE_AREA_UNMAPPED',
      'REFERENCE_AREA_UNMAPPED',
    ]);
    expect(deadLetters[1]!.reason).toMatch(/specVersion/);
    expect(deadLetters[2]!.reason).toMatch(/"社会救助" is not a pilot area of tenant 230102/);
    expect(deadLetters[0]!.message.value.toString()).toBe('{not json');
  });

  it('sends the same envelope ids for a redelivered or re-sent item', async () => {
    const { intake, sent } = intakeWith({ '230102': ['affordable-housing'] });
    await intake.handleBatch([
      referenceMessage(item),
      referenceMessage(item),
      referenceMessage({ ...item, name: '公租房资格审核' }),
    ]);
    expect(new Set(sent.map((envelope) => envelope.messageId)).size).toBe(1);
    expect(
      new Set(sent.map((envelope) => 'itemId' in envelope.command.data && envelope.command.data.itemId)).size,
    ).toBe(1);
  });

  it('lets a failing send fail the batch, so the bus delivers it again', async () => {
    const intake = createReferenceIntake({
      send: () => Promise.reject(new Error('intake unavailable')),
      deadLetter: () => undefined,
      pilotAreasOf: () => ['affordable-housing'],
      areas: heilongjiangSeed.areas,
    });
    await expect(intake.handleBatch([referenceMessage(item)])).rejects.toThrow('intake unavailable');
  });
});
