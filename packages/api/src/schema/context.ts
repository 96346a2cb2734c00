import type { TenantDirectory } from '@gongkai/domain';
import type { ApplicationViewQueries, ViewQueries } from '@gongkai/projections';
import type { CommandGateway } from '../gateway/commandGateway';
import type { ReportService } from '../reports/reportService';
import type { GongkaiContext } from '../graphql/context';

/** What the Gongkai resolvers reach through the context; the same object for every request. */
export interface GongkaiServices {
  readonly views: ViewQueries;
  /** Every write goes through it; resolvers never see the command handler. */
  readonly gateway: CommandGateway;
  readonly directory: TenantDirectory;
  /** The event store's head position (compileNationalReport pins the report to it). */
  readonly headPosition: () => Promise<number>;
  /** The server's now: the default business time of a command, and the limit of back-dating. */
  readonly now: () => Date;
  /** Idempotency key of a command sent without one. */
  readonly newMessageId: () => string;
  /** The role a caller needs to send commands; null lets any signed-in caller try (the domain's policy decides). */
  readonly writerRole: string | null;
  /** The report compiler; null when the API runs without one (compileNationalReport hashes the rollup). */
  readonly reports: ReportService | null;
  /** On-request disclosure views (依申请公开); null when the API runs without them (their queries answer null). */
  readonly applications: ApplicationViewQueries | null;
}

export interface GongkaiApiExtension {
  readonly gongkai: GongkaiServices;
}

export type GongkaiApiContext = GongkaiContext & GongkaiApiExtension;
