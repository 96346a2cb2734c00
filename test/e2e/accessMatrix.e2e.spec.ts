import type { TenantUnit } from '@gongkai/domain';
import { temporaryDirectory } from '@gongkai/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLResponse } from '../support/graphql';
import { dataOf } from '../support/graphql';
import type { TestPlatform } from '../support/platform';
import { startTestPlatform } from '../support/platform';
import type { Principal } from '../support/tokens';
import { admin, viewer } from '../support/tokens';
import { NATIONAL_TENANT, UNITS, directory } from '../support/units';
import { waitForProjection } from '../support/waitForProjection';
import { FIXTURE_COUNTIES, populate, secretsOfSubtree } from './access/fixture';
import type { Operation, OperationRequest } from './access/operations';
import { OPERATIONS } from './access/operations';
import type { CredentialContext } from './access/principals';
import {
  BAD_CREDENTIALS,
  CREDENTIAL_TARGETS,
  OUTSIDERS,
  misplacedWriters,
  ownerOf,
  validAuthorization,
} from './access/principals';

// Every query and every mutation of the schema, asked by every principal that is not entitled to
// it: each is refused with the code the API documents, answers no data, echoes nothing of the
// target it did not already send, and (for a command) stores nothing. Positive controls prove the
// same requests succeed for the principals that are entitled, so the refusals are about who asks.

let platform: TestPlatform;
let otherKeys: ReturnType<typeof temporaryDirectory>;
let credentials: CredentialContext;

beforeAll(async () => {
  platform = await startTestPlatform({ seed: false });
  otherKeys = temporaryDirectory('gongkai-other-key-');
  credentials = { key: platform.key, otherDataDir: otherKeys.path };
  const position = await populate(platform);
  const basis = async () =>
    dataOf<{ basis: { position: number } }>(
      await platform.graphql(
        admin(UNITS.province.code, 'province'),
        '{ provinceView(code: "230000") { basis { position } } }',
      ),
      'provinceView',
    ).basis.position;
  await waitForProjection(basis, (reached) => reached, position);
});
afterAll(async () => {
  await platform.close();
  otherKeys.remove();
});

const send = (authorization: string | null, request: OperationRequest): Promise<GraphQLResponse> =>
  platform.graphqlAs(authorization, request.query, request.variables);

const sendAs = async (principal: Principal, request: OperationRequest) =>
  send(await validAuthorization(principal, credentials), request);

const requestText = (request: OperationRequest) => `${request.query}${JSON.stringify(request.variables)}`;

/** What the refusal must not contain: the target's data, minus what the request itself said. */
const forbiddenStrings = (target: TenantUnit, request: OperationRequest, callerTenant?: string) => {
  const known = new Set(callerTenant === undefined ? [] : secretsOfSubtree(callerTenant));
  const sent = requestText(request);
  return secretsOfSubtree(target.code).filter((secret) => !known.has(secret) && !sent.includes(secret));
};

interface Refusal {
  status: number;
  extensions: Record<string, unknown>;
  /** Strings the body must not contain; omitted when the caller may read the target anyway. */
  forbidden?: readonly string[];
}

/** Sends the request and checks the refusal; for a command, that the event store did not move. */
const expectRefused = async (
  operation: Operation,
  respond: () => Promise<GraphQLResponse>,
  refusal: Refusal,
) => {
  const head = await platform.stack.eventStore.headPosition();
  const response = await respond();
  expect(
    response.body.errors?.map((error) => error.extensions),
    response.text,
  ).toEqual([refusal.extensions]);
  expect(response.status).toBe(refusal.status);
  // RFC 6750: a 401 says how to authenticate, and that the token given was not valid.
  if (refusal.status === 401) {
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="gongkai", error="invalid_token"');
  }
  expect(response.body.data?.[operation.field] ?? null).toBeNull();
  expect((refusal.forbidden ?? []).filter((secret) => response.text.includes(secret))).toEqual([]);
  if (operation.type === 'mutation') expect(await platform.stack.eventStore.headPosition()).toBe(head);
};

const targetOf = (
  operation: Operation,
  targets: Readonly<Record<string, TenantUnit>>,
): TenantUnit | undefined => (operation.level === 'caller' ? undefined : targets[operation.level]);

describe('the matrix covers every operation of the schema', () => {
  it('every query and every mutation the API serves has a row in the matrix, and nothing else does', async () => {
    const schema = dataOf<{
      queryType: { fields: { name: string }[] };
      mutationType: { fields: { name: string }[] };
    }>(
      await platform.graphql(
        admin(UNITS.province.code, 'province'),
        '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
      ),
      '__schema',
    );
    const served = (fields: { name: string }[]) => fields.map((field) => field.name).sort();
    const inMatrix = (type: Operation['type']) =>
      OPERATIONS.filter((operation) => operation.type === type)
        .map((operation) => operation.field)
        .sort();
    expect(inMatrix('query')).toEqual(served(schema.queryType.fields));
    expect(inMatrix('mutation')).toEqual(served(schema.mutationType.fields));
  });
});

describe('positive controls: each principal reads its own tenant, and nothing of the counties outside it', () => {
  const principals: { who: string; principal: Principal; unit: TenantUnit }[] = [
    {
      who: `a county admin of ${UNITS.daoli.name}`,
      principal: admin(UNITS.daoli.code, 'county'),
      unit: UNITS.daoli,
    },
    {
      who: `a county viewer of ${UNITS.mishan.name}`,
      principal: viewer(UNITS.mishan.code, 'county'),
      unit: UNITS.mishan,
    },
    {
      who: `a county admin of ${UNITS.suifenhe.name}`,
      principal: admin(UNITS.suifenhe.code, 'county'),
      unit: UNITS.suifenhe,
    },
    {
      who: `a prefecture admin of ${UNITS.harbin.name}`,
      principal: admin(UNITS.harbin.code, 'prefecture'),
      unit: UNITS.harbin,
    },
    {
      who: `a prefecture admin of ${UNITS.jixi.name}`,
      principal: admin(UNITS.jixi.code, 'prefecture'),
      unit: UNITS.jixi,
    },
    {
      who: `a prefecture admin of ${UNITS.mudanjiang.name}`,
      principal: admin(UNITS.mudanjiang.code, 'prefecture'),
      unit: UNITS.mudanjiang,
    },
    {
      who: `the province admin of ${UNITS.province.name}`,
      principal: admin(UNITS.province.code, 'province'),
      unit: UNITS.province,
    },
    {
      who: 'the State Council’s viewer',
      principal: viewer(NATIONAL_TENANT, 'national'),
      unit: directory.get(NATIONAL_TENANT)!,
    },
  ];
  const ownReads = (unit: TenantUnit): (OperationRequest & { field: string })[] => {
    const byField = (field: string) => OPERATIONS.find((operation) => operation.field === field)!;
    const tierView = {
      county: 'countyView',
      prefecture: 'prefectureView',
      province: 'provinceView',
      national: 'nationalRollup',
    }[unit.tier];
    const fields = ['me', tierView, ...(unit.tier === 'national' ? [] : ['catalogue', 'milestones'])];
    if (FIXTURE_COUNTIES.some((county) => county.unit.code === unit.code))
      fields.push('catalogueItem', 'auditTrail');
    return [
      ...fields.map((field) => ({ field, ...byField(field).request(unit) })),
      { field: 'tenants', query: '{ tenants { tenant name } }', variables: {} },
    ];
  };

  for (const { who, principal, unit } of principals) {
    it(`${who} reads its own ${unit.tier === 'national' ? 'national rollup' : 'tenant'} and sees only its own subtree`, async () => {
      const outside = FIXTURE_COUNTIES.filter(
        (county) => !directory.isSelfOrDescendant(county.unit.code, unit.code),
      );
      const foreign = outside.flatMap((county) => [county.unit.name, county.unit.code, ...county.secrets]);
      for (const read of ownReads(unit)) {
        const response = await sendAs(principal, read);
        expect(response.body.errors, `${read.field}: ${response.text}`).toBeUndefined();
        expect(response.body.data?.[read.field] ?? null, read.field).not.toBeNull();
        expect(
          foreign.filter((secret) => response.text.includes(secret)),
          read.field,
        ).toEqual([]);
      }
    });
  }

  for (const county of FIXTURE_COUNTIES) {
    const parent = directory.get(county.unit.parentCode!)!;
    it(`${county.unit.name}’s item is in the catalogue its own admin and the admin of ${parent.name} page through`, async () => {
      const catalogue = OPERATIONS.find((operation) => operation.field === 'catalogue')!;
      for (const [reader, unit] of [
        [admin(county.unit.code, 'county'), county.unit],
        [admin(parent.code, parent.tier), parent],
      ] as const) {
        const response = await sendAs(reader, catalogue.request(unit));
        expect(response.text, `${unit.name}: ${response.text}`).toContain(county.itemId);
      }
    });
  }
});

describe('positive controls: every refused read succeeds for the principal entitled to it (the claims of the bad credentials, in a valid token)', () => {
  const targets = new Map<string, TenantUnit>();
  for (const unit of [
    ...OUTSIDERS.flatMap((outsider) => Object.values(outsider.targets)),
    ...Object.values(CREDENTIAL_TARGETS),
  ])
    targets.set(unit.code, unit);
  for (const operation of OPERATIONS.filter((candidate) => candidate.type === 'query')) {
    for (const target of [...targets.values()].filter(
      (unit) => operation.level === 'caller' || unit.tier === operation.level,
    )) {
      const owner = ownerOf(operation, target);
      it(`the ${target.tier === 'national' ? 'State Council’s viewer' : `admin of ${target.name}`} can ${operation.does(target)}`, async () => {
        const response = await sendAs(owner, operation.request(target));
        expect(response.body.errors, response.text).toBeUndefined();
        expect(response.body.data?.[operation.field]).toBeTruthy();
      });
    }
  }
});

for (const outsider of OUTSIDERS) {
  describe(`${outsider.who} is refused outside its subtree (TENANT_FORBIDDEN)`, () => {
    for (const operation of OPERATIONS) {
      const target = targetOf(operation, outsider.targets);
      if (target === undefined) continue; // `me` names no tenant: every principal may ask it.
      it(`${outsider.who} cannot ${operation.does(target)}`, async () => {
        const request = operation.request(target);
        await expectRefused(operation, () => sendAs(outsider.principal, request), {
          status: 200,
          extensions: { code: 'TENANT_FORBIDDEN', allowedTenant: outsider.principal.tenant },
          forbidden: forbiddenStrings(target, request, outsider.principal.tenant),
        });
      });
    }
  });
}

describe('a refusal does not tell an unknown tenant from a forbidden one', () => {
  it(`a county admin of ${UNITS.daoli.name} gets the same answer for ${UNITS.mishan.name} and for a code that names no unit`, async () => {
    const countyView = OPERATIONS.find((operation) => operation.field === 'countyView')!;
    const daoliAdmin = admin(UNITS.daoli.code, 'county');
    const forbidden = await sendAs(daoliAdmin, countyView.request(UNITS.mishan));
    const unknown = await sendAs(daoliAdmin, {
      ...countyView.request(UNITS.mishan),
      variables: { code: '230399' },
    });
    expect(unknown.status).toBe(forbidden.status);
    expect(unknown.text).toBe(forbidden.text);
  });
});

describe('a refusal is per field and per stream', () => {
  const daoliAdmin = admin(UNITS.daoli.code, 'county');

  it(`a county admin of ${UNITS.daoli.name} asking for its own county and ${UNITS.mishan.name} in one request gets only its own`, async () => {
    const response = await sendAs(daoliAdmin, {
      query: `query ($own: TenantCode!, $other: TenantCode!) {
        own: countyView(code: $own) { name }
        other: countyView(code: $other) { name }
      }`,
      variables: { own: UNITS.daoli.code, other: UNITS.mishan.code },
    });
    expect(response.body.data).toEqual({ own: { name: UNITS.daoli.name }, other: null });
    expect(response.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['other'], 'TENANT_FORBIDDEN'],
    ]);
    expect(response.text).not.toContain(UNITS.mishan.name);
  });

  for (const streamId of [
    `pilotUnit-${UNITS.mishan.code}`,
    `nationalReport-${UNITS.province.code}-matrix-report`,
  ]) {
    it(`a county admin of ${UNITS.daoli.name} cannot read the audit trail of ${streamId}`, async () => {
      const auditTrail = OPERATIONS.find((operation) => operation.field === 'auditTrail')!;
      const request = { ...auditTrail.request(UNITS.mishan), variables: { streamId } };
      await expectRefused(auditTrail, () => sendAs(daoliAdmin, request), {
        status: 200,
        extensions: { code: 'TENANT_FORBIDDEN', allowedTenant: UNITS.daoli.code },
        forbidden: forbiddenStrings(UNITS.province, request, UNITS.daoli.code),
      });
    });
  }
});

for (const credential of BAD_CREDENTIALS) {
  describe(`with ${credential.with}, nobody gets anything (UNAUTHENTICATED)`, () => {
    for (const operation of OPERATIONS) {
      const target = targetOf(operation, CREDENTIAL_TARGETS) ?? CREDENTIAL_TARGETS.county;
      it(`with ${credential.with}, nobody can ${operation.does(target)}`, async () => {
        const request = operation.request(target);
        const claims = ownerOf(operation, target);
        await expectRefused(
          operation,
          async () => send(await credential.authorization(claims, credentials), request),
          {
            status: credential.status,
            extensions: { code: 'UNAUTHENTICATED', reason: credential.reason },
            forbidden: forbiddenStrings(target, request),
          },
        );
      });
    }
  });
}

const MUTATIONS = OPERATIONS.filter((operation) => operation.type === 'mutation');
const writeTarget = (operation: Operation) => (operation.level === 'province' ? UNITS.province : UNITS.daoli);

describe('a principal without the admin role writes nothing (FORBIDDEN)', () => {
  for (const operation of MUTATIONS) {
    const target = writeTarget(operation);
    const owner = ownerOf(operation, target);
    const readers: [string, Principal][] = [
      [`a ${owner.tier} viewer of ${directory.get(owner.tenant)!.name}`, viewer(owner.tenant, owner.tier)],
      ['the State Council’s viewer', viewer(NATIONAL_TENANT, 'national')],
    ];
    for (const [who, principal] of readers) {
      it(`${who} cannot ${operation.does(target)}`, async () => {
        await expectRefused(operation, () => sendAs(principal, operation.request(target)), {
          status: 200,
          extensions: { code: 'FORBIDDEN', requiredRole: 'admin' },
        });
      });
    }
  }
});

describe('an admin above or at the unit whose tier the policy does not name writes nothing (ROLE_FORBIDDEN)', () => {
  for (const operation of MUTATIONS) {
    const target = writeTarget(operation);
    for (const { who, principal } of misplacedWriters(operation, target)) {
      it(`${who} cannot ${operation.does(target)}`, async () => {
        await expectRefused(operation, () => sendAs(principal, operation.request(target)), {
          status: 200,
          extensions: { code: 'ROLE_FORBIDDEN' },
        });
      });
    }
  }
});

describe('positive controls: every refused write reaches the domain when the entitled principal sends it', () => {
  const targets = new Map<string, TenantUnit>();
  for (const outsider of OUTSIDERS) targets.set(outsider.targets.county.code, outsider.targets.county);
  targets.set(CREDENTIAL_TARGETS.county.code, CREDENTIAL_TARGETS.county);
  targets.set(UNITS.daoli.code, UNITS.daoli);
  for (const operation of MUTATIONS) {
    const forTargets = operation.level === 'province' ? [UNITS.province] : [...targets.values()];
    for (const target of forTargets) {
      const owner = ownerOf(operation, target);
      it(`the ${owner.tier} admin of ${directory.get(owner.tenant)!.name} can ${operation.does(target)}`, async () => {
        const response = await sendAs(owner, operation.request(target));
        expect(response.body.errors, response.text).toBeUndefined();
        const result = response.body.data?.[operation.field] as
          { __typename: string; code?: string } | undefined;
        expect(['CommandAccepted', 'CommandRejected']).toContain(result?.__typename);
        // A rejection here must be the domain's verdict on the data, never an authorization refusal.
        expect(['TENANT_FORBIDDEN', 'ROLE_FORBIDDEN', 'INVALID_COMMAND']).not.toContain(result?.code);
      });
    }
  }
});
