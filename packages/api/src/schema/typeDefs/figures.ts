export const figuresTypeDefs = /* GraphQL */ `
  type FiveOpenStageCount {
    stage: FiveOpenStage!
    "Current (not retired) items whose standard covers the stage."
    items: Int!
  }

  type ChainStageCount {
    stage: ChainStage!
    "Current (not retired) items whose standard covers the stage."
    items: Int!
  }

  type ModeCount {
    mode: Mode!
    items: Int!
  }

  type LevelCount {
    level: Level!
    items: Int!
  }

  type ItemSourceCount {
    source: ItemSource!
    items: Int!
  }

  "Catalogue and standards (indicators 2–7, 16). Current items are drafts and published items."
  type CatalogueFigures {
    "Every item ever drafted, retired ones included."
    itemsTotal: Int!
    "Drafts and published items (the catalogue as it stands)."
    items: Int!
    draft: Int!
    published: Int!
    retired: Int!
    "Distinct level-1 categories among current items."
    level1Categories: Int!
    "Current items with a standard (any version)."
    withStandard: Int!
    "Current items whose standard is complete (indicator 3)."
    completeStandards: Int!
    "completeStandards ÷ items; null when there are no items."
    completenessRate: Float
    "Mean completeness score (0..1) of current items with a standard."
    averageCompletenessScore: Float
    "五公开 coverage (indicator 4): decision, execution, management, service, result."
    fiveOpenStages: [FiveOpenStageCount!]!
    "发布/解读/回应 coverage: publication, interpretation, response."
    chainStages: [ChainStageCount!]!
    "Proactive / on-request (indicator 5)."
    byMode: [ModeCount!]!
    "County / township … level (indicator 6)."
    byLevel: [LevelCount!]!
    "Source list the items were traced to (indicator 7)."
    bySource: [ItemSourceCount!]!
    "Numbered standard revisions (动态调整, indicator 16)."
    revisions: Int!
  }

  type TimelinessFigures {
    onTime: Int!
    late: Int!
    "The item's time limit sets no working-day deadline (及时, 实时, …)."
    notAssessed: Int!
    "onTime ÷ (onTime + late) (indicator 9); null when nothing was assessed."
    onTimeRate: Float
    "Mean working days from formation to publication, over assessed publications."
    averageWorkingDaysTaken: Float
    "Mean working days past the deadline, over late publications."
    averageWorkingDaysLate: Float
  }

  type ChannelFigures {
    channel: ChannelCode!
    "Chinese checkbox label of the channel (公开渠道和载体)."
    channelName: String!
    disclosures: Int!
    timeliness: TimelinessFigures!
  }

  "Publications (indicators 8–9)."
  type DisclosureFigures {
    total: Int!
    timeliness: TimelinessFigures!
    "Channels with at least one publication, most used first."
    byChannel: [ChannelFigures!]!
    "Publications with an interpretation linked to them."
    interpreted: Int!
    "Publications with a response linked to them."
    responded: Int!
  }

  type InterpretationFormCount {
    form: InterpretationForm!
    count: Int!
  }

  "Policy interpretations (indicator 10)."
  type InterpretationFigures {
    total: Int!
    "Within 3 working days of the publication interpreted."
    onTime: Int!
    late: Int!
    onTimeRate: Float
    byForm: [InterpretationFormCount!]!
  }

  type ChannelCount {
    channel: ChannelCode!
    count: Int!
  }

  "Responses to public concerns (indicator 11)."
  type ResponseFigures {
    total: Int!
    linkedToDisclosure: Int!
    averageWorkingDaysTaken: Float
    byChannel: [ChannelCount!]!
  }

  type FeedbackSourceFigures {
    kind: FeedbackKind!
    count: Int!
    averageSatisfaction: Float
    sampleSize: Int!
  }

  "Social evaluation and third-party assessment (indicator 17)."
  type FeedbackFigures {
    count: Int!
    "Mean satisfaction on the 1–5 scale, each record weighted 1."
    averageSatisfaction: Float
    "Sum of the sample sizes given."
    sampleSize: Int!
    bySource: [FeedbackSourceFigures!]!
  }

  "The indicator block every tier shows: one unit, one area, or a roll-up of units."
  type IndicatorFigures {
    catalogue: CatalogueFigures!
    disclosures: DisclosureFigures!
    interpretations: InterpretationFigures!
    responses: ResponseFigures!
    feedback: FeedbackFigures!
  }

  "The indicator block of one pilot area (试点领域)."
  type AreaFigures {
    "Kebab-case area code (areas.json), e.g. compulsory-education."
    area: String!
    "Chinese name of the area, e.g. 义务教育; the code when unknown."
    areaName: String!
    "The area is assigned to the unit (to at least one unit in a roll-up)."
    assigned: Boolean!
    "At least one published item in the area (indicator 1)."
    hasPublishedCatalogue: Boolean!
    catalogue: CatalogueFigures!
    disclosures: DisclosureFigures!
    interpretations: InterpretationFigures!
    responses: ResponseFigures!
    feedback: FeedbackFigures!
  }
`;
