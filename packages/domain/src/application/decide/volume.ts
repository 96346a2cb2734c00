import type { DecisionContext } from '../../context';
import type { MessageOfType } from '../../primitives';
import type { ApplicationCommand } from '../commands';
import {
  VolumeAlreadyDeferredError,
  VolumeDeferralNotApplicableError,
  VolumeDeferralNotLaterError,
} from '../errors';
import type { ApplicationEvent } from '../events';
import { regulations } from '../regulation';
import type { ApplicationState } from '../state';
import { assertStepDate, clockOn, requireOpen } from './guards';

/**
 * The volume check (条例（2019）第三十五条): a request clearly beyond a reasonable volume is either
 * unreasonable (answered not-processed / unreasonable-mass-requests) or reasonable but impossible in
 * time, when the applicant is told a later date. This records the later date.
 */
export const decideDeferForVolume = (
  { data }: MessageOfType<ApplicationCommand, 'DeferForVolume'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  const application = requireOpen(state, data.applicationId);
  const regulation = regulations[application.regulation];
  if (!regulation.volumeDeferral) {
    throw new VolumeDeferralNotApplicableError({
      applicationId: data.applicationId,
      regulation: regulation.id,
      basis: regulation.volumeBasis,
    });
  }
  if (application.volumeDeferral !== null) {
    throw new VolumeAlreadyDeferredError({
      applicationId: data.applicationId,
      deferredTo: application.volumeDeferral.deferredTo,
    });
  }
  assertStepDate(context, application, { field: 'notifiedOn', date: data.notifiedOn });
  const dueOn = clockOn(state, data.notifiedOn, context).dueOn;
  if (dueOn !== null && data.deferredTo <= dueOn) {
    throw new VolumeDeferralNotLaterError({
      applicationId: data.applicationId,
      deferredTo: data.deferredTo,
      dueOn,
    });
  }
  return [
    {
      type: 'AnswerDeferredForVolume',
      data: { applicationId: data.applicationId, notifiedOn: data.notifiedOn, deferredTo: data.deferredTo },
    },
  ];
};
