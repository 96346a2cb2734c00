import type { OutgoingMessage } from '@gongkai/messaging';
import { signMessage } from '../sources/sourceRegistry';
import { SIGNATURE_HEADER } from '../topics/topics';
import type { IntakeEnvelope } from './intakeEnvelope';

/** The Kafka message a source sends: the envelope as JSON, keyed by tenant, signed with its key. */
export const encodeIntakeMessage = (envelope: IntakeEnvelope, key: string): OutgoingMessage => {
  const value = Buffer.from(JSON.stringify(envelope), 'utf8');
  return { key: envelope.tenant, value, headers: { [SIGNATURE_HEADER]: signMessage(value, key) } };
};
