import type { z } from 'zod';
import { catalogueItemCommandSchemas, disclosureCommandSchemas } from '../catalogue';
import type { CatalogueItemCommand } from '../catalogue';
import { pilotUnitCommandSchemas } from '../pilot';
import type { PilotUnitCommand } from '../pilot';
import { nationalReportCommandSchemas } from '../reporting';
import type { NationalReportCommand } from '../reporting';
import type { StreamCategory } from '../streams';

/** Every command, `{ type, data }`; `data.tenant` is the tenant the command acts for. */
export type Command = PilotUnitCommand | CatalogueItemCommand | NationalReportCommand;
export type CommandType = Command['type'];

/** Validates a command's payload (`data`), per command type. */
export const commandSchemas: { readonly [T in CommandType]: z.ZodType } = {
  ...pilotUnitCommandSchemas,
  ...catalogueItemCommandSchemas,
  ...disclosureCommandSchemas,
  ...nationalReportCommandSchemas,
};

/** The categories commands are decided on (the intake's rejection record is written by the intake). */
export type AggregateName = Exclude<StreamCategory, 'intakeRejections'>;

const categoryOf = (schemas: object, category: AggregateName) =>
  Object.fromEntries(Object.keys(schemas).map((type) => [type, category]));

/** The aggregate (stream category) each command type is decided by. */
export const aggregateOfCommand = {
  ...categoryOf(pilotUnitCommandSchemas, 'pilotUnit'),
  ...categoryOf(catalogueItemCommandSchemas, 'catalogueItem'),
  ...categoryOf(disclosureCommandSchemas, 'catalogueItem'),
  ...categoryOf(nationalReportCommandSchemas, 'nationalReport'),
} as { readonly [T in CommandType]: AggregateName };

export const commandTypes = Object.keys(commandSchemas) as CommandType[];

export const isCommandType = (type: unknown): type is CommandType =>
  typeof type === 'string' && Object.hasOwn(commandSchemas, type);
