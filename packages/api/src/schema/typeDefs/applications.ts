/** On-request disclosure (依申请公开): the office's queue, one application, the annual report's figures. */
export const applicationTypeDefs = /* GraphQL */ `
  "The statutory clock of an application as of a day: computed from its dated facts, never entered."
  type ApplicationClock {
    asOf: Date!
    status: ApplicationClockStatus!
    "ogi-2007 (15 + 15 working days) before 2019-05-15, ogi-2019 (20 + 20) from then on."
    regulation: String
    "The day the count starts after (receipt, or the corrected application's receipt)."
    startedOn: Date
    allowedWorkingDays: Int
    usedWorkingDays: Int!
    "The due date as it stands; null while no period runs or while paused."
    dueOn: Date
    "regulation, extension or volume-deferral."
    dueBy: String
    "consultation or fee."
    pausedFor: String
    overdueByWorkingDays: Int!
    decidedOn: Date
    onTime: Boolean
  }

  type ApplicationDecision {
    decidedOn: Date!
    result: DecisionResult!
    ground: String
    proactivelyDisclosedAt: String
  }

  type ApplicationDelivery {
    deliveredOn: Date!
    method: DeliveryMethod!
  }

  type ApplicationCase {
    caseId: ID!
    kind: CaseKind!
    filedOn: Date!
    concludedOn: Date
    outcome: CaseOutcome
  }

  "The applicant's identity and words: shown to the office's own tenant only."
  type ApplicationPersonal {
    applicantName: String
    idNumber: String
    contact: String
    address: String
    requestDescription: String
    correctedRequest: String
  }

  "One application as of a day. \`personal\` is null for every tenant but the office's own."
  type Application {
    tenant: TenantCode!
    applicationId: ID!
    asOf: Date!
    stage: ApplicationStage!
    clock: ApplicationClock!
    channel: ApplicationChannel
    receivedOn: Date
    applicantKind: ApplicantKind
    decision: ApplicationDecision
    delivery: ApplicationDelivery
    cases: [ApplicationCase!]!
    personal: ApplicationPersonal
  }

  type ApplicationQueueCounts {
    "Received and not yet answered."
    open: Int!
    "Running and due within dueSoonWithinWorkingDays working days."
    dueSoon: Int!
    overdue: Int!
    "A consultation or an unpaid fee stops the count."
    paused: Int!
    awaitingCorrection: Int!
  }

  type ApplicationStageCount {
    stage: ApplicationStage!
    count: Int!
  }

  type ApplicationQueueOffice {
    tenant: TenantCode!
    name: String!
    open: Int!
    dueSoon: Int!
    overdue: Int!
    paused: Int!
    awaitingCorrection: Int!
  }

  "An open application in a queue: stage and clock, never the applicant."
  type ApplicationQueueEntry {
    tenant: TenantCode!
    applicationId: ID!
    receivedOn: Date!
    stage: ApplicationStage!
    clock: ApplicationClock!
    dueSoon: Boolean!
  }

  "An office's queue, or every office's below a prefecture or province rolled up."
  type ApplicationQueue {
    tenant: TenantCode!
    asOf: Date!
    dueSoonWithinWorkingDays: Int!
    counts: ApplicationQueueCounts!
    "Every application received by asOf, by stage."
    byStage: [ApplicationStageCount!]!
    offices: [ApplicationQueueOffice!]!
    """
    Open applications, soonest due first (then by application id), a page at a time: \`first\` is
    1..500, 50 when not given; \`after\` is the endCursor of the previous page.
    """
    open(first: Int = 50, after: String): ApplicationQueueEntryConnection!
  }

  type ApplicationQueueEntryEdge {
    cursor: String!
    node: ApplicationQueueEntry!
  }

  "A page of a queue's open applications."
  type ApplicationQueueEntryConnection {
    edges: [ApplicationQueueEntryEdge!]!
    pageInfo: PageInfo!
    "Open applications over every page (counts.open)."
    totalCount: Int!
  }

  "One row of the applications table: a count per applicant column (natural-person … total)."
  type AnnualApplicationRow {
    key: String!
    label: String!
    group: String
    "Column key (natural-person, commercial-enterprise, …, total) → count."
    values: JSONObject!
  }

  type ProcessingFeeFigures {
    notices: Int!
    amountNotifiedYuan: Int!
    payments: Int!
    amountCollectedYuan: Int!
  }

  "The annual report's figures on applications (政府信息公开工作年度报告)."
  type AnnualReportFigures {
    year: Int!
    asOf: Date!
    "format-2019 (国办公开办函〔2019〕60号) before 2021, format-2021 (〔2021〕30号) from 2021."
    format: String!
    formatDocument: String!
    applicationColumns: [String!]!
    applications: [AnnualApplicationRow!]!
    "Case kind (review, suit-without-review, suit-after-review) → { upheld, corrected, other, pending, total }."
    reviewAndLitigation: JSONObject!
    "Other matters (2021 format); null in the 2019 format."
    processingFees: ProcessingFeeFigures
  }

  type CountyAnnualFigures {
    tenant: TenantCode!
    name: String!
    figures: AnnualReportFigures!
  }

  "A tenant's annual figures: a county's own, or the sum of the counties below."
  type AnnualFigures {
    tenant: TenantCode!
    figures: AnnualReportFigures!
    "Each county office with figures in the year (a county with none is not listed)."
    counties: [CountyAnnualFigures!]!
  }

  extend type Query {
    """
    依申请公开: the queue of a county office, or rolled up below a prefecture or province. With
    \`asOf\` (here and on \`application\` and \`annualReportFigures\`): \`date\` judges the clocks and
    figures on that day from the facts' own dates; \`position\` takes each application as it stood
    after the events up to it, judged on \`date\` when given, else today.
    """
    applicationQueue(code: TenantCode!, asOf: AsOf): ApplicationQueue
    "One application; its personal data only for the office's own tenant."
    application(tenant: TenantCode!, id: ID!, asOf: AsOf): Application
    "The annual report's figures of a tenant for a year (a county's, or its counties' sum)."
    annualReportFigures(code: TenantCode!, year: Int!, asOf: AsOf): AnnualFigures
  }
`;
