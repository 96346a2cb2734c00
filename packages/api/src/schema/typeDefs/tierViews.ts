export const tierViewTypeDefs = /* GraphQL */ `
  "A county-level unit (县/市/区): its catalogue, disclosures, acceptance and milestones."
  type CountyView {
    tenant: TenantCode!
    ancestors: [TenantCode!]!
    "Chinese name, e.g. 道里区."
    name: String!
    nameEn: String!
    tier: Tier!
    basis: ViewBasis!
    pilotLevel: PilotLevel
    "The unit it reports to (the province for a province-administered county)."
    reportingParent: TenantCode
    "The prefecture it lies in geographically."
    geographicPrefecture: TenantCode
    provinceDirectlyAdministered: Boolean!
    "Areas assigned to the pilot (kebab-case codes)."
    assignedAreas: [String!]!
    "Assigned areas with at least one published item (indicator 1)."
    areasCovered: Int!
    "The whole catalogue and its activity."
    totals: IndicatorFigures!
    "Per area: assigned areas first (in assignment order), then any other area with items."
    byArea: [AreaFigures!]!
    "Null when the county never registered as a pilot unit."
    acceptance: Acceptance
    milestones: UnitMilestones!
  }

  "One county, one row: the per-county comparison of the prefecture and province views."
  type CountyComparisonRow {
    tenant: TenantCode!
    ancestors: [TenantCode!]!
    name: String!
    pilotLevel: PilotLevel
    provinceDirectlyAdministered: Boolean!
    status: PilotStatus!
    assignedAreas: Int!
    areasCovered: Int!
    items: Int!
    publishedItems: Int!
    completeStandards: Int!
    completenessRate: Float
    disclosures: Int!
    onTimeRate: Float
    interpretations: Int!
    responses: Int!
    feedbackCount: Int!
    averageSatisfaction: Float
    revisions: Int!
    prefectureAcceptanceScore: Float
    prefectureAcceptancePassed: Boolean
    provinceAcceptanceScore: Float
    provinceAcceptancePassed: Boolean
    findingsCount: Int!
    openRectifications: Int!
    completed: Boolean!
    overdueMilestones: Int!
  }

  "Indicators, acceptance and milestones summed over a set of counties."
  type RollupFigures {
    counties: Int!
    assignedAreas: Int!
    areasCovered: Int!
    totals: IndicatorFigures!
    "Per area, summed over the counties."
    byArea: [AreaFigures!]!
    acceptance: AcceptanceSummary!
    overdueMilestones: Int!
  }

  "The roll-up of the national or of the provincial pilots."
  type PilotLevelRollup {
    pilotLevel: PilotLevel!
    counties: Int!
    assignedAreas: Int!
    areasCovered: Int!
    totals: IndicatorFigures!
    byArea: [AreaFigures!]!
    acceptance: AcceptanceSummary!
    overdueMilestones: Int!
  }

  "A prefecture-level unit (地级市/地区) and the counties that report to it."
  type PrefectureView {
    tenant: TenantCode!
    ancestors: [TenantCode!]!
    name: String!
    nameEn: String!
    tier: Tier!
    basis: ViewBasis!
    "Summed over the counties that report to it."
    rollup: RollupFigures!
    "National vs provincial pilots among its counties; levels without units are left out."
    byPilotLevel: [PilotLevelRollup!]!
    "Its counties, by code."
    counties: [CountyComparisonRow!]!
    "The prefecture's own milestones."
    milestones: UnitMilestones!
  }

  "A prefecture and its counties inside the province view."
  type PrefectureSummaryRow {
    tenant: TenantCode!
    ancestors: [TenantCode!]!
    name: String!
    rollup: RollupFigures!
    counties: [CountyComparisonRow!]!
  }

  type OverallReportVersion {
    version: Int!
    title: String!
    "The event-store position the version was compiled as of."
    position: Int!
    compiledOn: Date!
  }

  type OverallReportSubmission {
    version: Int!
    position: Int!
    submittedTo: TenantCode!
    submittedOn: Date!
  }

  "The overall report (总体报告) to the State Council General Office."
  type OverallReport {
    reportId: String!
    "Compiled versions; the latest last."
    versions: [OverallReportVersion!]!
    submitted: OverallReportSubmission
  }

  "A province: every prefecture and directly administered county, national vs provincial pilots."
  type ProvinceView {
    tenant: TenantCode!
    ancestors: [TenantCode!]!
    name: String!
    nameEn: String!
    tier: Tier!
    basis: ViewBasis!
    "Every county in the province."
    rollup: RollupFigures!
    "National and provincial pilots side by side (always both, national first)."
    byPilotLevel: [PilotLevelRollup!]!
    "Every prefecture with its counties, by code."
    prefectures: [PrefectureSummaryRow!]!
    "The province-administered counties (省直接管理县), by code."
    directlyAdministeredCounties: [CountyComparisonRow!]!
    "Every county, by code."
    counties: [CountyComparisonRow!]!
    milestones: UnitMilestones!
    "The overall report, when one was compiled."
    overallReport: OverallReport
  }

  "The August report's figures for one province."
  type ProvinceRollupRow {
    tenant: TenantCode!
    ancestors: [TenantCode!]!
    name: String!
    "The report is about the national pilots."
    nationalPilots: PilotLevelRollup!
    provincialPilots: PilotLevelRollup!
    "All counties of the province."
    all: RollupFigures!
    "Annex B: the acceptance result of every national pilot unit."
    acceptanceResults: [CountyComparisonRow!]!
    overallReport: OverallReport
    overdueMilestones: Int!
  }

  "The State Council view across provinces (tenant 000000)."
  type NationalRollup {
    tenant: TenantCode!
    ancestors: [TenantCode!]!
    basis: ViewBasis!
    "Every province with data, by code."
    provinces: [ProvinceRollupRow!]!
    nationalPilots: PilotLevelRollup!
    provincialPilots: PilotLevelRollup!
  }
`;
