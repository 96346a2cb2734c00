import type { IsoDate } from '../calendar/types';

/**
 * The rules an application is handled under, as data, each with the text it comes from. Marks:
 * V = read in the regulation's text (or an official reproduction) while writing this; M = consistent
 * with sources but the exact wording not re-read.
 */
export type RegulationId = 'ogi-2007' | 'ogi-2019';

export interface Regulation {
  id: RegulationId;
  title: string;
  /** First receipt date the regulation governs. */
  appliesFrom: IsoDate;
  /** Working days to answer, counted from the day after receipt. */
  answerWorkingDays: number;
  answerBasis: string;
  /** The one extension's maximum, in working days. */
  maxExtensionWorkingDays: number;
  extensionBasis: string;
  /** Working days after receipt within which a correction may be requested; null: none set. */
  correctionWindowWorkingDays: number | null;
  correctionBasis: string;
  /** Working days a third party has to answer; null: no limit set (the office waits for the reply). */
  consultationWorkingDays: number | null;
  consultationBasis: string;
  /** Whether the volume rule (a later answer date for a large but reasonable request) exists. */
  volumeDeferral: boolean;
  volumeBasis: string;
}

export const REGULATION_2019_FROM: IsoDate = '2019-05-15';

export const regulations: Readonly<Record<RegulationId, Regulation>> = {
  'ogi-2007': {
    id: 'ogi-2007',
    title: '《中华人民共和国政府信息公开条例》（国务院令第492号，2008-05-01施行）',
    appliesFrom: '2008-05-01',
    answerWorkingDays: 15,
    answerBasis: '条例（2007）第二十四条第二款：不能当场答复的，自收到申请之日起15个工作日内予以答复（V）',
    maxExtensionWorkingDays: 15,
    extensionBasis:
      '条例（2007）第二十四条第二款：延长须经政府信息公开工作机构负责人同意并告知申请人，最长不得超过15个工作日（V）',
    correctionWindowWorkingDays: null,
    correctionBasis:
      '条例（2007）第二十一条第（四）项：申请内容不明确的，告知申请人作出更改、补充（M）；期限自收到补正后的申请起算按国办公开办函〔2015〕207号（M）',
    consultationWorkingDays: null,
    consultationBasis:
      '条例（2007）第二十三条（书面征求第三方意见）与第二十四条第三款：征求第三方意见所需时间不计算在答复期限内（V）',
    volumeDeferral: false,
    volumeBasis: '条例（2007）无数量、频次明显超过合理范围的规定',
  },
  'ogi-2019': {
    id: 'ogi-2019',
    title: '《中华人民共和国政府信息公开条例》（国务院令第711号修订，2019-05-15施行）',
    appliesFrom: REGULATION_2019_FROM,
    answerWorkingDays: 20,
    answerBasis: '条例（2019）第三十三条第二款：不能当场答复的，自收到申请之日起20个工作日内予以答复（V）',
    maxExtensionWorkingDays: 20,
    extensionBasis:
      '条例（2019）第三十三条第二款：延长须经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日（V）',
    correctionWindowWorkingDays: 7,
    correctionBasis:
      '条例（2019）第三十条：自收到申请之日起7个工作日内一次性告知申请人作出补正；答复期限自收到补正的申请之日起计算；无正当理由逾期不补正的视为放弃申请（V）',
    consultationWorkingDays: 15,
    consultationBasis:
      '条例（2019）第三十二条：第三方自收到征求意见书之日起15个工作日内提出意见，逾期未提出的由行政机关决定（V）；第三十三条第三款：征求第三方意见所需时间不计算在答复期限内（V）',
    volumeDeferral: true,
    volumeBasis:
      '条例（2019）第三十五条：数量、频次明显超过合理范围，理由合理但无法在第三十三条期限内答复的，可以确定延迟答复的合理期限并告知申请人（V）',
  },
};

/** The regulation an application is handled under: decided by the date the application was received. */
export const regulationFor = (receivedOn: IsoDate): Regulation =>
  receivedOn < REGULATION_2019_FROM ? regulations['ogi-2007'] : regulations['ogi-2019'];

/** 政府信息公开信息处理费 (国办函〔2020〕109号) applies to applications received from this date. */
export const FEE_RULES_FROM: IsoDate = '2021-01-01';

export const feeRules = {
  appliesFrom: FEE_RULES_FROM,
  basis:
    '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第三条（按件或按量，超额累进，二者择一）、第四条（按件）、第五条（按量）（V）；自2021-01-01施行（M）',
  /** Working days the applicant has to pay after the notice; the notice-to-payment period does not count. */
  paymentWorkingDays: 20,
  paymentBasis:
    '国办函〔2020〕109号：申请人应当在收到收费通知的次日起20个工作日内缴纳，逾期未缴纳的视为放弃申请；收费通知送出日至缴费完成日不计算在答复期限内（M，措辞未重读）',
  perRequest: {
    freeUpTo: 10,
    /** ¥ per request for the 11th–30th request of the applicant in the calendar month. */
    secondBandUpTo: 30,
    secondBandYuan: 100,
    /** From the 31st: each further band of 10 requests costs ¥100 more per request. */
    bandSize: 10,
    bandStepYuan: 100,
  },
  perPage: [
    { upTo: 30, yuanPerPage: 0 },
    { upTo: 100, yuanPerPage: 10 },
    { upTo: 200, yuanPerPage: 20 },
    { upTo: Number.POSITIVE_INFINITY, yuanPerPage: 40 },
  ],
} as const;

/** How the receipt date is fixed for each channel: which date of the record counts. */
export const applicationChannels = [
  'in-person',
  'registered-post',
  'ordinary-letter',
  'internet',
  'fax',
  'email',
] as const;
export type ApplicationChannel = (typeof applicationChannels)[number];

/** The dated fact a channel's receipt date is read from. */
export type ReceiptEvidence = 'submittedOn' | 'signedForOn' | 'confirmedOn' | 'systemReceivedOn';

export interface ReceiptRule {
  evidence: ReceiptEvidence;
  basis: string;
}

const ART31 = '条例（2019）第三十一条';
const N207 = '国办公开办函〔2015〕207号（对2007年条例期限的解释）';

/** The receipt-date rule of each channel, under each regulation. */
export const receiptRules: Readonly<Record<RegulationId, Readonly<Record<ApplicationChannel, ReceiptRule>>>> =
  {
    'ogi-2019': {
      'in-person': {
        evidence: 'submittedOn',
        basis: `${ART31}第（一）项：当面提交的，以提交之日为收到申请之日（V）`,
      },
      'registered-post': {
        evidence: 'signedForOn',
        basis: `${ART31}第（二）项：以邮寄方式提交的，以行政机关签收之日为收到申请之日（V）`,
      },
      'ordinary-letter': {
        evidence: 'confirmedOn',
        basis: `${ART31}第（二）项：平常信函等无需签收的，收到当日与申请人确认，确认之日为收到申请之日（V）`,
      },
      internet: {
        evidence: 'confirmedOn',
        basis: `${ART31}第（三）项：通过互联网渠道提交的，以双方确认之日为收到申请之日（V）`,
      },
      fax: {
        evidence: 'confirmedOn',
        basis: `${ART31}第（三）项：通过传真提交的，以双方确认之日为收到申请之日（V）`,
      },
      email: {
        evidence: 'confirmedOn',
        basis: `${ART31}第（三）项：电子邮件属互联网渠道，以双方确认之日为收到申请之日（M）`,
      },
    },
    'ogi-2007': {
      'in-person': {
        evidence: 'submittedOn',
        basis: `${N207}一、1：当面提交的，以提交之日为收到申请之日（V）`,
      },
      'registered-post': {
        evidence: 'signedForOn',
        basis: `${N207}一、2：邮寄的，以行政机关签收之日为收到申请之日（V）`,
      },
      'ordinary-letter': {
        evidence: 'confirmedOn',
        basis: `${N207}一、2：平信等无需签收的，当日电话联系申请人确认，以确认之日为收到申请之日（V）`,
      },
      internet: {
        evidence: 'confirmedOn',
        basis: `${N207}一、5：其他接收渠道以规定的时间为准，没有规定的以双方确认之日为收到申请之日（V）`,
      },
      fax: { evidence: 'confirmedOn', basis: `${N207}一、4：传真收到并双方确认之日为收到申请之日（V）` },
      email: {
        evidence: 'systemReceivedOn',
        basis: `${N207}一、3：申请邮箱提交的，自电子邮件系统接收之日为收到申请之日（V）`,
      },
    },
  };

/** 行政复议 within 60 days, 行政诉讼 within 6 months: the applicant's remedies (条例（2019）第五十一条; 答复书告知). */
export const remediesBasis =
  '条例（2019）第五十一条（V）；《行政复议法》60日、《行政诉讼法》6个月的期限由申请人掌握，记录事实，不据以拒绝（I）';

/** When the annual report is due (条例（2019）第四十九条: departments by 31 January, governments by 31 March). */
export const annualReportDue = {
  department: '01-31',
  government: '03-31',
  basis:
    '条例（2019）第四十九条：部门于每年1月31日前、各级人民政府于每年3月31日前公布上一年度的年度报告（M）',
} as const;
