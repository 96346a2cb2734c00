import type { EventModule } from '../decider';
import { intakeEventSchemas } from './events';

/** The intake's own records: events only, written by the intake, decided by no aggregate. */
export const intakeRejectionEvents: EventModule<typeof intakeEventSchemas> = {
  category: 'intakeRejections',
  eventSchemas: intakeEventSchemas,
  events: {
    CommandRejected: {
      description:
        'The intake refused a message: the domain code and reason, so a redelivery gets the same outcome.',
    },
  },
};
