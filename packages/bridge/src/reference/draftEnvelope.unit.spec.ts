import { describe, expect, it } from 'vitest';
import { heilongjiangSeed, parseCommand } from '@gongkai/domain';
import { referenceDraftMessageId, referenceItemId } from './identity';
import { toDraftEnvelope } from './draftEnvelope';
import type { ReferenceItemMessage } from './referenceItemSchema';
import { ReferenceItemMessageSchema } from './referenceItemSchema';
import { areaCodeOf, pilotAreaOf } from './resolveArea';

const areas = heilongjiangSeed.areas;
const DAOLI_AREAS = ['compulsory-education', 'affordable-housing'];
const AT = '2018-03-01T02:00:00.000Z';

const enrolment: ReferenceItemMessage = {
  specVersion: 1,
  listKind: 'public-service-list',
  tenant: '230102',
  listCode: 'GG-230102-JY-001',
  name: '义务教育阶段招生入学',
  basis: ['《中华人民共和国义务教育法》'],
  responsibleSubject: '道里区教育局',
  area: '义务教育',
};

describe('a reference item as a catalogue item draft', () => {
  it('a 公共服务事项 of 道里区 in 义务教育 becomes a DraftCatalogueItem the domain accepts, sent by the bridge', () => {
    const envelope = toDraftEnvelope(enrolment, 'compulsory-education', AT, areas);
    expect(envelope).toEqual({
      messageId: referenceDraftMessageId(enrolment),
      command: {
        type: 'DraftCatalogueItem',
        data: {
          tenant: '230102',
          itemId: referenceItemId(enrolment),
          areaCode: 'compulsory-education',
          name: { level1Name: '义务教育', level2Name: '义务教育阶段招生入学' },
          source: 'public-service-list',
          draftedOn: '2018-03-01',
        },
      },
      actor: { id: 'system:data-sharing-bridge', tier: 'county', tenant: '230102' },
      occurredAt: AT,
      correlationId: referenceDraftMessageId(enrolment),
    });
    expect(parseCommand(envelope.command)).toEqual(envelope.command);
  });

  it('drafts on the China Standard Time date of the moment it sends', () => {
    const lateEvening = toDraftEnvelope(enrolment, 'compulsory-education', '2018-03-01T17:00:00.000Z', areas);
    expect(lateEvening.command.data).toMatchObject({ draftedOn: '2018-03-02' });
  });

  it('names level 1 after the list’s category, else its domain, else the area, else the list', () => {
    const level1 = (item: Partial<ReferenceItemMessage>) => {
      const { data } = toDraftEnvelope({ ...enrolment, ...item }, 'compulsory-education', AT, areas).command;
      return 'name' in data ? data.name.level1Name : undefined;
    };
    expect(level1({ category: '招生管理', domain: '教育' })).toBe('招生管理');
    expect(level1({ domain: '教育' })).toBe('教育');
    expect(level1({})).toBe('义务教育');
  });

  it('the same (tenant, list, code) is the same item and the same message, whatever else changed', () => {
    const renamed = {
      ...enrolment,
      name: '义务教育招生入学（2018年修订）',
      basis: [],
      listVersion: '2018-06',
    };
    expect(referenceItemId(renamed)).toBe(referenceItemId(enrolment));
    expect(referenceDraftMessageId(renamed)).toBe(referenceDraftMessageId(enrolment));
    expect(toDraftEnvelope(renamed, 'compulsory-education', AT, areas).messageId).toBe(
      toDraftEnvelope(enrolment, 'compulsory-education', '2019-01-01T00:00:00Z', areas).messageId,
    );
  });

  it('another tenant, list or code is another item', () => {
    const ids = new Set(
      [
        enrolment,
        { ...enrolment, tenant: '230382' },
        { ...enrolment, listKind: 'power-responsibility-list' as const },
        { ...enrolment, listCode: 'GG-230102-JY-002' },
        // No separator trick makes two keys one: the code "a","b" is not tenant "a" + code "b".
        { ...enrolment, listCode: 'public-service-list GG-230102-JY-001' },
      ].map(referenceItemId),
    );
    expect(ids.size).toBe(5);
  });

  it('derives the ids the same way in every release (a change would draft every item again)', () => {
    expect(referenceItemId(enrolment)).toMatch(
      /^ref-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect({ itemId: referenceItemId(enrolment), messageId: referenceDraftMessageId(enrolment) })
      .toMatchInlineSnapshot(`
      {
        "itemId": "ref-929d2c35-dd34-54d4-96a0-126a7ec35057",
        "messageId": "c361cd9f-23d1-5668-8494-f30e5d59e0ce",
      }
    `);
  });
});

describe('the area of a reference item', () => {
  it('is read from the code, the Chinese name or the English name of an area', () => {
    expect(areaCodeOf('compulsory-education', areas)).toBe('compulsory-education');
    expect(areaCodeOf(' 义务教育 ', areas)).toBe('compulsory-education');
    expect(areaCodeOf('Compulsory education', areas)).toBe('compulsory-education');
    expect(areaCodeOf('教育', areas)).toBeUndefined();
  });

  it('must be a pilot area of the tenant; the domain stands in when the area is absent or unknown', () => {
    expect(pilotAreaOf({ area: '义务教育' }, areas, DAOLI_AREAS)).toBe('compulsory-education');
    expect(pilotAreaOf({ area: '社会救助' }, areas, DAOLI_AREAS)).toBeUndefined();
    expect(pilotAreaOf({ domain: '保障性住房' }, areas, DAOLI_AREAS)).toBe('affordable-housing');
    expect(pilotAreaOf({ area: '教育', domain: '义务教育' }, areas, DAOLI_AREAS)).toBe(
      'compulsory-education',
    );
    expect(pilotAreaOf({}, areas, DAOLI_AREAS)).toBeUndefined();
  });
});

describe('the reference item message (specVersion 1)', () => {
  const issuesOf = (message: unknown) =>
    ReferenceItemMessageSchema.safeParse(message).error?.issues.map((issue) => issue.path.join('.')) ?? [];

  it('takes the minimal item: list kind, tenant, code and name', () => {
    const { specVersion, listKind, tenant, listCode, name } = enrolment;
    expect(issuesOf({ specVersion, listKind, tenant, listCode, name })).toEqual([]);
  });

  it('ignores fields it does not know (a tolerant reader)', () => {
    expect(ReferenceItemMessageSchema.parse({ ...enrolment, senderRef: 'x' })).toEqual(enrolment);
  });

  it('refuses another spec version, a tenant that is no division code, a blank code or name, an unknown list', () => {
    expect(issuesOf({ ...enrolment, specVersion: 2 })).toEqual(['specVersion']);
    expect(issuesOf({ ...enrolment, tenant: '2301' })).toEqual(['tenant']);
    expect(issuesOf({ ...enrolment, listCode: '  ' })).toEqual(['listCode']);
    expect(issuesOf({ ...enrolment, name: '' })).toEqual(['name']);
    expect(issuesOf({ ...enrolment, listKind: 'other' })).toEqual(['listKind']);
  });
});
