export const catalogueTypeDefs = /* GraphQL */ `
  "名称: level-1 category, level-2 concrete item, optional level-3 sub-item."
  type ItemName {
    level1Name: String!
    level2Name: String!
    level3Name: String
  }

  "公开内容（要素）: a data element that must (●) or may (〇) be shown."
  type ContentElement {
    name: String!
    required: Boolean!
  }

  "公开依据: a law, regulation or document requiring the disclosure."
  type LegalBasisRef {
    title: String!
    docNo: String
    article: String
    kind: LegalBasisKind
  }

  "公开渠道和载体: a channel the standard requires (■) or allows (□)."
  type ChannelRequirement {
    code: ChannelCode!
    "Chinese checkbox label of the channel."
    name: String!
    required: Boolean!
    "Names the sector platform, or what OTHER is."
    label: String
  }

  """
  One machine-readable time-limit rule. Which fields are set depends on \`type\`: \`days\` for the
  WORKING_DAYS_AFTER_* rules (\`extensionDays\` after a request, \`event\` after an event),
  \`minDays\` and \`workingDays\` for PUBLICITY_PERIOD, \`date\` (YYYY-MM-DD or MM-DD yearly) for
  BEFORE_DEADLINE; none for the rest.
  """
  type TimeLimitRule {
    type: TimeLimitRuleType!
    days: Int
    extensionDays: Int
    event: String
    minDays: Int
    workingDays: Boolean
    date: String
  }

  "公开时限: the original wording and the rules read from it."
  type TimeLimit {
    text: String!
    rules: [TimeLimitRule!]!
  }

  "公开标准 of one item: the six elements of the plan plus audience, mode, level and stage coverage."
  type ItemStandard {
    name: ItemName!
    legalBasis: [LegalBasisRef!]!
    contentElements: [ContentElement!]!
    "公开主体: the body responsible for publishing."
    subject: String!
    timeLimit: TimeLimit!
    mode: [Mode!]!
    channels: [ChannelRequirement!]!
    audience: [Audience!]!
    audienceNote: String
    levels: [Level!]!
    fiveOpenStages: [FiveOpenStage!]!
    chainStages: [ChainStage!]!
    serviceItem: Boolean
  }

  "Computed from the standard, never entered."
  type StandardCompleteness {
    complete: Boolean!
    "Share of elements present, 0..1."
    score: Float!
    "Elements still missing, in the order of the plan."
    missing: [StandardElement!]!
  }

  "Version 1 of a standard, or a numbered revision (动态调整)."
  type StandardVersion {
    version: Int!
    "Null for version 1; the revision's reason otherwise."
    reason: String
    "Elements that changed from the previous version."
    changedElements: [String!]!
    datedOn: Date!
    "Event-store position of the event that recorded it."
    position: Int!
  }

  "Timeliness computed against the item's time limit, in working days."
  type Timeliness {
    "The time-limit rule the deadline comes from, e.g. working-days-after-formation."
    rule: String!
    allowedWorkingDays: Int!
    deadline: Date!
    workingDaysTaken: Int!
    onTime: Boolean!
  }

  "A publication (发布) of the item."
  type Disclosure {
    disclosureId: String!
    title: String!
    channel: ChannelCode!
    channelName: String!
    channelLabel: String
    url: String
    "Index number (索引号), gazette issue, board location …"
    reference: String
    formedOn: Date!
    publishedOn: Date!
    timeliness: Timeliness
    timelinessState: TimelinessState!
    interpretationIds: [String!]!
    responseIds: [String!]!
  }

  "A policy interpretation (解读) of a publication."
  type Interpretation {
    interpretationId: String!
    disclosureId: String!
    title: String!
    form: InterpretationForm!
    channel: ChannelCode!
    url: String
    publishedOn: Date!
    timeliness: Timeliness!
  }

  "A response to a public concern (回应关切)."
  type ConcernResponse {
    responseId: String!
    disclosureId: String
    concern: String!
    raisedOn: Date!
    respondedOn: Date!
    channel: ChannelCode!
    url: String
    workingDaysTaken: Int!
  }

  "Social evaluation or third-party assessment of the item."
  type PublicFeedback {
    feedbackId: String!
    kind: FeedbackKind!
    evaluator: String!
    "Satisfaction on the 1–5 scale."
    satisfaction: Float!
    sampleSize: Int
    comment: String
    recordedOn: Date!
  }

  "A disclosure item (公开事项) of a county's catalogue, with its standard and its disclosures."
  type CatalogueItem {
    tenant: TenantCode!
    ancestors: [TenantCode!]!
    itemId: String!
    "The event stream of the item; pass it to auditTrail."
    streamId: String!
    "Kebab-case area code."
    area: String!
    areaName: String!
    status: CatalogueItemStatus!
    "The draft's working name, then the standard's name."
    name: ItemName!
    source: ItemSource!
    draftedOn: Date!
    standard: ItemStandard
    "0 before a standard is defined."
    standardVersion: Int!
    standardDatedOn: Date
    "Null before a standard is defined."
    completeness: StandardCompleteness
    "Version 1 and every numbered revision, oldest first."
    standardHistory: [StandardVersion!]!
    publishedOn: Date
    publishedStandardVersion: Int
    retiredOn: Date
    retirementReason: String
    "By publication date, then id."
    disclosures: [Disclosure!]!
    interpretations: [Interpretation!]!
    responses: [ConcernResponse!]!
    feedback: [PublicFeedback!]!
    "The latest business date recorded on the item."
    latestOn: Date
    "Position of the last event of the item the view includes."
    position: Int!
  }

  "Narrows the catalogue; every field given must match."
  input CatalogueFilter {
    level1Name: String
    source: ItemSource
    "Standard complete (true) or not complete / missing (false)."
    complete: Boolean
    fiveOpenStage: FiveOpenStage
    chainStage: ChainStage
    mode: Mode
    level: Level
    "The standard requires or allows this channel."
    channel: ChannelCode
    "At least one publication (true) or none (false)."
    disclosed: Boolean
  }

  type CatalogueEdge {
    cursor: String!
    node: CatalogueItem!
  }

  "The catalogue, ordered by tenant, area, level-1 name, level-2 name and id."
  type CatalogueConnection {
    edges: [CatalogueEdge!]!
    pageInfo: PageInfo!
    "Items matching the query, over every page."
    totalCount: Int!
    basis: ViewBasis!
  }
`;
