import type { DecisionContext } from '../../context';
import type { NationalReportCommand } from '../commands';
import type { NationalReportEvent } from '../events';
import type { NationalReportState } from '../state';
import { decideCompileNationalReport } from './compile';
import { decideSubmitNationalReport } from './submit';

export const decideNationalReport = (
  command: NationalReportCommand,
  state: NationalReportState,
  context: DecisionContext,
): NationalReportEvent[] => {
  switch (command.type) {
    case 'CompileNationalReport':
      return decideCompileNationalReport(command, state, context);
    case 'SubmitNationalReport':
      return decideSubmitNationalReport(command, state, context);
  }
};
