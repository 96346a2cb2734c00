export {
  NATIONAL_TENANT,
  type AreaAssignment,
  type AreaCode,
  type DivisionCode,
  type PilotArea,
  type PilotLevel,
  type TenantDirectory,
  type TenantSeed,
  type TenantUnit,
  type Tier,
} from './types';
export { createTenantDirectory, NATIONAL_UNIT, type SeededTenantDirectory } from './directory';
export { isPilotUnit, pilotAreasForLevel, pilotUnits } from './pilots';
export { parseTenantSeed, tenantSeedSchema } from './seedSchema';
export { tenantSeedIssues } from './seedIntegrity';
export { heilongjiangSeed } from './heilongjiang';
export { InvalidTenantSeedError, isInvalidTenantSeedError } from './invalidTenantSeedError';
export { TenantUnknownError, isTenantUnknownError } from './tenantUnknownError';
