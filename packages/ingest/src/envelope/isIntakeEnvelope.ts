import { z } from 'zod';
import { commandTypes } from '@gongkai/domain';
import type { IntakeEnvelope } from './intakeEnvelope';

/**
 * The intake envelope checked by hand, without zod: on the ingest hot path zod cost more than the
 * rest of the reading. It accepts exactly what `IntakeEnvelopeSchema` accepts (proved by
 * isIntakeEnvelope.unit.spec.ts over valid and invalid samples); zod is run only when this says no,
 * to explain the dead letter.
 */

const DIVISION = /^\d{6}$/;
const MESSAGE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9.-]{1,63}$/;
/** zod's own pattern for `z.iso.datetime({ offset: true })`: the same strings pass. */
export const ISO_DATETIME_WITH_OFFSET = z.regexes.datetime({ offset: true, local: false, precision: null });

const COMMAND_TYPES: ReadonlySet<string> = new Set(commandTypes);
const TIERS: ReadonlySet<string> = new Set(['county', 'prefecture', 'province', 'national']);
const ENVELOPE_KEYS: ReadonlySet<string> = new Set([
  'specVersion',
  'messageId',
  'tenant',
  'source',
  'type',
  'payload',
  'actor',
  'occurredAt',
  'correlationId',
  'causationId',
]);

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

const matches = (value: unknown, pattern: RegExp): boolean =>
  typeof value === 'string' && pattern.test(value);

const boundedText = (value: unknown): boolean =>
  typeof value === 'string' && value.length >= 1 && value.length <= 200;

const optionalText = (value: unknown): boolean => value === undefined || boundedText(value);

const isActor = (actor: unknown): boolean => {
  if (!isPlainObject(actor)) return false;
  let keys = 0;
  for (const key in actor) {
    if (key !== 'id' && key !== 'tier' && key !== 'tenant') return false;
    keys++;
  }
  return (
    keys === 3 &&
    boundedText(actor.id) &&
    typeof actor.tier === 'string' &&
    TIERS.has(actor.tier) &&
    matches(actor.tenant, DIVISION)
  );
};

/** True exactly when `IntakeEnvelopeSchema.safeParse(json).success` is (for values JSON.parse gives). */
export const isIntakeEnvelope = (json: unknown): json is IntakeEnvelope => {
  if (!isPlainObject(json)) return false;
  for (const key in json) if (!ENVELOPE_KEYS.has(key)) return false;
  return (
    json.specVersion === 1 &&
    matches(json.messageId, MESSAGE_ID) &&
    matches(json.tenant, DIVISION) &&
    matches(json.source, SOURCE_ID) &&
    typeof json.type === 'string' &&
    COMMAND_TYPES.has(json.type) &&
    isPlainObject(json.payload) &&
    isActor(json.actor) &&
    matches(json.occurredAt, ISO_DATETIME_WITH_OFFSET) &&
    optionalText(json.correlationId) &&
    optionalText(json.causationId)
  );
};
