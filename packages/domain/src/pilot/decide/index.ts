import type { DecisionContext } from '../../context';
import type { PilotUnitCommand } from '../commands';
import type { PilotUnitEvent } from '../events';
import type { PilotUnitState } from '../state';
import { decideConductAcceptance } from './acceptance';
import { decideAssignPilotAreas } from './assignAreas';
import { decideCompletePilot } from './complete';
import { decideRecordPilotFeedback } from './feedback';
import { decideFileImplementationPlan } from './filePlan';
import { decideSubmitPilotReport } from './pilotReport';
import { decideRequestRectification } from './rectification';
import { decideRegisterPilotUnit } from './register';
import { decideSubmitSelfAssessment } from './selfAssessment';

/** Decides a pilot-unit command against the folded state; throws a DomainError on a broken rule. */
export const decidePilotUnit = (
  command: PilotUnitCommand,
  state: PilotUnitState,
  context: DecisionContext,
): PilotUnitEvent[] => {
  switch (command.type) {
    case 'RegisterPilotUnit':
      return decideRegisterPilotUnit(command, state, context);
    case 'AssignPilotAreas':
      return decideAssignPilotAreas(command, state, context);
    case 'FileImplementationPlan':
      return decideFileImplementationPlan(command, state, context);
    case 'SubmitSelfAssessment':
      return decideSubmitSelfAssessment(command, state, context);
    case 'SubmitPilotReport':
      return decideSubmitPilotReport(command, state, context);
    case 'ConductAcceptance':
      return decideConductAcceptance(command, state, context);
    case 'RequestRectification':
      return decideRequestRectification(command, state, context);
    case 'CompletePilot':
      return decideCompletePilot(command, state, context);
    case 'RecordPilotFeedback':
      return decideRecordPilotFeedback(command, state, context);
  }
};
