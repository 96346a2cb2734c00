import type { TenantUnit } from '@gongkai/domain';
import { NATIONAL_TENANT, createTenantDirectory, heilongjiangSeed } from '@gongkai/domain';

/** The Heilongjiang directory the platform runs on: names and reporting lines come from it. */
export const directory = createTenantDirectory(heilongjiangSeed);

const unit = (code: string): TenantUnit => {
  const found = directory.get(code);
  if (found === undefined) throw new Error(`no unit ${code} in the Heilongjiang seed`);
  return found;
};

/** The units the whole-flow tests act from and on (codes checked against the seed). */
export const UNITS = {
  province: unit('230000'), // 黑龙江省
  harbin: unit('230100'), // 哈尔滨市
  daoli: unit('230102'), // 道里区, reports to 哈尔滨市
  jixi: unit('230300'), // 鸡西市
  mishan: unit('230382'), // 密山市, reports to 鸡西市
  mudanjiang: unit('231000'), // 牡丹江市
  dongning: unit('231086'), // 东宁市, reports to 牡丹江市
  suifenhe: unit('231081'), // 绥芬河市, lies in 牡丹江市 but reports to the province
} as const;

export { NATIONAL_TENANT };
