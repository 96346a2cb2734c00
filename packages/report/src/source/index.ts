import type { DivisionCode, IsoDate } from '@gongkai/domain';
import type {
  AsOf,
  CountyView,
  ProvinceRollupRow,
  PrefectureView,
  ProvinceView,
  ReadModelViews,
  ViewBasis,
} from '@gongkai/projections';
import { ReportRequestInvalidError } from '../errors';
import { REPORT_KIND_DEFINITIONS } from '../kinds';
import type { ReportKind } from '../kinds';

/** What the report reads: several views from one state of the read models (`ReadModelViewQueries`). */
export interface ReportReadSide {
  readTogether<T>(
    code: DivisionCode,
    asOf: AsOf | undefined,
    read: (views: ReadModelViews, basis: ViewBasis) => Promise<T>,
  ): Promise<T>;
}

export interface ReportRequest {
  kind: ReportKind;
  /** The province that reports. */
  province: DivisionCode;
  /** The pilot unit of a `unit` report. */
  unit?: DivisionCode;
  /** Events up to this position and/or business date; absent: everything the store holds. */
  asOf?: AsOf;
}

/** Everything a report is written from, read at one state of the read models. */
export interface ReportData {
  kind: ReportKind;
  /** The highest event-store position included. */
  position: number;
  /**
   * The date the report speaks as of (milestones are judged on it): the requested date, else the
   * latest business date of the events included, so that compiling again at the same position
   * yields the same report whatever the day.
   */
  date: IsoDate;
  province: ProvinceView;
  /** The province's row of the national rollup (the figures of the August report). */
  nationalRow: ProvinceRollupRow;
  /** The pilot units the report covers, by code. */
  units: CountyView[];
  /** The prefectures that host the units covered, by code: their own milestones (pilot reports). */
  hosts: PrefectureView[];
}

const unitsCovered = async (
  request: ReportRequest,
  province: ProvinceView,
  views: ReadModelViews,
  basis: ViewBasis,
): Promise<CountyView[]> => {
  const level = REPORT_KIND_DEFINITIONS[request.kind].pilotLevel;
  const codes =
    level === null
      ? [request.unit ?? '']
      : province.counties.filter((row) => row.pilotLevel === level).map((row) => row.tenant);
  const units = await Promise.all(codes.map((code) => views.county(code, basis)));
  return units.map((unit, index) => {
    if (unit === null || !unit.ancestors.includes(province.tenant) || unit.pilotLevel === null) {
      throw new ReportRequestInvalidError(
        `${codes[index] || '(no unit)'} is not a pilot unit of ${province.name} (${province.tenant}): give --unit with the 6-digit code of one of its pilot counties, e.g. ${province.counties.find((row) => row.pilotLevel !== null)?.tenant ?? '230102'}.`,
      );
    }
    return unit;
  });
};

/** Reads the views a report needs, all at one state of the read models. */
export const loadReportData = (readSide: ReportReadSide, request: ReportRequest): Promise<ReportData> =>
  readSide.readTogether(request.province, request.asOf, async (views, liveBasis) => {
    const date = request.asOf?.date ?? (await views.latestBusinessDate()) ?? liveBasis.date;
    const basis: ViewBasis = { ...liveBasis, date };
    const province = await views.province(request.province, basis);
    if (province === null) {
      throw new ReportRequestInvalidError(
        `${request.province} is not a province: give --province with a 6-digit province code, e.g. 230000 (黑龙江省).`,
      );
    }
    const [units, national] = await Promise.all([
      unitsCovered(request, province, views, basis),
      views.national(basis),
    ]);
    const nationalRow = national.provinces.find((row) => row.tenant === request.province);
    if (nationalRow === undefined) throw new Error(`the national rollup has no row for ${request.province}`);
    const hostCodes = [
      ...new Set(units.flatMap((unit) => (unit.reportingParent === null ? [] : [unit.reportingParent]))),
    ];
    const hosts = (await Promise.all(hostCodes.map((code) => views.prefecture(code, basis)))).filter(
      (host): host is PrefectureView => host !== null,
    );
    return { kind: request.kind, position: basis.position, date, province, nationalRow, units, hosts };
  });
