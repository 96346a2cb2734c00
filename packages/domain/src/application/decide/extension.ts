import type { DecisionContext } from '../../context';
import type { MessageOfType } from '../../primitives';
import type { ApplicationCommand } from '../commands';
import { ExtensionAfterDeadlineError, ExtensionAlreadyGrantedError, ExtensionTooLongError } from '../errors';
import type { ApplicationEvent } from '../events';
import { regulations } from '../regulation';
import type { ApplicationState } from '../state';
import { assertStepDate, clockOn, requireOpen } from './guards';

/** One extension, approved by the head of the disclosure office, within the limit, before the deadline. */
export const decideExtendDeadline = (
  { data }: MessageOfType<ApplicationCommand, 'ExtendDeadline'>,
  state: ApplicationState,
  context: DecisionContext,
): ApplicationEvent[] => {
  const application = requireOpen(state, data.applicationId);
  if (application.extension !== null) {
    throw new ExtensionAlreadyGrantedError({
      applicationId: data.applicationId,
      extendedOn: application.extension.extendedOn,
    });
  }
  const regulation = regulations[application.regulation];
  if (data.workingDays > regulation.maxExtensionWorkingDays) {
    throw new ExtensionTooLongError({
      workingDays: data.workingDays,
      maxWorkingDays: regulation.maxExtensionWorkingDays,
      regulation: regulation.id,
      basis: regulation.extensionBasis,
    });
  }
  assertStepDate(context, application, { field: 'extendedOn', date: data.extendedOn });
  const { dueOn } = clockOn(state, data.extendedOn, context);
  if (dueOn !== null && data.extendedOn > dueOn) {
    throw new ExtensionAfterDeadlineError({
      applicationId: data.applicationId,
      extendedOn: data.extendedOn,
      dueOn,
    });
  }
  return [
    {
      type: 'ApplicationDeadlineExtended',
      data: { applicationId: data.applicationId, extendedOn: data.extendedOn, workingDays: data.workingDays },
    },
  ];
};
