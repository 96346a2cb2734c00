export const queryTypeDefs = /* GraphQL */ `
  """
  Reads. Every root field needs a signed-in caller, and every tenant named must be the caller's own
  or below it on the reporting line (TENANT_FORBIDDEN otherwise). Views are null for unknown units.
  Read-your-writes: send the header X-Gongkai-Min-Position with the position a mutation answered;
  the query waits (bounded, 2 s by default) until the read models have projected it, else it is
  answered NOT_YET_PROJECTED with the read models' current position in extensions.position.
  """
  type Query {
    me: Me!

    """
    Units of the tenant directory the caller may read: the children of \`parent\`, or without it
    the caller's own unit and every unit below it.
    """
    tenants(parent: TenantCode): [TenantUnit!]!

    countyView(code: TenantCode!, asOf: AsOf): CountyView
    prefectureView(code: TenantCode!, asOf: AsOf): PrefectureView
    provinceView(code: TenantCode!, asOf: AsOf): ProvinceView

    "The State Council view across provinces: for the national viewer (tenant 000000) only."
    nationalRollup(asOf: AsOf): NationalRollup!

    """
    The catalogue of a county, or of every county below a prefecture or province, as a Relay
    connection. \`first\` is 1..500.
    """
    catalogue(
      tenant: TenantCode!
      "Kebab-case area code, e.g. compulsory-education."
      area: String
      status: CatalogueItemStatus
      filter: CatalogueFilter
      first: Int = 20
      "The endCursor of the previous page."
      after: String
    ): CatalogueConnection!

    catalogueItem(tenant: TenantCode!, id: ID!, asOf: AsOf): CatalogueItem

    """
    Every event of a stream (catalogueItem-<tenant>-<id>, pilotUnit-<tenant>,
    nationalReport-<tenant>-<id>): who did what, when and why. The tenant is read from the stream
    id and checked like any tenant argument. \`first\` is 1..1000.
    """
    auditTrail(
      streamId: String!
      first: Int = 100
      "The endCursor of the previous page."
      after: String
      "Only these event types."
      types: [String!]
      asOf: AsOf
    ): AuditTrail

    "Milestones of the tenant and of every unit below it."
    milestones(tenant: TenantCode!, asOf: AsOf): Milestones

    """
    The outcome of a mutation the caller sent, by the messageId its CommandResult gave: the latest
    answer (duplicate: true once it was sent again), kept across restarts for 30 days.
    """
    intakeStatus(messageId: String!): IntakeStatus!

    """
    考核评估: the score of every pilot unit below a province or prefecture, and of every prefecture,
    under the platform's scoring rules (the same as in the reports). Null for other tenants.
    """
    assessment(code: TenantCode!, asOf: AsOf): Assessment
  }

  "The assessment of the pilot units below a tenant."
  type Assessment {
    tenant: TenantCode!
    "The name of the scoring rules applied."
    rules: String!
    position: Int!
    date: Date!
    weights: [AssessmentWeight!]!
    "Pilot units by code."
    units: [UnitScore!]!
    "Prefectures with scored units, by code; a prefecture scores the mean of its units."
    prefectures: [PrefectureScore!]!
  }

  type AssessmentWeight {
    indicator: String!
    name: String!
    weight: Float!
  }

  type UnitScore {
    tenant: TenantCode!
    name: String!
    pilotLevel: String
    "The prefecture it reports to; null for a province-administered county."
    prefecture: TenantCode
    "0–100."
    score: Float!
    rank: Int!
  }

  type PrefectureScore {
    tenant: TenantCode!
    name: String!
    units: Int!
    score: Float!
    rank: Int!
  }
`;
