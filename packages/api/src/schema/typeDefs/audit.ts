export const auditTypeDefs = /* GraphQL */ `
  """
  Who sent a command: the acting unit and its role, for every reader (a county may see that its
  province acted on its stream); the person only for readers of the actor's own unit.
  """
  type Actor @public {
    """
    Principal id (JWT subject, source-system id, system:<name> or public:<channel>), shown only to
    readers acting from the actor's own tenant; null elsewhere, as a subject may be a person's name
    or e-mail address.
    """
    id: String
    "What the actor acted as: an official of its unit, the platform itself, or the public."
    role: ActorRole!
    tier: Tier!
    "The tenant (unit) the actor acted from."
    tenant: TenantCode!
  }

  "What an actor acted as."
  enum ActorRole {
    "An official (a token holder or a tenant system) acting for its unit."
    OFFICIAL
    "The platform itself (system:<name>), e.g. the bridge or a migration."
    PLATFORM
    "A member of the public (public:<channel>), e.g. feedback on the special-topic site."
    PUBLIC
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
