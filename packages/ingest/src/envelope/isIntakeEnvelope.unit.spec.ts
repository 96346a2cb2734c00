import { describe, expect, it } from 'vitest';
import { IntakeEnvelopeSchema } from './intakeEnvelope';
import { ISO_DATETIME_WITH_OFFSET, isIntakeEnvelope } from './isIntakeEnvelope';

const valid = () => ({
  specVersion: 1,
  messageId: '3f1c2a7e-0d7b-4c1e-9d55-1b2a3c4d5e6f',
  tenant: '230102',
  source: 'daoli-oa',
  type: 'DraftCatalogueItem',
  payload: { itemId: 'x', areaCode: 'land-acquisition-compensation' },
  actor: { id: 'admin@230102', tier: 'county', tenant: '230102' },
  occurredAt: '2018-06-01T09:00:00+08:00',
});

const text = (length: number) => 'x'.repeat(length);
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  true,
  0,
  1,
  -1,
  1.5,
  2,
  '',
  ' ',
  '1',
  'x',
  [],
  [1],
  {},
  { a: 1 },
  text(200),
  text(201),
];

/** For each field, values around every rule of the schema, plus every odd JSON value. */
const FIELD_VALUES: Record<string, unknown[]> = {
  specVersion: [1, 1.0, '1', 2, 0],
  messageId: ['a', text(128), text(129), 'a:b.c_d-e', 'a b', 'ä', 'a/b', 'a\n', '\na', '-', '.'],
  tenant: ['230102', '000000', '23010', '2301020', '23010a', '２３０１０２', '230102\n', ' 230102'],
  source: ['daoli-oa', 'ab', 'a', 'a.b-c', 'Daoli', '-abc', '1abc', `a${text(63)}`, `a${text(64)}`, 'a_b'],
  type: [
    'DraftCatalogueItem',
    'RegisterPilotUnit',
    'NoSuchCommand',
    'draftCatalogueItem',
    'toString',
    '__proto__',
    'constructor',
  ],
  payload: [
    {},
    { tenant: '230102' },
    { __proto__: null },
    JSON.parse('{"__proto__": {"a": 1}}'),
    { constructor: 1 },
  ],
  actor: [
    { id: 'a', tier: 'county', tenant: '230102' },
    { id: '', tier: 'county', tenant: '230102' },
    { id: text(200), tier: 'national', tenant: '000000' },
    { id: text(201), tier: 'county', tenant: '230102' },
    { id: 'a', tier: 'city', tenant: '230102' },
    { id: 'a', tier: 'county', tenant: '23010' },
    { id: 'a', tier: 'county' },
    { id: 'a', tier: 'county', tenant: '230102', extra: 1 },
    { id: 1, tier: 'county', tenant: '230102' },
    JSON.parse('{"id":"a","tier":"county","tenant":"230102","__proto__":{}}'),
  ],
  occurredAt: [
    '2018-06-01T09:00:00+08:00',
    '2018-06-01T09:00:00Z',
    '2018-06-01T09:00:00.123456Z',
    '2018-06-01T09:00:00.Z',
    '2018-06-01T09:00+08:00',
    '2018-06-01T09:00:00',
    '2018-06-01 09:00:00Z',
    '2018-02-29T09:00:00Z',
    '2016-02-29T09:00:00Z',
    '2018-13-01T09:00:00Z',
    '2018-06-01T24:00:00Z',
    '2018-06-01T09:00:00+0800',
    '2018-06-01T09:00:00z',
    '2018-06-01T09:00:00Z\n',
    '0001-01-01T00:00:00Z',
    '2018-06-31T09:00:00Z',
  ],
  correlationId: ['a', text(200), text(201), ''],
  causationId: ['a', text(200), text(201), ''],
};

const samples = (): unknown[] => {
  const all: unknown[] = [valid(), null, [], 'x', 1, {}, Object.create(null)];
  for (const [field, values] of Object.entries(FIELD_VALUES)) {
    for (const value of [...values, ...ODD_VALUES]) {
      const sample: Record<string, unknown> = valid();
      if (value === undefined) delete sample[field];
      else sample[field] = value;
      all.push(sample);
    }
  }
  for (const extra of ['extra', '__proto__', 'constructor', 'toString', 'Tenant']) {
    all.push(JSON.parse(JSON.stringify(valid()).replace(/^\{/, `{"${extra}":1,`)));
  }
  return all;
};

/** A small deterministic generator, so a failure is reproducible. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const mutated = (next: () => number): unknown => {
  const sample: Record<string, unknown> = valid();
  const fields = Object.keys(FIELD_VALUES);
  for (let changes = 1 + Math.floor(next() * 3); changes > 0; changes--) {
    const field = fields[Math.floor(next() * fields.length)]!;
    const pool = [...FIELD_VALUES[field]!, ...ODD_VALUES];
    const value = pool[Math.floor(next() * pool.length)];
    if (value === undefined) delete sample[field];
    else sample[field] = value;
  }
  // Through JSON, as the intake receives it (a JSON.parse result).
  return JSON.parse(JSON.stringify(sample)) as unknown;
};

describe('the hand-written envelope check', () => {
  it('uses the very pattern zod checks occurredAt with', () => {
    const occurredAt = IntakeEnvelopeSchema.shape.occurredAt as unknown as {
      _zod: { def: { pattern: RegExp } };
    };
    expect(ISO_DATETIME_WITH_OFFSET.source).toBe(occurredAt._zod.def.pattern.source);
  });

  it('accepts exactly what IntakeEnvelopeSchema accepts, over samples at every rule of every field', () => {
    const cases = samples();
    const disagreements = cases.filter(
      (sample) => isIntakeEnvelope(sample) !== IntakeEnvelopeSchema.safeParse(sample).success,
    );
    expect(disagreements).toEqual([]);
    const accepted = cases.filter((sample) => isIntakeEnvelope(sample)).length;
    // Both answers occur many times: the samples exercise the rules, not one side.
    expect(accepted).toBeGreaterThan(40);
    expect(cases.length - accepted).toBeGreaterThan(150);
  });

  it('accepts exactly what IntakeEnvelopeSchema accepts, over 20,000 random mutations sent through JSON', () => {
    const next = random(20_261_207);
    let accepted = 0;
    for (let n = 0; n < 20_000; n++) {
      const sample = mutated(next);
      const expected = IntakeEnvelopeSchema.safeParse(sample).success;
      expect(isIntakeEnvelope(sample), JSON.stringify(sample)).toBe(expected);
      if (expected) accepted++;
    }
    expect(accepted).toBeGreaterThan(1000);
  });
});
