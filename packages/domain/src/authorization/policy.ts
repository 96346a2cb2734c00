import type { Command, CommandType } from '../commands/command';
import type { PartyRule } from './parties';
import {
  countyOrReportingLine,
  ownCounty,
  ownProvince,
  pilotReportSender,
  provinceOfTenant,
  reportingParent,
} from './parties';

type RuleFor = (command: Command) => PartyRule;

const always =
  (rule: PartyRule): RuleFor =>
  () =>
    rule;

/** Acceptance and rectification belong to whoever conducts that stage. */
const byAcceptanceStage: RuleFor = (command) =>
  'stage' in command.data && command.data.stage === 'prefecture' ? reportingParent : provinceOfTenant;

/**
 * The default policy of DESIGN.md ("Who may do what"): counties write their own catalogue, standards,
 * disclosures, plan and self-assessment; prefectures accept their counties and send their pilot
 * reports; the province registers, assigns, accepts and completes pilots and owns the report. The
 * national viewer writes nothing.
 */
export const defaultPolicy: { readonly [T in CommandType]: RuleFor } = {
  RegisterPilotUnit: always(provinceOfTenant),
  AssignPilotAreas: always(provinceOfTenant),
  FileImplementationPlan: always(ownCounty),
  SubmitSelfAssessment: always(ownCounty),
  SubmitPilotReport: always(pilotReportSender),
  ConductAcceptance: byAcceptanceStage,
  RequestRectification: byAcceptanceStage,
  CompletePilot: always(provinceOfTenant),
  RecordPilotFeedback: always(countyOrReportingLine),
  DraftCatalogueItem: always(ownCounty),
  DefineStandard: always(ownCounty),
  ReviseStandard: always(ownCounty),
  PublishCatalogueItem: always(ownCounty),
  RetireCatalogueItem: always(ownCounty),
  PublishDisclosure: always(ownCounty),
  PublishInterpretation: always(ownCounty),
  RespondToConcern: always(ownCounty),
  RecordPublicFeedback: always(countyOrReportingLine),
  CompileNationalReport: always(ownProvince),
  SubmitNationalReport: always(ownProvince),
};
