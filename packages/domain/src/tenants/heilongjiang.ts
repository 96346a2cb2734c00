import seedJson from '../../data/heilongjiang.json' with { type: 'json' };

import { parseTenantSeed } from './seedSchema';
import type { TenantSeed } from './types';

/**
 * The Heilongjiang pilot of 2017–2018 (黑政办发〔2017〕50号): the province, its 13 prefectures and
 * the 15 pilot counties, the 18 pilot areas and each pilot unit's areas (seed configuration, see
 * the file's meta). Data, not code: the directory treats it like any other seed.
 */
export const heilongjiangSeed: TenantSeed = parseTenantSeed(seedJson);
