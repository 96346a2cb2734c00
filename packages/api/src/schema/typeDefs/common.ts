export const commonTypeDefs = /* GraphQL */ `
  """
  "As of": which events a view is computed from. Give exactly one field: \`position\` (only events up
  to that event-store position, inclusive) or \`date\` (only events whose business time falls on or
  before that China date; milestones are judged on it). Leave \`asOf\` out for the live view.
  Errors: \`INVALID_AS_OF\` (not a position ≥ 0 or not a real date: send one);
  \`HISTORY_MISSING\` (the read models were projected without the history time travel reads, e.g.
  by an older version: an operator rebuilds them with \`gongkai rebuild\`, then ask again; live
  views are unaffected). A query may ask at most \`GONGKAI_MAX_AS_OF_FIELDS\` (4) fields \`asOf\`
  (each alias and fragment spread counts): past it, \`TOO_MANY_AS_OF_FIELDS\`.
  """
  input AsOf {
    position: Int
    date: Date
  }

  "The \`asOf\` a view was asked for."
  type RequestedAsOf {
    position: Int
    date: Date
  }

  "What a view reflects."
  type ViewBasis {
    "The highest event-store position the view includes."
    position: Int!
    "The business date milestones and overdue are judged on (today's China date when not given)."
    date: Date!
    "The \`asOf\` asked for; null for a live view."
    asOf: RequestedAsOf
  }

  "Relay page information."
  type PageInfo {
    hasNextPage: Boolean!
    "Pass as \`after\` to get the next page; null on an empty page."
    endCursor: String
  }

  "A government unit of the tenant directory (GB/T 2260); Chinese names as in the seed data."
  type TenantUnit {
    tenant: TenantCode!
    "The same division code as \`tenant\`."
    code: TenantCode!
    "Chinese name, e.g. 道里区."
    name: String!
    nameEn: String!
    tier: Tier!
    "The unit it reports to (the province for a province-administered county); null for the nation."
    parent: TenantCode
    "For counties: the prefecture it lies in geographically."
    geographicPrefecture: TenantCode
    provinceDirectlyAdministered: Boolean!
    "Set for pilot units."
    pilotLevel: PilotLevel
  }

  "The signed-in caller."
  type Me {
    "JWT subject."
    id: String!
    "The tenant the caller acts from (000000 for the national viewer)."
    tenant: TenantCode!
    tier: Tier!
    roles: [String!]!
    "The caller's own unit; null when the directory does not know it."
    unit: TenantUnit
  }
`;
