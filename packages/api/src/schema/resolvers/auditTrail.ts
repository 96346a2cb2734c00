import { isDomainError, tenantOfStream } from '@gongkai/domain';
import type { AuditTrail } from '@gongkai/projections';
import type { GongkaiApiContext } from '../context';
import { BadUserInputError } from '../errors/badUserInputError';
import type { AsOfArgument } from './asOf';
import { pageSize, toAsOf } from './asOf';
import { withCursorErrorsAsInput } from './cursorErrors';

export interface AuditTrailArgs {
  readonly streamId: string;
  readonly first?: number | null;
  readonly after?: string | null;
  readonly types?: readonly string[] | null;
  readonly asOf?: AsOfArgument | null;
}

const tenantOf = (streamId: string): string => {
  try {
    return tenantOfStream(streamId);
  } catch (error) {
    if (!isDomainError(error, 'INVALID_STREAM_ID')) throw error;
    throw new BadUserInputError(
      `${JSON.stringify(streamId)} is not a stream id: expected catalogueItem-<tenant>-<itemId>, pilotUnit-<tenant> or nationalReport-<tenant>-<reportId>, e.g. catalogueItem-230102-edu-enrolment-scope.`,
      'streamId',
    );
  }
};

/**
 * A stream id is not typed `TenantCode`, so the access guards cannot see its tenant: it is read from
 * the id (the domain's stream-id scheme) and checked through the same scope before anything is read.
 */
export const auditTrail = async (
  _: unknown,
  args: AuditTrailArgs,
  context: GongkaiApiContext,
): Promise<AuditTrail | null> => {
  context.scope.assertCanRead(tenantOf(args.streamId));
  const asOf = toAsOf(args.asOf);
  const options = {
    first: pageSize(args.first, 100, 1000),
    ...(args.after == null ? {} : { after: args.after }),
    ...(args.types == null ? {} : { types: args.types }),
    ...(asOf === undefined ? {} : { asOf }),
  };
  return withCursorErrorsAsInput(() => context.gongkai.views.auditTrail(args.streamId, options));
};
