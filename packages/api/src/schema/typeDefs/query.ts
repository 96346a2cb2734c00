export const queryTypeDefs = /* GraphQL */ `
  """
  Reads. Every root field needs a signed-in caller, and every tenant named must be the caller's own
  or below it on the reporting line (TENANT_FORBIDDEN otherwise). Views are null for unknown units.
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

    "The outcome of a mutation the caller sent, by the messageId its CommandResult gave."
    intakeStatus(messageId: String!): IntakeStatus!
  }
`;
