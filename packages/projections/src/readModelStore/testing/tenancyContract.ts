import { beforeEach, describe, expect, it } from 'vitest';
import { tenantScopeFilter, visibleToTenant } from '../tenancy/tenantScopeFilter';
import type { ContractContext, TenantName } from './fixtures';
import { documentOf, seed, TENANTS } from './fixtures';

const OWNERS: TenantName[] = [
  'heilongjiang',
  'harbin',
  'daoli',
  'nangang',
  'mudanjiang',
  'suifenhe',
  'jilin',
];

export const tenancyContract = (context: ContractContext): void => {
  describe('tenant scope: own tenant or below it on the reporting line', () => {
    beforeEach(async () => {
      await seed(
        context.store,
        'plans',
        OWNERS.map((owner) => documentOf(`plan-${owner}`, owner, { title: `${owner} 实施方案` })),
      );
    });

    const visible = async (principal: TenantName): Promise<string[]> => {
      const documents = await context.store.find('plans', {
        filter: { $and: [visibleToTenant(TENANTS[principal].code), { title: { $exists: true } }] },
        sort: [{ field: '_id' }],
      });
      return documents.map((document) => document._id.replace('plan-', '')).sort();
    };

    it('shows a county admin its own county only', async () => {
      expect(await visible('daoli')).toEqual(['daoli']);
    });

    it('shows a prefecture its counties, but not a county the province administers directly', async () => {
      expect(await visible('harbin')).toEqual(['daoli', 'harbin', 'nangang']);
      expect(await visible('mudanjiang')).toEqual(['mudanjiang']);
    });

    it('shows a province everything in it, and the national viewer every province', async () => {
      expect(await visible('heilongjiang')).toEqual(
        ['daoli', 'harbin', 'heilongjiang', 'mudanjiang', 'nangang', 'suifenhe'].sort(),
      );
      expect(await visible('national')).toEqual([...OWNERS].sort());
    });

    it('shows extra tenants granted explicitly, and counts the same way', async () => {
      const filter = tenantScopeFilter({ tenants: ['230102', '231081'], ancestorOf: ['230100'] });
      expect(await context.store.count('plans', filter)).toBe(3);
      expect(await context.store.count('plans', tenantScopeFilter({ tenants: ['230103'] }))).toBe(1);
    });

    it('follows a document whose reporting line changed when it is rewritten', async () => {
      await context.store.transaction('seed', (unit) =>
        unit.upsert(
          'plans',
          { ...documentOf('plan-suifenhe', 'suifenhe'), ancestors: ['231000', '230000', '000000'] },
          50,
        ),
      );
      expect(await context.store.count('plans', visibleToTenant('231000'))).toBe(2);
      await context.store.transaction('seed', (unit) =>
        unit.upsert('plans', documentOf('plan-suifenhe', 'suifenhe'), 51),
      );
      expect(await context.store.count('plans', visibleToTenant('231000'))).toBe(1);
    });
  });
};
