import type { PilotLevel } from '@gongkai/domain';
import { ReportRequestInvalidError } from '../errors';

/** The three reports of the plan, by what they cover and when they are due. */
export const REPORT_KINDS = ['august', 'provincial-summary', 'unit'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportKindDefinition {
  kind: ReportKind;
  /** The pilots the report covers; null for a unit's own report (one unit, whatever its level). */
  pilotLevel: PilotLevel | null;
  /** The schedule's milestone the report answers (schedule.json). */
  milestoneId: string;
  /** What the report is called in the plan. */
  name: string;
}

export const REPORT_KIND_DEFINITIONS: Readonly<Record<ReportKind, ReportKindDefinition>> = {
  august: {
    kind: 'august',
    pilotLevel: 'national',
    milestoneId: 'M-09',
    name: '国家级试点工作总体报告',
  },
  'provincial-summary': {
    kind: 'provincial-summary',
    pilotLevel: 'provincial',
    milestoneId: 'M-14',
    name: '省级试点工作总结报告',
  },
  unit: {
    kind: 'unit',
    pilotLevel: null,
    milestoneId: 'M-07',
    name: '试点工作报告',
  },
};

export const isReportKind = (value: string): value is ReportKind =>
  (REPORT_KINDS as readonly string[]).includes(value);

export const reportKindOf = (value: string): ReportKind => {
  if (!isReportKind(value)) {
    throw new ReportRequestInvalidError(
      `unknown report kind "${value}": use one of ${REPORT_KINDS.join(', ')} (august: the overall report on the national pilots; provincial-summary: the summary of the provincial pilots; unit: a pilot unit's own work report, with a unit code).`,
    );
  }
  return value;
};
