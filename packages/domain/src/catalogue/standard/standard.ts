import { z } from 'zod';
import { ChannelCodeSchema, labelledChannels } from './channels';
import { NonEmptyTextSchema, TextSchema } from '../../primitives/text';
import { StoredTimeLimitSchema, TimeLimitSchema } from './timeLimit';

export const fiveOpenStages = ['decision', 'execution', 'management', 'service', 'result'] as const;
export const chainStages = ['publication', 'interpretation', 'response'] as const;

export const FiveOpenStageSchema = z.enum(fiveOpenStages);
export const ChainStageSchema = z.enum(chainStages);
export const AudienceSchema = z.enum(['whole-society', 'specific-groups']);
export const ModeSchema = z.enum(['proactive', 'on-request']);
export const LevelSchema = z.enum(['municipal', 'county', 'township', 'village']);

export type FiveOpenStage = z.infer<typeof FiveOpenStageSchema>;
export type ChainStage = z.infer<typeof ChainStageSchema>;
export type Audience = z.infer<typeof AudienceSchema>;
export type Mode = z.infer<typeof ModeSchema>;
export type Level = z.infer<typeof LevelSchema>;

/**
 * How the standard's text fields are checked. Commands apply the one text rule (`NonEmptyTextSchema`,
 * `TextSchema`: no blank required text, no control characters, lone surrogates or bidi controls); the
 * events keep the rule they were recorded under (any string, `min(1)` where required) so that stored
 * events stay readable.
 */
interface TextRule {
  readonly text: z.ZodType<string>;
  readonly nonEmpty: z.ZodType<string>;
}
const commandText: TextRule = { text: TextSchema, nonEmpty: NonEmptyTextSchema };
const storedText: TextRule = { text: z.string(), nonEmpty: z.string().min(1) };

/** 名称: level-1 category, level-2 concrete item, optional level-3 sub-item. */
const itemName = ({ text }: TextRule) =>
  z.object({ level1Name: text, level2Name: text, level3Name: text.optional() }).strict();

/** 公开内容（要素）: ● required, 〇 optional. */
const contentElement = ({ nonEmpty }: TextRule) =>
  z.object({ name: nonEmpty, required: z.boolean() }).strict();

/** 公开依据: a law, regulation or document that requires the disclosure. */
const legalBasisRef = ({ text, nonEmpty }: TextRule) =>
  z
    .object({
      title: nonEmpty,
      docNo: text.optional(),
      article: text.optional(),
      kind: z.enum(['law', 'regulation', 'rule', 'normative-doc', 'policy', 'standard']).optional(),
    })
    .strict();

/** 公开渠道和载体: ■ required / □ optional; `label` names a sector platform or what "other" is. */
const channelRequirement = ({ nonEmpty }: TextRule) =>
  z
    .object({
      code: ChannelCodeSchema,
      required: z.boolean(),
      label: nonEmpty
        .optional()
        .describe(
          "Required for the sector-platform and other channels: the platform's name, or what the channel is.",
        ),
    })
    .strict()
    .refine((channel) => !labelledChannels.has(channel.code) || channel.label !== undefined, {
      message: 'sector-platform and other channels need a label naming them',
      path: ['label'],
    });

/**
 * 公开标准 of one item: the six elements of the plan (name, basis, content requirements, subject, time
 * limit, method/channels) plus audience, mode, level and stage coverage. Elements may be left empty
 * while the standard is drafted: completeness is computed (`standardCompleteness`), never entered.
 */
const standardParts = (rule: TextRule, timeLimit: typeof TimeLimitSchema) => {
  const parts = {
    name: itemName(rule),
    legalBasisRef: legalBasisRef(rule),
    contentElement: contentElement(rule),
    channelRequirement: channelRequirement(rule),
  };
  const standard = z
    .object({
      name: parts.name,
      legalBasis: z.array(parts.legalBasisRef),
      contentElements: z.array(parts.contentElement),
      subject: rule.text,
      timeLimit,
      mode: z.array(ModeSchema),
      channels: z.array(parts.channelRequirement),
      audience: z.array(AudienceSchema),
      audienceNote: rule.text.optional(),
      levels: z.array(LevelSchema),
      fiveOpenStages: z.array(FiveOpenStageSchema),
      chainStages: z.array(ChainStageSchema),
      serviceItem: z.boolean().optional(),
    })
    .strict()
    .describe('公开标准. Elements may be left empty while drafting: completeness is computed.');
  return { ...parts, standard };
};

const commandParts = standardParts(commandText, TimeLimitSchema);

/** The standard's parts as commands take them (the one text rule). */
export const ItemNameSchema = commandParts.name;
export const ContentElementSchema = commandParts.contentElement;
export const LegalBasisRefSchema = commandParts.legalBasisRef;
export const ChannelRequirementSchema = commandParts.channelRequirement;
export const ItemStandardSchema = commandParts.standard;

/** The standard as events record it: readable whatever text was stored before the rule. */
export const StoredItemStandardSchema = standardParts(storedText, StoredTimeLimitSchema).standard;

export type ItemName = z.infer<typeof ItemNameSchema>;
export type ContentElement = z.infer<typeof ContentElementSchema>;
export type LegalBasisRef = z.infer<typeof LegalBasisRefSchema>;
export type ChannelRequirement = z.infer<typeof ChannelRequirementSchema>;
export type ItemStandard = z.infer<typeof ItemStandardSchema>;
