// Each input mirrors the data of one domain command (see @gongkai/domain commandSchemas); the
// domain validates it again and answers INVALID_COMMAND with one line per field to fix.
export const pilotInputTypeDefs = /* GraphQL */ `
  "RegisterPilotUnit: the province registers a county as a pilot unit."
  input RegisterPilotUnitInput {
    tenant: TenantCode!
    pilotLevel: PilotLevel!
    registeredOn: Date!
  }

  "AssignPilotAreas: the province assigns the pilot areas (试点领域)."
  input AssignPilotAreasInput {
    tenant: TenantCode!
    "Kebab-case area codes (areas.json), each once."
    areas: [String!]!
    assignedOn: Date!
  }

  "FileImplementationPlan: the county files its implementation plan (实施方案) for the record."
  input FileImplementationPlanInput {
    tenant: TenantCode!
    title: String!
    documentNumber: String
    filedOn: Date!
  }

  "SubmitSelfAssessment: the county's practices, results, difficulties and suggestions."
  input SubmitSelfAssessmentInput {
    tenant: TenantCode!
    practices: String!
    results: String!
    difficulties: String!
    suggestions: String!
    submittedOn: Date!
  }

  "RecordPilotFeedback: social evaluation or third-party assessment of the pilot as a whole (the county or above it)."
  input RecordPilotFeedbackInput {
    tenant: TenantCode!
    feedbackId: ID!
    kind: FeedbackKind!
    evaluator: String!
    "Satisfaction with the pilot on a 1–5 scale."
    satisfaction: Float!
    sampleSize: Int
    comment: String
    recordedOn: Date!
  }

  "SubmitPilotReport: the prefecture (or a province-administered county) reports to the province."
  input SubmitPilotReportInput {
    tenant: TenantCode!
    title: String!
    submittedOn: Date!
  }

  "ConductAcceptance: the prefecture or the province conducts acceptance (验收) of a county."
  input ConductAcceptanceInput {
    tenant: TenantCode!
    stage: AcceptanceStage!
    "0–100."
    score: Float!
    "Required when the pilot did not pass."
    findings: [String!]!
    passed: Boolean!
    conductedOn: Date!
  }

  "RequestRectification: whoever conducted a failed acceptance asks for rectification (整改)."
  input RequestRectificationInput {
    tenant: TenantCode!
    stage: AcceptanceStage!
    items: [String!]!
    requestedOn: Date!
    dueOn: Date!
  }

  "CompletePilot: the province closes a pilot it accepted."
  input CompletePilotInput {
    tenant: TenantCode!
    completedOn: Date!
  }
`;

export const catalogueInputTypeDefs = /* GraphQL */ `
  input ItemNameInput {
    level1Name: String!
    level2Name: String!
    level3Name: String
  }

  input ContentElementInput {
    name: String!
    required: Boolean!
  }

  input LegalBasisRefInput {
    title: String!
    docNo: String
    article: String
    kind: LegalBasisKind
  }

  input ChannelRequirementInput {
    code: ChannelCode!
    required: Boolean!
    "Required for SECTOR_PLATFORM and OTHER: the platform's name, or what the channel is."
    label: String
  }

  "One time-limit rule: give the fields its type needs (see TimeLimitRule)."
  input TimeLimitRuleInput {
    type: TimeLimitRuleType!
    days: Int
    extensionDays: Int
    event: String
    minDays: Int
    workingDays: Boolean
    date: String
  }

  input TimeLimitInput {
    "The original wording, e.g. 信息形成或者变更之日起20个工作日内."
    text: String!
    rules: [TimeLimitRuleInput!]!
  }

  "公开标准. Elements may be left empty while drafting: completeness is computed."
  input ItemStandardInput {
    name: ItemNameInput!
    legalBasis: [LegalBasisRefInput!]!
    contentElements: [ContentElementInput!]!
    subject: String!
    timeLimit: TimeLimitInput!
    mode: [Mode!]!
    channels: [ChannelRequirementInput!]!
    audience: [Audience!]!
    audienceNote: String
    levels: [Level!]!
    fiveOpenStages: [FiveOpenStage!]!
    chainStages: [ChainStage!]!
    serviceItem: Boolean
  }

  "DraftCatalogueItem: the county drafts an item in one of its assigned areas."
  input DraftCatalogueItemInput {
    tenant: TenantCode!
    "Chosen by the county: 1–64 letters, digits, _ or -."
    itemId: ID!
    areaCode: String!
    name: ItemNameInput!
    source: ItemSource!
    draftedOn: Date!
  }

  "DefineStandard: version 1 of the item's standard."
  input DefineStandardInput {
    tenant: TenantCode!
    itemId: ID!
    standard: ItemStandardInput!
    definedOn: Date!
  }

  "ReviseStandard: a numbered revision, with its reason (动态调整)."
  input ReviseStandardInput {
    tenant: TenantCode!
    itemId: ID!
    standard: ItemStandardInput!
    reason: String!
    revisedOn: Date!
  }

  "PublishCatalogueItem: the item, with a complete standard, enters the published catalogue."
  input PublishCatalogueItemInput {
    tenant: TenantCode!
    itemId: ID!
    publishedOn: Date!
  }

  "RetireCatalogueItem: the item leaves the catalogue, with a reason."
  input RetireCatalogueItemInput {
    tenant: TenantCode!
    itemId: ID!
    reason: String!
    retiredOn: Date!
  }
`;

export const disclosureInputTypeDefs = /* GraphQL */ `
  "PublishDisclosure: a publication (发布) of a published item on one of its standard's channels."
  input RecordDisclosureInput {
    tenant: TenantCode!
    itemId: ID!
    disclosureId: ID!
    title: String!
    channel: ChannelCode!
    "The platform's name for SECTOR_PLATFORM / OTHER."
    channelLabel: String
    "Required on online channels."
    url: String
    "Index number (索引号), gazette issue, board location …"
    reference: String
    "The date the time limit counts from (formed or changed, decided, requested)."
    formedOn: Date!
    publishedOn: Date!
  }

  "PublishInterpretation: a policy interpretation (解读) of a publication."
  input RecordInterpretationInput {
    tenant: TenantCode!
    itemId: ID!
    interpretationId: ID!
    "The publication it interprets."
    disclosureId: ID!
    title: String!
    form: InterpretationForm!
    channel: ChannelCode!
    url: String
    publishedOn: Date!
  }

  "RespondToConcern: a response to a public concern (回应关切)."
  input RecordResponseInput {
    tenant: TenantCode!
    itemId: ID!
    responseId: ID!
    disclosureId: ID
    concern: String!
    raisedOn: Date!
    respondedOn: Date!
    channel: ChannelCode!
    url: String
  }

  "RecordPublicFeedback: social evaluation or third-party assessment (the county or above it)."
  input RecordFeedbackInput {
    tenant: TenantCode!
    itemId: ID!
    feedbackId: ID!
    kind: FeedbackKind!
    evaluator: String!
    "Average satisfaction on a 1–5 scale."
    satisfaction: Float!
    sampleSize: Int
    comment: String
    recordedOn: Date!
  }
`;

export const reportInputTypeDefs = /* GraphQL */ `
  """
  CompileNationalReport: the province compiles a version of the overall report (总体报告). The
  server compiles the report as of the current event-store head position and the \`asOf\` date, keeps
  its files (DOCX, HTML, Markdown, JSON) and records the position and the SHA-256 of the report's
  content; CommandAccepted.report gives the download URLs. (An API run without a report compiler
  hashes the national rollup instead and gives no files.)
  """
  input CompileNationalReportInput {
    tenant: TenantCode!
    reportId: ID!
    title: String!
    compiledOn: Date!
    "The business date the report speaks as of (events dated later are left out); default compiledOn."
    asOf: Date
  }

  "SubmitNationalReport: the province submits the last compiled version to the State Council."
  input SubmitNationalReportInput {
    tenant: TenantCode!
    reportId: ID!
    "The content hash of the last compiled version (in its NationalReportCompiled event data)."
    contentHash: String!
    submittedOn: Date!
  }
`;
