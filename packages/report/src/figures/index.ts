import type { DivisionCode, IsoDate, PilotLevel } from '@gongkai/domain';
import type {
  AcceptanceView,
  AreaFigures,
  CountyComparisonRow,
  CountyView,
  IndicatorFigures,
  MilestoneCounts,
  MilestoneStatusView,
  RollupFigures,
} from '@gongkai/projections';
import type { Assessment, ScoringRules } from '../assessment';
import { assess } from '../assessment';
import { REPORT_KIND_DEFINITIONS } from '../kinds';
import type { ReportKind } from '../kinds';
import type { ReportData } from '../source';

export interface UnitFigures {
  code: DivisionCode;
  name: string;
  pilotLevel: PilotLevel | null;
  /** The prefecture it reports to; null for a province-administered county. */
  prefecture: { code: DivisionCode; name: string } | null;
  provinceDirectlyAdministered: boolean;
  assignedAreas: { area: string; areaName: string }[];
  areasCovered: number;
  totals: IndicatorFigures;
  byArea: AreaFigures[];
  acceptance: AcceptanceView | null;
  milestones: MilestoneCounts;
  /** The unit's own milestones (its self-assessment before acceptance, completion). */
  milestoneList: MilestoneStatusView[];
}

/** A prefecture hosting covered units, with its own milestones (its pilot reports, M-07 / M-11). */
export interface HostFigures {
  code: DivisionCode;
  name: string;
  milestones: MilestoneStatusView[];
}

/**
 * Every figure a report shows, as the views give them (the JSON format). Nothing here is computed
 * by the report but the assessment; everything else is the read side's, so the report and the
 * views cannot disagree.
 */
export interface ReportFigures {
  kind: ReportKind;
  province: { code: DivisionCode; name: string };
  position: number;
  date: IsoDate;
  /** The covered pilots summed (national or provincial pilots); null for a unit's own report. */
  scope: RollupFigures | null;
  units: UnitFigures[];
  /** The per-unit comparison rows of the province view, for the units covered. */
  acceptanceResults: CountyComparisonRow[];
  assessment: Assessment;
  /** The province's milestones still open on the report's date (下一步工作). */
  nextSteps: MilestoneStatusView[];
  /** Every milestone of the province itself (its plan's filing, acceptance, reports). */
  provinceMilestones: MilestoneStatusView[];
  /** The prefectures hosting the units covered. */
  hosts: HostFigures[];
  /** Counties of the province: all, and the pilots of each level (for the roll-out). */
  counties: { total: number; national: number; provincial: number };
}

const unitFigures = (unit: CountyView, prefectures: Map<string, string>): UnitFigures => {
  const prefectureName = unit.reportingParent === null ? undefined : prefectures.get(unit.reportingParent);
  return {
    code: unit.tenant,
    name: unit.name,
    pilotLevel: unit.pilotLevel,
    prefecture:
      prefectureName === undefined || unit.reportingParent === null
        ? null
        : { code: unit.reportingParent, name: prefectureName },
    provinceDirectlyAdministered: unit.provinceDirectlyAdministered,
    assignedAreas: unit.assignedAreas.map((area) => ({
      area,
      areaName: unit.byArea.find((row) => row.area === area)?.areaName ?? area,
    })),
    areasCovered: unit.areasCovered,
    totals: unit.totals,
    byArea: unit.byArea,
    acceptance: unit.acceptance,
    milestones: unit.milestones.counts,
    milestoneList: unit.milestones.milestones,
  };
};

const scopeOf = (data: ReportData): RollupFigures | null => {
  const level = REPORT_KIND_DEFINITIONS[data.kind].pilotLevel;
  if (level === 'national') return data.nationalRow.nationalPilots;
  if (level === 'provincial') return data.nationalRow.provincialPilots;
  return null;
};

/** The report's figures from its data and the scoring rules. */
export const reportFigures = (data: ReportData, rules: ScoringRules): ReportFigures => {
  const { province } = data;
  const prefectures = new Map(province.prefectures.map((row) => [row.tenant, row.name]));
  const codes = new Set(data.units.map((unit) => unit.tenant));
  return {
    kind: data.kind,
    province: { code: province.tenant, name: province.name },
    position: data.position,
    date: data.date,
    scope: scopeOf(data),
    units: data.units.map((unit) => unitFigures(unit, prefectures)),
    acceptanceResults: province.counties.filter((row) => codes.has(row.tenant)),
    assessment: assess(
      data.units,
      province.prefectures.map((row) => ({ code: row.tenant, name: row.name })),
      rules,
    ),
    provinceMilestones: province.milestones.milestones,
    hosts: data.hosts.map((host) => ({
      code: host.tenant,
      name: host.name,
      milestones: host.milestones.milestones,
    })),
    counties: {
      total: province.counties.length,
      national: province.counties.filter((row) => row.pilotLevel === 'national').length,
      provincial: province.counties.filter((row) => row.pilotLevel === 'provincial').length,
    },
    nextSteps: (data.kind === 'unit'
      ? (data.units[0]?.milestones ?? province.milestones)
      : province.milestones
    ).milestones.filter((milestone) => milestone.state !== 'completed' && milestone.dueDate > data.date),
  };
};
