import type { TenantHierarchy } from '../graphql/scope/tenantScope';

/**
 * A small reporting tree for tests: the nation, one province, two prefectures with their counties,
 * and Suifenhe, which lies in Mudanjiang but reports to the province directly.
 */
export const TEST_PARENTS: Readonly<Record<string, string>> = {
  '230000': '000000',
  '230100': '230000', // 哈尔滨市
  '230102': '230100', // 道里区
  '230103': '230100', // 南岗区
  '231000': '230000', // 牡丹江市
  '231002': '231000', // 东安区
  '231081': '230000', // 绥芬河市 (省直接管理县)
};

export const testHierarchy = (parents: Readonly<Record<string, string>> = TEST_PARENTS): TenantHierarchy => ({
  isSelfOrDescendant: (code, ancestor) => {
    for (let current: string | undefined = code; current !== undefined; current = parents[current]) {
      if (current === ancestor) return true;
    }
    return false;
  },
});
