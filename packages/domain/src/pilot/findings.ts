import { z } from 'zod';
import { NonEmptyTextSchema } from '../primitives';

/**
 * What an acceptance finding is: a problem found (counts as a problem, feeds rectification), a
 * strength noted (典型经验), or a requirement for further work (a recommendation to the unit).
 */
export const FINDING_KINDS = ['problem', 'strength', 'requirement'] as const;
export const FindingKindSchema = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof FindingKindSchema>;

export const FindingSchema = z
  .object({ kind: FindingKindSchema, text: NonEmptyTextSchema })
  .strict()
  .describe('one acceptance finding with its kind');
export type Finding = z.infer<typeof FindingSchema>;

/**
 * A finding as a command gives it: text (its kind read from the wording, see findingKindOf) or with
 * its kind. GraphQL offers the text form (it has no input unions); the intake takes both.
 */
export const AcceptanceFindingSchema = z.union([NonEmptyTextSchema, FindingSchema]);

const REQUIREMENT = /^(建议|要求|应当|应|请|需要)/;
const PROBLEM =
  /不够|不足|不全|缺失|缺少|未|滞后|超期|偏高|偏低|不到位|不明确|不规范|无法|问题|欠缺|薄弱|不一致|不及时/;

/**
 * The kind of a finding given as plain text (acceptances recorded before findings carried a kind,
 * and commands that still send text): a sentence that asks for something (建议…, 要求…) is a
 * requirement, one that names a shortfall (不够, 未, 超期 …) a problem, anything else a strength.
 */
export const findingKindOf = (text: string): FindingKind =>
  REQUIREMENT.test(text) ? 'requirement' : PROBLEM.test(text) ? 'problem' : 'strength';

/** A finding as a command may give it: text (its kind read from the wording) or with its kind. */
export const findingOf = (finding: string | Finding): Finding =>
  typeof finding === 'string' ? { kind: findingKindOf(finding), text: finding } : finding;
