import {
  AcceptanceFindingSchema,
  ApplicantPersonalSchema,
  CaseReferencePersonalSchema,
  ChannelRequirementSchema,
  CorrectedRequestPersonalSchema,
  CorrectionItemsPersonalSchema,
  ContentElementSchema,
  DivisionCodeSchema,
  DraftNameSchema,
  EntityIdSchema,
  IsoDateSchema,
  ItemNameSchema,
  ItemStandardSchema,
  LegalBasisRefSchema,
  TimeLimitRuleSchema,
  ThirdPartyPersonalSchema,
  TimeLimitSchema,
} from '@gongkai/domain';
import { z } from 'zod';

export interface GraphqlName {
  /** A scalar of the schema (`TenantCode`, `Date`, `ID`) or the name of an input object type. */
  name: string;
  /** The input type's description, when GraphQL needs other words than the zod schema's. */
  description?: string;
}

/**
 * The GraphQL name of the domain schemas that have one. zod finds an entry through the copies
 * `.describe()` and the checks make, so `EntityIdSchema.describe('…')` is still an `ID`. Enums need
 * no entry: they are found by their values among the schema's enums.
 */
export const graphqlNames = z.registry<GraphqlName>();

graphqlNames.add(DivisionCodeSchema, { name: 'TenantCode' });
graphqlNames.add(IsoDateSchema, { name: 'Date' });
graphqlNames.add(EntityIdSchema, { name: 'ID' });
// A drafted item's name is an item name with its two levels required: the same input.
graphqlNames.add(DraftNameSchema, { name: 'ItemNameInput' });
graphqlNames.add(ItemNameSchema, { name: 'ItemNameInput' });
graphqlNames.add(ContentElementSchema, { name: 'ContentElementInput' });
graphqlNames.add(LegalBasisRefSchema, { name: 'LegalBasisRefInput' });
graphqlNames.add(ChannelRequirementSchema, { name: 'ChannelRequirementInput' });
graphqlNames.add(TimeLimitSchema, { name: 'TimeLimitInput' });
graphqlNames.add(TimeLimitRuleSchema, {
  name: 'TimeLimitRuleInput',
  description: 'One time-limit rule: give the fields its type needs (see TimeLimitRule).',
});
graphqlNames.add(ItemStandardSchema, { name: 'ItemStandardInput' });
// GraphQL has no input unions: an acceptance finding is its text there, its kind read from the wording.
graphqlNames.add(AcceptanceFindingSchema, { name: 'String' });
// On-request disclosure: the personal data an office records (stays in its tenant).
graphqlNames.add(ApplicantPersonalSchema, { name: 'ApplicantPersonalInput' });
graphqlNames.add(CorrectionItemsPersonalSchema, { name: 'CorrectionItemsPersonalInput' });
graphqlNames.add(CorrectedRequestPersonalSchema, { name: 'CorrectedRequestPersonalInput' });
graphqlNames.add(ThirdPartyPersonalSchema, { name: 'ThirdPartyPersonalInput' });
graphqlNames.add(CaseReferencePersonalSchema, { name: 'CaseReferencePersonalInput' });
