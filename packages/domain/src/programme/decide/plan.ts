import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture, requireTenant } from '../../context';
import type { MessageOfType } from '../../primitives';
import { NATIONAL_TENANT } from '../../tenants/types';
import type { PilotProgrammeCommand } from '../commands';
import { ProgrammeTierInvalidError } from '../errors';
import type { PilotProgrammeEvent } from '../events';
import type { PilotProgrammeState } from '../state';

/**
 * A province files its own plan with the State Council General Office (M-02), a prefecture with
 * the province (M-03); 备案 is a filing, not an approval. Filing again numbers a new version.
 */
export const decideFileProgrammePlan = (
  { data }: MessageOfType<PilotProgrammeCommand, 'FileProgrammePlan'>,
  state: PilotProgrammeState,
  context: DecisionContext,
): PilotProgrammeEvent[] => {
  const organ = requireTenant(context.directory, data.tenant);
  if (organ.tier !== 'province' && organ.tier !== 'prefecture') {
    throw new ProgrammeTierInvalidError({
      tenant: data.tenant,
      tier: organ.tier,
      allowed: ['province', 'prefecture'],
    });
  }
  assertNotInFuture(context, { field: 'filedOn', date: data.filedOn });
  assertNotBefore(
    { field: 'filedOn', date: data.filedOn },
    { field: 'previous plan filedOn', date: state.plan?.filedOn },
  );
  return [
    {
      type: 'ProgrammePlanFiled',
      data: {
        organ: data.tenant,
        version: (state.plan?.version ?? 0) + 1,
        title: data.title,
        documentNumber: data.documentNumber ?? null,
        filedWith: organ.parentCode ?? NATIONAL_TENANT,
        filedOn: data.filedOn,
      },
    },
  ];
};
