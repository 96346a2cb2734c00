import type { DecisionContext } from '../../context';
import type { MessageOfType } from '../../primitives';
import type { ApplicationCommand } from '../commands';
import {
  ConsultationAlreadyRecordedError,
  ConsultationPendingError,
  ConsultationUnknownError,
} from '../errors';
import type { ApplicationEvent } from '../events';
import { regulations } from '../regulation';
import { openConsultation } from '../state';
import type { ApplicationState } from '../state';
import { assertStepDate, requireOpen } from './guards';

/** 征求第三方意见 in writing; the third party's time (2019: 15 working days) does not count. */
export const decideConsultThirdParty = (
  { data }: MessageOfType<ApplicationCommand, 'ConsultThirdParty'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  const application = requireOpen(state, data.applicationId);
  if (application.consultations.some((consultation) => consultation.consultationId === data.consultationId)) {
    throw new ConsultationAlreadyRecordedError({
      applicationId: data.applicationId,
      consultationId: data.consultationId,
      what: 'sending',
    });
  }
  assertStepDate(context, application, { field: 'sentOn', date: data.sentOn });
  const pending = openConsultation(application, data.sentOn);
  if (pending) {
    throw new ConsultationPendingError({
      applicationId: data.applicationId,
      consultationId: pending.consultationId,
      endsOn: pending.replyDueOn,
    });
  }
  const window = regulations[application.regulation].consultationWorkingDays;
  return [
    {
      type: 'ThirdPartyConsulted',
      data: {
        applicationId: data.applicationId,
        consultationId: data.consultationId,
        sentOn: data.sentOn,
        replyDueOn: window === null ? null : context.calendar.addWorkingDays(data.sentOn, window),
        personal: data.personal,
      },
    },
  ];
};

export const decideRecordThirdPartyReply = (
  { data }: MessageOfType<ApplicationCommand, 'RecordThirdPartyReply'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  const application = requireOpen(state, data.applicationId);
  const consultation = application.consultations.find((c) => c.consultationId === data.consultationId);
  if (!consultation) {
    throw new ConsultationUnknownError({
      applicationId: data.applicationId,
      consultationId: data.consultationId,
    });
  }
  if (consultation.repliedOn !== null) {
    throw new ConsultationAlreadyRecordedError({
      applicationId: data.applicationId,
      consultationId: data.consultationId,
      what: 'reply',
    });
  }
  assertStepDate(
    context,
    application,
    { field: 'repliedOn', date: data.repliedOn },
    { field: 'consultation sentOn', date: consultation.sentOn },
  );
  return [
    {
      type: 'ThirdPartyReplied',
      data: {
        applicationId: data.applicationId,
        consultationId: data.consultationId,
        repliedOn: data.repliedOn,
        position: data.position,
      },
    },
  ];
};
