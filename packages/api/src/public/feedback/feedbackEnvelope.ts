import type { CommandEnvelope } from '@gongkai/command-handling';
import type { Command, TenantUnit } from '@gongkai/domain';
import { occurredOn, publicActor } from '@gongkai/domain';
import type { FeedbackInput } from './validateFeedback';

/** What the public's feedback is about: the pilot as a whole (its home) or one published item. */
export type FeedbackSubject = { unit: TenantUnit; itemId?: string };

/** How the feedback is recorded: a social evaluation by one anonymous member of the public. */
const EVALUATOR = '公众（试点工作专题网上评价）';

export interface EnvelopeContext {
  messageId: string;
  now: Date;
  correlationId?: string;
}

/** The envelope every other write sends too, from the public actor the domain authorizes for feedback only. */
export const feedbackEnvelope = (
  subject: FeedbackSubject,
  input: FeedbackInput,
  { messageId, now, correlationId }: EnvelopeContext,
): CommandEnvelope => {
  const occurredAt = now.toISOString();
  const data = {
    tenant: subject.unit.code,
    feedbackId: `web-${messageId}`,
    kind: 'social-evaluation' as const,
    evaluator: EVALUATOR,
    satisfaction: input.satisfaction,
    sampleSize: 1,
    ...(input.comment === undefined ? {} : { comment: input.comment }),
    recordedOn: occurredOn({ occurredAt }),
  };
  const command: Command =
    subject.itemId === undefined
      ? { type: 'RecordPilotFeedback', data }
      : { type: 'RecordPublicFeedback', data: { ...data, itemId: subject.itemId } };
  return {
    messageId,
    command,
    actor: publicActor(subject.unit),
    occurredAt,
    ...(correlationId === undefined ? {} : { correlationId }),
  };
};
