export const auditTypeDefs = /* GraphQL */ `
  "Who sent a command. Public: a county may see that its province acted on its stream."
  type Actor @public {
    "Principal id (JWT subject, source-system id, or system:<name>)."
    id: String!
    tier: Tier!
    "The tenant the actor acted from."
    tenant: TenantCode!
  }

  "One event of a stream: what, who, when, why."
  type AuditEntry {
    position: Int!
    "0-based revision within the stream."
    revision: Int!
    eventId: ID!
    type: String!
    "The version the event was stored at (data is upcast to the current version)."
    storedSchemaVersion: Int!
    "What the event means (the event catalogue's description)."
    description: String!
    actor: Actor!
    "Business time."
    occurredAt: DateTime!
    "Store time."
    recordedAt: DateTime!
    "The reason the event gives (revision, retirement), else null."
    reason: String
    correlationId: String!
    causationId: String
    "The event's data at its current schema version."
    data: JSONObject!
  }

  "Every event of one stream, oldest first."
  type AuditTrail {
    tenant: TenantCode!
    ancestors: [TenantCode!]!
    streamId: String!
    entries: [AuditEntry!]!
    pageInfo: PageInfo!
  }
`;
