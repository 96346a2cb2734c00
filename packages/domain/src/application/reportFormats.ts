import type { ApplicantKind, CaseKind, DecisionResult } from './outcomes';
import {
  applicantKindLabels,
  applicantKinds,
  caseKindLabels,
  caseKinds,
  decisionGrounds,
  resultLabels,
} from './outcomes';

/** The two formats of the annual report (政府信息公开工作年度报告) the platform renders, as data. */
export type ReportFormatId = 'format-2019' | 'format-2021';

export interface ApplicationRow {
  key: string;
  label: string;
  /** The heading the row sits under (（三）不予公开 …), for the results that have grounds. */
  group?: string;
  /** What the row counts. */
  counts:
    | { kind: 'new-this-year' }
    | { kind: 'carried-over' }
    | { kind: 'result'; result: DecisionResult; grounds: readonly string[] | 'all' }
    | { kind: 'results-total' }
    | { kind: 'carried-into-next-year' };
}

export interface ReportFormat {
  id: ReportFormatId;
  documentNumber: string;
  title: string;
  /** The first report year the format is used for. */
  fromYear: number;
  basis: string;
  applicantColumns: readonly { key: ApplicantKind | 'total'; label: string }[];
  applicationRows: readonly ApplicationRow[];
  /** "第一项加第二项之和，等于第三项加第四项之和" (printed above the table in both formats). */
  balanceRule: string;
  caseGroups: readonly { key: CaseKind; label: string }[];
  caseColumns: readonly { key: 'upheld' | 'corrected' | 'other' | 'pending' | 'total'; label: string }[];
  /** The proactive-disclosure table (第二十条): rows and columns, filled from disclosures in phase 2. */
  proactiveTable: readonly { article: string; rows: readonly string[]; columns: readonly string[] }[];
  /** Whether "other matters" reports the information processing fees. */
  reportsProcessingFees: boolean;
}

const GROUP_NUMBERS = {
  'not-disclosed': '（三）',
  'cannot-provide': '（四）',
  'not-processed': '（五）',
  other: '（六）',
};

const groundRows = (
  result: 'not-disclosed' | 'cannot-provide' | 'not-processed' | 'other',
): ApplicationRow[] =>
  Object.entries(decisionGrounds[result]).map(([ground, { label }], index) => ({
    key: `${result}/${ground}`,
    label: `${index + 1}.${label}`,
    group: `${GROUP_NUMBERS[result]}${resultLabels[result]}`,
    counts: { kind: 'result', result, grounds: [ground] },
  }));

const rowsWith = (otherRows: readonly ApplicationRow[]): ApplicationRow[] => [
  { key: 'new-this-year', label: '一、本年新收政府信息公开申请数量', counts: { kind: 'new-this-year' } },
  { key: 'carried-over', label: '二、上年结转政府信息公开申请数量', counts: { kind: 'carried-over' } },
  {
    key: 'disclosed',
    label: `（一）${resultLabels.disclosed}`,
    counts: { kind: 'result', result: 'disclosed', grounds: 'all' },
  },
  {
    key: 'partly-disclosed',
    label: `（二）${resultLabels['partly-disclosed']}`,
    counts: { kind: 'result', result: 'partly-disclosed', grounds: 'all' },
  },
  ...groundRows('not-disclosed'),
  ...groundRows('cannot-provide'),
  ...groundRows('not-processed'),
  ...otherRows,
  { key: 'results-total', label: '（七）总计', counts: { kind: 'results-total' } },
  {
    key: 'carried-into-next-year',
    label: '四、结转下年度继续办理',
    counts: { kind: 'carried-into-next-year' },
  },
];

const common = {
  applicantColumns: [
    ...applicantKinds.map((key) => ({ key, label: applicantKindLabels[key] })),
    { key: 'total' as const, label: '总计' },
  ],
  balanceRule: '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
  caseGroups: caseKinds.map((key) => ({ key, label: caseKindLabels[key] })),
  caseColumns: [
    { key: 'upheld', label: '结果维持' },
    { key: 'corrected', label: '结果纠正' },
    { key: 'other', label: '其他结果' },
    { key: 'pending', label: '尚未审结' },
    { key: 'total', label: '总计' },
  ],
} as const;

export const reportFormats: Readonly<Record<ReportFormatId, ReportFormat>> = {
  'format-2019': {
    id: 'format-2019',
    documentNumber: '国办公开办函〔2019〕60号',
    title: '中华人民共和国政府信息公开工作年度报告格式（试行）',
    fromYear: 2019,
    basis:
      '国办公开办函〔2019〕60号（V：文号与标题）；表格行列据依该格式编制的2019、2020年度报告核对（V）。2019年以前的年度用同一格式（I：此前的统计表不同，平台统一按此格式出具并注明）',
    ...common,
    applicationRows: rowsWith([
      {
        key: 'other',
        label: `（六）${resultLabels.other}`,
        counts: { kind: 'result', result: 'other', grounds: 'all' },
      },
    ]),
    proactiveTable: [
      {
        article: '第二十条第（一）项',
        rows: ['规章', '规范性文件'],
        columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
      },
      {
        article: '第二十条第（五）项',
        rows: ['行政许可', '其他对外管理服务事项'],
        columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
      },
      {
        article: '第二十条第（六）项',
        rows: ['行政处罚', '行政强制'],
        columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
      },
      { article: '第二十条第（八）项', rows: ['行政事业性收费'], columns: ['上一年项目数量', '本年增/减'] },
      { article: '第二十条第（九）项', rows: ['政府集中采购'], columns: ['采购项目数量', '采购总金额'] },
    ],
    reportsProcessingFees: false,
  },
  'format-2021': {
    id: 'format-2021',
    documentNumber: '国办公开办函〔2021〕30号',
    title: '中华人民共和国政府信息公开工作年度报告格式',
    fromYear: 2021,
    basis: '国办公开办函〔2021〕30号（2021-09-26印发）（V：文号、表格行列据依该格式编制的2021年度报告核对）',
    ...common,
    applicationRows: rowsWith(groundRows('other')),
    proactiveTable: [
      {
        article: '第二十条第（一）项',
        rows: ['规章', '行政规范性文件'],
        columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
      },
      { article: '第二十条第（五）项', rows: ['行政许可'], columns: ['本年处理决定数量'] },
      { article: '第二十条第（六）项', rows: ['行政处罚', '行政强制'], columns: ['本年处理决定数量'] },
      { article: '第二十条第（八）项', rows: ['行政事业性收费'], columns: ['本年收费金额（单位：万元）'] },
    ],
    reportsProcessingFees: true,
  },
};

/** The format of a report year: 2021 on, 国办公开办函〔2021〕30号; before, the 2019 format. */
export const reportFormatFor = (year: number): ReportFormat =>
  year >= reportFormats['format-2021'].fromYear ? reportFormats['format-2021'] : reportFormats['format-2019'];
