import type { EmbeddedSigningKey } from '@gongkai/api';
import type { TenantUnit } from '@gongkai/domain';
import type { Principal } from '../../support/tokens';
import {
  admin,
  expiredToken,
  foreignKeyToken,
  notYetValidToken,
  otherIssuerToken,
  otherAudienceToken,
  publicKeyHmacToken,
  tokenWithoutExp,
  unsignedToken,
  validToken,
  viewer,
} from '../../support/tokens';
import { NATIONAL_TENANT, UNITS, directory } from '../../support/units';
import type { Level, Operation } from './operations';

type TargetLevel = Exclude<Level, 'caller'>;
export type Targets = Readonly<Record<TargetLevel, TenantUnit>>;

const NATION = directory.get(NATIONAL_TENANT)!;

/** A signed-in admin and, at every level, a unit it is not entitled to. */
export interface Outsider {
  readonly who: string;
  readonly principal: Principal;
  readonly targets: Targets;
}

const adminOf = (unit: TenantUnit): Principal =>
  unit.tier === 'national' ? viewer(NATIONAL_TENANT, 'national') : admin(unit.code, unit.tier);

export const OUTSIDERS: readonly Outsider[] = [
  {
    who: `a county admin of ${UNITS.daoli.name}`,
    principal: adminOf(UNITS.daoli),
    // Another county; its own prefecture (a county is not above its prefecture).
    targets: { county: UNITS.mishan, prefecture: UNITS.harbin, province: UNITS.province, national: NATION },
  },
  {
    who: `a prefecture admin of ${UNITS.jixi.name}`,
    principal: adminOf(UNITS.jixi),
    // The sibling prefecture and its county.
    targets: { county: UNITS.daoli, prefecture: UNITS.harbin, province: UNITS.province, national: NATION },
  },
  {
    who: `a prefecture admin of ${UNITS.mudanjiang.name}`,
    principal: adminOf(UNITS.mudanjiang),
    // 绥芬河市 lies in 牡丹江市 but reports to the province.
    targets: { county: UNITS.suifenhe, prefecture: UNITS.harbin, province: UNITS.province, national: NATION },
  },
  {
    who: `a prefecture admin of ${UNITS.harbin.name}`,
    principal: adminOf(UNITS.harbin),
    targets: { county: UNITS.suifenhe, prefecture: UNITS.jixi, province: UNITS.province, national: NATION },
  },
];

/** Where a bad credential is tried: the same units as an entitled principal would read. */
export const CREDENTIAL_TARGETS: Targets = {
  county: UNITS.mishan,
  prefecture: UNITS.jixi,
  province: UNITS.province,
  national: NATION,
};

export interface CredentialContext {
  readonly key: EmbeddedSigningKey;
  /** A data folder with a second, unrelated key pair. */
  readonly otherDataDir: string;
}

/** A credential the API must not accept, whatever its claims. */
export interface BadCredential {
  readonly with: string;
  readonly reason: 'TOKEN_MISSING' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
  /** A token refused while authenticating is a 401; a missing one is refused field by field. */
  readonly status: number;
  authorization(principal: Principal, context: CredentialContext): Promise<string | null>;
}

const bearer = async (token: string | Promise<string>) => `Bearer ${await token}`;

export const BAD_CREDENTIALS: readonly BadCredential[] = [
  { with: 'no token', reason: 'TOKEN_MISSING', status: 200, authorization: () => Promise.resolve(null) },
  {
    with: 'an expired token',
    reason: 'TOKEN_EXPIRED',
    status: 401,
    authorization: (p, { key }) => bearer(expiredToken(key, p)),
  },
  {
    with: 'a token signed with another key',
    reason: 'TOKEN_INVALID',
    status: 401,
    authorization: (p, { otherDataDir }) => bearer(foreignKeyToken(otherDataDir, p)),
  },
  {
    with: 'an unsigned token (alg: none)',
    reason: 'TOKEN_INVALID',
    status: 401,
    authorization: (p) => bearer(unsignedToken(p)),
  },
  {
    with: 'a token without exp',
    reason: 'TOKEN_INVALID',
    status: 401,
    authorization: (p, { key }) => bearer(tokenWithoutExp(key, p)),
  },
  {
    with: 'a token not valid before tomorrow (nbf)',
    reason: 'TOKEN_INVALID',
    status: 401,
    authorization: (p, { key }) => bearer(notYetValidToken(key, p)),
  },
  {
    with: 'a token from another issuer',
    reason: 'TOKEN_INVALID',
    status: 401,
    authorization: (p, { key }) => bearer(otherIssuerToken(key, p)),
  },
  {
    with: 'an HS256 token keyed with the platform’s public key',
    reason: 'TOKEN_INVALID',
    status: 401,
    authorization: (p, { key }) => bearer(publicKeyHmacToken(key, p)),
  },
  {
    with: 'a token for another service (audience)',
    reason: 'TOKEN_INVALID',
    status: 401,
    authorization: (p, { key }) => bearer(otherAudienceToken(key, p)),
  },
  {
    with: 'a garbage bearer',
    reason: 'TOKEN_INVALID',
    status: 401,
    authorization: () => Promise.resolve('Bearer not-a-jwt'),
  },
];

/** The valid counterpart of a bad credential: the positive control. */
export const validAuthorization = (principal: Principal, { key }: CredentialContext) =>
  bearer(validToken(key, principal));

const reportingParentOf = (county: TenantUnit): TenantUnit => directory.get(county.parentCode!)!;

/** The principal the policy entitles to `operation` on `target` (for `me`: `target`'s admin). */
export const ownerOf = (operation: Operation, target: TenantUnit): Principal => {
  switch (operation.sender) {
    case undefined:
    case 'county':
    case 'countyOrAbove':
      return adminOf(target);
    case 'province':
      return adminOf(UNITS.province);
    case 'reportingParent':
      return adminOf(reportingParentOf(target));
    case 'pilotReportSender': {
      const parent = reportingParentOf(target);
      return adminOf(parent.tier === 'prefecture' ? parent : target);
    }
  }
};

/** A principal that may read `target` (it is at or above it) but whose tier may not send `operation`. */
export interface MisplacedWriter {
  readonly who: string;
  readonly principal: Principal;
}

/** Every admin at or above `target` whose tier the policy does not let send `operation`. */
export const misplacedWriters = (operation: Operation, target: TenantUnit): MisplacedWriter[] => {
  const owner = ownerOf(operation, target);
  const above = [target, ...directory.ancestors(target.code).map((code) => directory.get(code)!)];
  const entitled = (unit: TenantUnit) =>
    unit.code === owner.tenant || (operation.sender === 'countyOrAbove' && unit.tier !== 'national');
  return above
    .filter((unit) => !entitled(unit))
    .map((unit) => ({
      who:
        unit.tier === 'national'
          ? 'the State Council, even with an admin role'
          : `the ${unit.tier} admin of ${unit.name}`,
      principal: admin(unit.code, unit.tier),
    }));
};
