import { heilongjiangSeedCommands } from '@gongkai/platform';
import { testReadModelStoreKind } from '@gongkai/projections/testing';

/**
 * The whole seed, for tests that send it one command at a time through the live runner. On
 * MongoDB (the infra-mongo project, FerretDB here) its first 1,500 commands: FerretDB 1.24 on
 * SQLite scans a collection for every update by `_id`, and the whole seed event by event would
 * take longer than CI may.
 */
export const seedCommandsForReadModelTests = () => {
  const all = [...heilongjiangSeedCommands()];
  return testReadModelStoreKind() === 'mongodb' ? all.slice(0, 1_500) : all;
};
