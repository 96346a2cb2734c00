import { describe, expect, it } from 'vitest';
import {
  categoryOfStream,
  parseStreamId,
  streamIdForCatalogueItem,
  streamIdForIntakeRejections,
  streamIdForNationalReport,
  streamIdForPilotUnit,
  tenantOfStream,
} from './streamIds';

describe('stream ids', () => {
  it('follow <category>-<tenant>[-<id>]', () => {
    expect(streamIdForPilotUnit('230102')).toBe('pilotUnit-230102');
    expect(streamIdForCatalogueItem('230102', 'edu-enrolment-scope')).toBe(
      'catalogueItem-230102-edu-enrolment-scope',
    );
    expect(streamIdForNationalReport('230000', 'overall-2018')).toBe('nationalReport-230000-overall-2018');
    expect(streamIdForIntakeRejections('230102')).toBe('intakeRejections-230102');
    expect(parseStreamId('intakeRejections-230102')).toEqual({
      category: 'intakeRejections',
      tenant: '230102',
      id: undefined,
    });
  });

  it('give back their tenant and category, ids with dashes included', () => {
    expect(parseStreamId('catalogueItem-230102-edu-enrolment-scope')).toEqual({
      category: 'catalogueItem',
      tenant: '230102',
      id: 'edu-enrolment-scope',
    });
    expect(tenantOfStream('pilotUnit-230102')).toBe('230102');
    expect(categoryOfStream('nationalReport-230000-overall-2018')).toBe('nationalReport');
  });

  it.each([
    'pilotUnit-2301',
    'pilotUnit-230102-extra',
    'intakeRejections-230102-x',
    'catalogueItem-230102',
    'tenant-230102-x',
    '',
  ])('reject %j with INVALID_STREAM_ID', (streamId) => {
    expect(() => tenantOfStream(streamId)).toThrow(
      expect.objectContaining({ code: 'INVALID_STREAM_ID' }) as Error,
    );
  });
});
