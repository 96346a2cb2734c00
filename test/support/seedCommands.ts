import { heilongjiangSeedCommands } from '@gongkai/platform';
import { testReadModelStoreKind } from '@gongkai/projections/testing';

/**
 * The whole seed, for tests that send it one command at a time through the live runner. On
 * MongoDB (the infra-mongo project, FerretDB here) its first 1,500 commands: on FerretDB 1.24 the
 * whole seed event by event takes 220 s in the two read-side files (vs 35 s), longer than CI may.
 */
export const seedCommandsForReadModelTests = () => {
  const all = [...heilongjiangSeedCommands()];
  return testReadModelStoreKind() === 'mongodb' ? all.slice(0, 1_500) : all;
};
