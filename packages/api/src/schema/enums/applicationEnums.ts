import {
  ApplicationChannelSchema,
  applicantKindLabels,
  applicantKinds,
  caseKindLabels,
  caseKinds,
  caseOutcomeLabels,
  caseOutcomes,
  decisionResults,
  deliveryMethods,
  FeeMethodSchema,
  resultLabels,
  ThirdPartyPositionSchema,
} from '@gongkai/domain';
import type { ClockStatus } from '@gongkai/domain';
import { applicationStages } from '@gongkai/projections';
import type { EnumType } from './enumType';
import { enumType, everyMemberOf } from './enumType';

const label =
  (labels: Readonly<Record<string, string>>) =>
  (value: string): string | undefined =>
    labels[value];

const clockStatuses = everyMemberOf<ClockStatus>()([
  'not-received',
  'awaiting-correction',
  'paused',
  'running',
  'overdue',
  'decided',
]);

/** The enums of on-request disclosure (依申请公开): the application's commands and views. */
export const applicationEnumTypes: readonly EnumType[] = [
  enumType(
    'ApplicationChannel',
    'How an application came in; each channel has its own receipt-date rule.',
    ApplicationChannelSchema.options,
  ),
  enumType(
    'ApplicantKind',
    'Natural person, or the kind of legal person / other organisation (the annual report’s columns).',
    applicantKinds,
    label(applicantKindLabels),
  ),
  enumType(
    'DecisionResult',
    'The annual report’s result type of an answer.',
    decisionResults,
    label(resultLabels),
  ),
  enumType('CaseKind', 'Administrative review or lawsuit.', caseKinds, label(caseKindLabels)),
  enumType('CaseOutcome', 'How a review or lawsuit ended.', caseOutcomes, label(caseOutcomeLabels)),
  enumType('DeliveryMethod', 'How an answer reached the applicant.', deliveryMethods),
  enumType('ThirdPartyPosition', 'A consulted third party’s answer.', ThirdPartyPositionSchema.options),
  enumType('FeeMethod', 'How an information processing fee is computed.', FeeMethodSchema.options),
  enumType('ApplicationStage', 'Where an application stands as of a day.', applicationStages),
  enumType('ApplicationClockStatus', 'The state of an application’s statutory clock.', clockStatuses),
  enumType('ApplicationStage', 'Where an application stands as of a day.', applicationStages),
  enumType('ApplicationClockStatus', 'The state of an application’s statutory clock.', clockStatuses),
];
