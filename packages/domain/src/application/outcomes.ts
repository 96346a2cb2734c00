/**
 * The result types and grounds of a decision on an application: exactly the rows of the annual
 * report's applications table (国办公开办函〔2019〕60号 and 〔2021〕30号 formats), each with its basis
 * in the 2019 regulation (条例（2019）第三十六条 to 第三十九条 and 第三十条, 国办函〔2020〕109号).
 */
export const applicantKinds = [
  'natural-person',
  'commercial-enterprise',
  'research-institution',
  'public-interest-organisation',
  'legal-service-institution',
  'other-organisation',
] as const;
export type ApplicantKind = (typeof applicantKinds)[number];

export const applicantKindLabels: Readonly<Record<ApplicantKind, string>> = {
  'natural-person': '自然人',
  'commercial-enterprise': '商业企业',
  'research-institution': '科研机构',
  'public-interest-organisation': '社会公益组织',
  'legal-service-institution': '法律服务机构',
  'other-organisation': '其他',
};

export const decisionResults = [
  'disclosed',
  'partly-disclosed',
  'not-disclosed',
  'cannot-provide',
  'not-processed',
  'other',
] as const;
export type DecisionResult = (typeof decisionResults)[number];

interface GroundDefinition {
  label: string;
  basis: string;
}

const ground = (label: string, basis: string): GroundDefinition => ({ label, basis });

/** Every ground of every result that has grounds; `disclosed` and `partly-disclosed` have none. */
export const decisionGrounds = {
  'not-disclosed': {
    'state-secret': ground('属于国家秘密', '条例（2019）第十四条（V）'),
    'prohibited-by-law': ground('其他法律行政法规禁止公开', '条例（2019）第十四条（V）'),
    'three-safeties-one-stability': ground('危及"三安全一稳定"', '条例（2019）第十四条（V）'),
    'third-party-rights': ground('保护第三方合法权益', '条例（2019）第十五条、第三十二条（V）'),
    'internal-affairs': ground('属于三类内部事务信息', '条例（2019）第十六条第一款（V）'),
    'process-information': ground('属于四类过程性信息', '条例（2019）第十六条第二款（V）'),
    'enforcement-file': ground('属于行政执法案卷', '条例（2019）第十六条第二款（V）'),
    'administrative-inquiry': ground('属于行政查询事项', '条例（2019）第三十六条第（七）项（M）'),
  },
  'cannot-provide': {
    'not-held': ground('本机关不掌握相关政府信息', '条例（2019）第三十六条第（四）、（五）项（V）'),
    'needs-creation': ground('没有现成信息需要另行制作', '条例（2019）第三十八条（M）'),
    'unclear-after-correction': ground('补正后申请内容仍不明确', '条例（2019）第三十条（V）'),
  },
  'not-processed': {
    'petition-complaint': ground('信访举报投诉类申请', '条例（2019）第三十九条第一款（M）'),
    'repeated-request': ground('重复申请', '条例（2019）第三十六条第（六）项（V）'),
    'publication-requested': ground('要求提供公开出版物', '条例（2019）第三十九条第二款（M）'),
    'unreasonable-mass-requests': ground('无正当理由大量反复申请', '条例（2019）第三十五条（V）'),
    'confirmation-requested': ground(
      '要求行政机关确认或重新出具已获取信息',
      '条例（2019）第三十九条第二款（M）',
    ),
  },
  other: {
    'no-correction': ground(
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '条例（2019）第三十条（V）',
    ),
    'fee-not-paid': ground(
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '国办函〔2020〕109号（M）',
    ),
    'other-reason': ground('其他', '国办公开办函〔2021〕30号 年度报告格式（V）'),
  },
} as const satisfies Record<string, Record<string, GroundDefinition>>;

export type ResultWithGrounds = keyof typeof decisionGrounds;
export type DecisionGround = {
  [R in ResultWithGrounds]: keyof (typeof decisionGrounds)[R];
}[ResultWithGrounds];

export const resultLabels: Readonly<Record<DecisionResult, string>> = {
  disclosed: '予以公开',
  'partly-disclosed': '部分公开（区分处理的，只计这一情形，不计其他情形）',
  'not-disclosed': '不予公开',
  'cannot-provide': '无法提供',
  'not-processed': '不予处理',
  other: '其他处理',
};

export const resultBasis: Readonly<Record<DecisionResult, string>> = {
  disclosed: '条例（2019）第三十六条第（一）、（二）项：已主动公开的告知获取途径，可以公开的予以提供（V）',
  'partly-disclosed': '条例（2019）第三十七条：能够作区分处理的，提供可以公开的部分并说明理由（M）',
  'not-disclosed': '条例（2019）第三十六条第（三）项（V）',
  'cannot-provide': '条例（2019）第三十六条第（四）、（五）项、第三十八条（V）',
  'not-processed': '条例（2019）第三十五条、第三十六条第（六）项、第三十九条（V）',
  other: '条例（2019）第三十条；国办函〔2020〕109号（M）',
};

export const hasGrounds = (result: DecisionResult): result is ResultWithGrounds =>
  Object.hasOwn(decisionGrounds, result);

/** The grounds a result takes (empty for disclosed and partly disclosed). */
export const groundsOf = (result: DecisionResult): readonly string[] =>
  hasGrounds(result) ? Object.keys(decisionGrounds[result]) : [];

/** Who may bring which case, and the outcomes the annual report counts. */
export const caseKinds = ['review', 'suit-without-review', 'suit-after-review'] as const;
export type CaseKind = (typeof caseKinds)[number];
export const caseOutcomes = ['upheld', 'corrected', 'other'] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];

export const caseKindLabels: Readonly<Record<CaseKind, string>> = {
  review: '行政复议',
  'suit-without-review': '行政诉讼（未经复议直接起诉）',
  'suit-after-review': '行政诉讼（复议后起诉）',
};

export const caseOutcomeLabels: Readonly<Record<CaseOutcome | 'pending' | 'total', string>> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

export const deliveryMethods = ['in-person', 'post', 'electronic'] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];
