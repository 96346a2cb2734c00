import { feeRules } from './regulation';

/**
 * The information processing fee of one application, in yuan (国办函〔2020〕109号, 超额累进):
 * per request, by the request's number among the applicant's requests in the calendar month; per
 * page, by the pages provided. Pure.
 */
export const informationProcessingFee = (method: 'per-request' | 'per-page', units: number): number =>
  method === 'per-request' ? perRequestFee(units) : perPageFee(units);

const perRequestFee = (ordinalInMonth: number): number => {
  const { freeUpTo, secondBandUpTo, secondBandYuan, bandSize, bandStepYuan } = feeRules.perRequest;
  if (ordinalInMonth <= freeUpTo) return 0;
  if (ordinalInMonth <= secondBandUpTo) return secondBandYuan;
  return secondBandYuan + bandStepYuan * Math.ceil((ordinalInMonth - secondBandUpTo) / bandSize);
};

const perPageFee = (pages: number): number => {
  let fee = 0;
  let from = 0;
  for (const band of feeRules.perPage) {
    const inBand = Math.max(0, Math.min(pages, band.upTo) - from);
    fee += inBand * band.yuanPerPage;
    from = band.upTo;
    if (pages <= band.upTo) break;
  }
  return fee;
};
