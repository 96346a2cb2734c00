import { ownProvince } from '../authorization/parties';
import { commandContextAsIs, defineDecider } from '../decider';
import {
  REPORT_ALREADY_SUBMITTED,
  REPORT_HASH_MISMATCH,
  REPORT_NOT_COMPILED,
  REPORT_POSITION_REGRESSED,
} from '../errors';
import { streamIdForNationalReport } from '../streams';
import { nationalReportCommandSchemas } from './commands';
import { decideCompileNationalReport, decideSubmitNationalReport } from './decide';
import { nationalReportEventSchemas } from './events';
import { evolveNationalReport, initialNationalReportState } from './state';

/** The province's overall report: `nationalReport-<province>-<reportId>`, compiled versions, then submitted. */
export const nationalReportDecider = defineDecider({
  category: 'nationalReport',
  commandSchemas: nationalReportCommandSchemas,
  eventSchemas: nationalReportEventSchemas,
  initialState: initialNationalReportState,
  evolve: evolveNationalReport,
  streamId: (data) => streamIdForNationalReport(data.tenant, data.reportId),
  decisionContext: commandContextAsIs,
  commands: {
    CompileNationalReport: {
      graphql: {
        mutation: 'compileNationalReport',
        description:
          'Province: compile a version of the overall report, pinned to the current head position (see CompileNationalReportInput).',
        // The API compiles the report at its head position and records that position and the hash.
        serverFields: ['position', 'contentHash'],
      },
      policy: () => ownProvince,
      decide: decideCompileNationalReport,
    },
    SubmitNationalReport: {
      graphql: {
        mutation: 'submitNationalReport',
        description: 'Province: submit the last compiled version to the State Council General Office.',
      },
      policy: () => ownProvince,
      decide: decideSubmitNationalReport,
    },
  },
  events: {
    NationalReportCompiled: {
      description:
        'A version of the province overall report (总体报告) was compiled as of an event-store position.',
    },
    NationalReportSubmitted: {
      description: 'The province submitted its overall report to the State Council General Office.',
    },
  },
  errors: [REPORT_NOT_COMPILED, REPORT_ALREADY_SUBMITTED, REPORT_HASH_MISMATCH, REPORT_POSITION_REGRESSED],
});
