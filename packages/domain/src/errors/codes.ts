import * as common from './common';
import * as catalogue from './catalogue';
import * as disclosure from './disclosure';
import * as pilot from './pilot';
import * as reporting from './reporting';
import { applicationErrorCodes } from '../application/errors/codes';
import { programmeErrorCodes } from '../programme/errors';

/** The code constants an error module exports (its only string exports: `PILOT_NOT_REGISTERED = '…'`). */
type CodesOf<M> = Extract<M[keyof M], string>;

const codesOf = <M extends object>(module: M): CodesOf<M>[] =>
  Object.values(module).filter((value): value is CodesOf<M> => typeof value === 'string');

/** Every stable error code the domain can throw: each error module's codes, listed once, there. */
export const domainErrorCodes = [
  ...codesOf(common),
  ...codesOf(catalogue),
  ...codesOf(disclosure),
  ...codesOf(pilot),
  ...codesOf(reporting),
  ...applicationErrorCodes,
  ...programmeErrorCodes,
  // Thrown by the reference-data modules (tenants/, calendar/) and surfaced as DomainErrors by
  // decideCommand and authorize (see asDomainError).
  'TENANT_UNKNOWN' as const,
  'CALENDAR_YEAR_UNKNOWN' as const,
  'INVALID_ISO_DATE' as const,
];

export type DomainErrorCode = (typeof domainErrorCodes)[number];
