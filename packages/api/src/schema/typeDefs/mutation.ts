// The Mutation type itself is generated from the domain's registry (../commandInputs).

/** The Mutation type's description. */
export const mutationDescription = `Writes. Each mutation sends one domain command (named in its description) for \`input.tenant\` and
answers a CommandResult: CommandAccepted when the events are stored, CommandRejected with the
domain's code and a message saying what to fix, CommandPending when the outcome did not come back
through the intake in time (intakeStatus tells it later). Signing in, naming a tenant outside the caller's
subtree, lacking the writer role, or acting where the domain's policy does not allow it are
GraphQL errors (UNAUTHENTICATED, TENANT_FORBIDDEN, FORBIDDEN, ROLE_FORBIDDEN).

Every mutation takes \`messageId\`, an idempotency key (send the same one when retrying: the
command is stored once and the first outcome comes back with duplicate: true; the same id with
another input is the error MESSAGE_ID_CONFLICT and stores nothing; one is generated when
left out), and \`occurredAt\`, the business time of the command (default: the server's now; an
earlier instant back-dates it, a later one is refused).`;

/** What every mutation answers. */
export const commandResultTypeDefs = /* GraphQL */ `
  "An event the command stored."
  type DecidedEvent {
    eventId: ID!
    type: String!
    "The event's data."
    data: JSONObject!
  }

  "The command was decided and its events are stored."
  type CommandAccepted {
    "The idempotency key: the one sent, or the one generated."
    messageId: String!
    commandType: String!
    streamId: String!
    "The stream's revision after the command (-1 when the stream is still empty)."
    revision: Int!
    """
    Global event-store position of the last event: send it as the X-Gongkai-Min-Position header of a
    query to read your write (or ask views asOf this position).
    """
    position: Int!
    eventIds: [ID!]!
    events: [DecidedEvent!]!
    "The message had been handled before; nothing new was stored."
    duplicate: Boolean!
    "compileNationalReport only: the report compiled, with its download URLs."
    report: CompiledReport
  }

  "A compiled report: the state it was compiled at, its content hash and its files."
  type CompiledReport {
    "The province that reports."
    tenant: TenantCode!
    title: String!
    "The event-store position compiled at: compiling again there gives byte-identical files."
    position: Int!
    "The date the report speaks as of."
    date: Date!
    "SHA-256 of the report's content (the same for every format); NationalReportCompiled records it."
    contentHash: String!
    files: [ReportFile!]!
  }

  "One format of a compiled report."
  type ReportFile {
    "docx, html, md or json."
    format: String!
    mediaType: String!
    "Path on this API to GET the file, with the same bearer token (readers of the tenant only)."
    url: String!
  }

  "The domain refused the command; nothing was stored."
  type CommandRejected {
    messageId: String!
    commandType: String!
    "Stable code, e.g. STANDARD_INCOMPLETE, INVALID_COMMAND, DATE_IN_FUTURE."
    code: String!
    "What to fix."
    message: String!
    "Facts about the refusal (for INVALID_COMMAND: issues, one line per field)."
    details: JSONObject
  }

  """
  The command is on its way through the intake but its outcome did not arrive within the wait;
  nothing is lost: ask intakeStatus(messageId) for it later.
  """
  type CommandPending {
    messageId: String!
    commandType: String!
  }

  union CommandResult = CommandAccepted | CommandRejected | CommandPending

  enum IntakeState {
    "Sent, no outcome yet."
    PENDING
    ACCEPTED
    REJECTED
    "No message with this id was sent by the caller through this API (or it was too long ago)."
    UNKNOWN
  }

  "What became of a message the caller sent."
  type IntakeStatus {
    messageId: String!
    "The tenant the message acted for (the caller's own while UNKNOWN)."
    tenant: TenantCode!
    state: IntakeState!
    "ACCEPTED: where its events are stored."
    streamId: String
    revision: Int
    position: Int
    eventIds: [ID!]
    duplicate: Boolean
    "REJECTED: the domain's code and what to fix."
    code: String
    message: String
  }
`;
