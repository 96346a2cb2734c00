import { z } from 'zod';

import { InvalidTenantSeedError } from './invalidTenantSeedError';
import { tenantSeedIssues } from './seedIntegrity';
import type { TenantSeed } from './types';

const divisionCode = z.string().regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 division code');
const pilotLevel = z.enum(['national', 'provincial', 'self-organized']);
const areaCode = z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'expected a kebab-case area code');

const seedUnitSchema = z.object({
  code: divisionCode,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  // `national` is never seeded: the directory adds the national tenant above every province.
  tier: z.enum(['province', 'prefecture', 'county']),
  parentCode: divisionCode.nullable(),
  geographicPrefectureCode: divisionCode.nullable(),
  provinceDirectlyAdministered: z.boolean(),
  pilotLevel: pilotLevel.nullable(),
});

const pilotAreaSchema = z.object({
  code: areaCode,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  pilotLevels: z.array(pilotLevel).min(1),
});

const areaAssignmentSchema = z.object({
  unitCode: divisionCode,
  areaCodes: z.array(areaCode).min(1),
  basis: z.enum(['seed-configuration', 'official-attachment']),
});

export const tenantSeedSchema = z.object({
  meta: z.record(z.string(), z.unknown()).optional(),
  units: z.array(seedUnitSchema).min(1),
  areas: z.array(pilotAreaSchema),
  areaAssignments: z.array(areaAssignmentSchema),
});

/** Validates a seed (shape, then reporting lines and references); throws InvalidTenantSeedError. */
export function parseTenantSeed(input: unknown): TenantSeed {
  const parsed = tenantSeedSchema.safeParse(input);
  if (!parsed.success) throw new InvalidTenantSeedError([z.prettifyError(parsed.error)]);
  const issues = tenantSeedIssues([parsed.data]);
  if (issues.length > 0) throw new InvalidTenantSeedError(issues);
  return parsed.data;
}
