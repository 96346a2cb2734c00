import type { Command, CommandType } from '../commands/command';
import { byCommandType } from '../commands/command';
import type { PartyRule } from './parties';

/**
 * The default policy of DESIGN.md ("Who may do what"), as each decider module states it per
 * command: counties write their own catalogue, standards, disclosures, plan and self-assessment;
 * prefectures accept their counties and send their pilot reports; the province registers, assigns,
 * accepts and completes pilots and owns the report. The national viewer writes nothing.
 */
export const defaultPolicy: { readonly [T in CommandType]: (command: Command) => PartyRule } = byCommandType(
  (decider) => decider.policy,
);
