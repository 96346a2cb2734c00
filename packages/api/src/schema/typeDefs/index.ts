import { enumTypeDefs } from '../enums';
import { scalarTypeDefs } from '../scalars';
import { acceptanceTypeDefs } from './acceptance';
import { applicationTypeDefs } from './applications';
import { auditTypeDefs } from './audit';
import { catalogueTypeDefs } from './catalogue';
import { commandTypeDefs } from '../commandInputs';
import { commonTypeDefs } from './common';
import { figuresTypeDefs } from './figures';
import { commandResultTypeDefs, mutationDescription } from './mutation';
import { queryTypeDefs } from './query';
import { tierViewTypeDefs } from './tierViews';

/** The Gongkai SDL (TenantCode and @public come from the api infrastructure). */
export const gongkaiTypeDefs: readonly string[] = [
  scalarTypeDefs,
  enumTypeDefs,
  commonTypeDefs,
  figuresTypeDefs,
  acceptanceTypeDefs,
  tierViewTypeDefs,
  catalogueTypeDefs,
  auditTypeDefs,
  queryTypeDefs,
  applicationTypeDefs,
  commandTypeDefs(mutationDescription),
  commandResultTypeDefs,
];
