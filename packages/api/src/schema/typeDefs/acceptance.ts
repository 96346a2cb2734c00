export const acceptanceTypeDefs = /* GraphQL */ `
  "One stage of acceptance (验收): by the prefecture, or by the province."
  type AcceptanceStageResult {
    stage: AcceptanceStage!
    "At least one acceptance was conducted at this stage."
    conducted: Boolean!
    "Acceptances at this stage (re-acceptance after rectification counts again)."
    attempts: Int!
    "Score (0–100) of the latest acceptance at this stage."
    score: Float
    passed: Boolean
    findingsCount: Int!
    findings: [String!]!
    conductedBy: TenantCode
    conductedOn: Date
  }

  "A rectification (整改) requested after a failed acceptance."
  type Rectification {
    stage: AcceptanceStage!
    requestedBy: TenantCode!
    items: [String!]!
    requestedOn: Date!
    dueOn: Date!
    "Not yet closed by a later acceptance at the same stage."
    open: Boolean!
  }

  "The implementation plan (实施方案) filed for the record."
  type ImplementationPlan {
    version: Int!
    title: String!
    documentNumber: String
    filedWith: TenantCode!
    filedOn: Date!
  }

  "The pilot work report (试点工作报告) sent to the province."
  type PilotReportSubmission {
    title: String!
    submittedBy: TenantCode!
    submittedTo: TenantCode!
    submittedOn: Date!
  }

  type PilotCompletion {
    completed: Boolean!
    finalScore: Float
    completedOn: Date
  }

  "A unit's self-assessment (自评总结): 主要做法、成效、困难问题、建议."
  type SelfAssessment {
    practices: String!
    results: String!
    difficulties: String!
    suggestions: String!
    submittedOn: Date!
  }

  "A pilot unit from registration to completion."
  type Acceptance {
    status: PilotStatus!
    pilotLevel: PilotLevel
    registeredOn: Date
    "Assigned pilot areas (kebab-case area codes)."
    areas: [String!]!
    plan: ImplementationPlan
    selfAssessmentSubmittedOn: Date
    "The latest self-assessment: the practices, results, difficulties and suggestions the reports quote."
    selfAssessment: SelfAssessment
    pilotReport: PilotReportSubmission
    "Null when the unit reports to the province directly (no prefecture stage)."
    prefecture: AcceptanceStageResult
    province: AcceptanceStageResult!
    rectifications: [Rectification!]!
    openRectifications: Int!
    completion: PilotCompletion!
  }

  "Acceptance over a set of units."
  type AcceptanceSummary {
    units: Int!
    registered: Int!
    planFiled: Int!
    selfAssessed: Int!
    reported: Int!
    prefectureAccepted: Int!
    prefecturePassed: Int!
    provinceAccepted: Int!
    provincePassed: Int!
    failed: Int!
    rectifying: Int!
    completed: Int!
    "Mean of the latest province acceptance scores."
    averageProvinceScore: Float
  }

  "One milestone of the pilot schedule and where a unit stands on it."
  type MilestoneStatus {
    "Stable id from the plan's schedule, e.g. M-07."
    id: String!
    kind: MilestoneKind!
    "Chinese description, as in the plan."
    description: String!
    descriptionEn: String!
    dueDate: Date!
    "The plan's wording of the due date, e.g. 2018年8月底前."
    dueDateText: String!
    pilotLevels: [PilotLevel!]!
    "The event types that complete it, any one of them (M-03: a prefecture's own plan or a province-administered county's pilot plan); empty when the platform records none (state UNTRACKED)."
    completedBy: [String!]!
    state: MilestoneState!
    completedOn: Date
    "Calendar days late: at completion when completed late, at the basis date when overdue."
    daysLate: Int!
  }

  type MilestoneCounts {
    total: Int!
    completed: Int!
    completedLate: Int!
    pending: Int!
    overdue: Int!
    untracked: Int!
  }

  "The milestones one unit answers for."
  type UnitMilestones {
    tenant: TenantCode!
    "Reporting-line ancestors, nearest first (000000 last)."
    ancestors: [TenantCode!]!
    name: String!
    tier: Tier!
    "The date the statuses are judged on."
    asOf: Date!
    "Every milestone the unit answers for, by due date."
    milestones: [MilestoneStatus!]!
    counts: MilestoneCounts!
    overdue: [MilestoneStatus!]!
  }

  "Milestones of a tenant and of every unit below it."
  type Milestones {
    tenant: TenantCode!
    ancestors: [TenantCode!]!
    basis: ViewBasis!
    "The tenant itself (when it answers for milestones), then its descendant units, by code."
    units: [UnitMilestones!]!
    "Summed over units."
    counts: MilestoneCounts!
  }
`;
