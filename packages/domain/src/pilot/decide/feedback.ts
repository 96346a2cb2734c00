import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import {
  PilotFeedbackAlreadyRecordedError,
  PilotNotRegisteredError,
  assertSatisfactionInRange,
} from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { PilotUnitCommand } from '../commands';
import type { PilotUnitEvent } from '../events';
import type { PilotUnitState } from '../state';

/**
 * 社会评价 of the pilot as a whole, e.g. from its special-topic home page. The public keeps
 * evaluating after the pilot is completed (the plan asks for continuous improvement), so only
 * registration is required.
 */
export const decideRecordPilotFeedback = (
  { data }: MessageOfType<PilotUnitCommand, 'RecordPilotFeedback'>,
  state: PilotUnitState,
  context: DecisionContext,
): PilotUnitEvent[] => {
  if (state.registeredOn === null) throw new PilotNotRegisteredError({ unit: data.tenant });
  if (state.feedbackIds.includes(data.feedbackId)) {
    throw new PilotFeedbackAlreadyRecordedError({ unit: data.tenant, feedbackId: data.feedbackId });
  }
  assertSatisfactionInRange(data.satisfaction);
  assertNotInFuture(context, { field: 'recordedOn', date: data.recordedOn });
  assertNotBefore(
    { field: 'recordedOn', date: data.recordedOn },
    { field: 'registeredOn', date: state.registeredOn },
  );
  const { tenant, sampleSize, comment, ...rest } = data;
  return [
    {
      type: 'PilotFeedbackRecorded',
      data: { unit: tenant, ...rest, sampleSize: sampleSize ?? null, comment: comment ?? null },
    },
  ];
};
