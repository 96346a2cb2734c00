import { z } from 'zod';

/** GB/T 2260 six-digit administrative division code (the tenant id). */
export const DivisionCodeSchema = z
  .string()
  .regex(/^\d{6}$/, 'a six-digit administrative division code (GB/T 2260), e.g. 230102');

/** Ids handed in by the sender (item, disclosure, report ids): letters, digits, `_` and `-`. */
export const EntityIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    'an id of 1–64 letters, digits, "_" or "-", starting with a letter or digit',
  );

/** A calendar date `YYYY-MM-DD` (China Standard Time). */
export const IsoDateSchema = z.iso.date();

/** Kebab-case pilot area code from areas.json, e.g. `compulsory-education`. */
export const AreaCodeSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
    'a kebab-case area code from areas.json, e.g. compulsory-education',
  );

export const HttpUrlSchema = z.url({ protocol: /^https?$/ });

export const PilotLevelSchema = z.enum(['national', 'provincial', 'self-organized']);
