import { describe, it } from 'vitest';
import {
  countyAdmin,
  DAOLI,
  given,
  MISHAN,
  pilotEvents,
  pilotStory,
  PROVINCE,
  SUIFENHE,
  command,
} from '../../testing';

const file = (tenant = DAOLI, filedOn = '2017-09-20') =>
  command('FileImplementationPlan', { tenant, title: '基层政务公开标准化规范化试点工作实施方案', filedOn });

describe('FileImplementationPlan', () => {
  it('a county files its implementation plan with its prefecture', () => {
    given(pilotStory('areasAssigned')).when(file()).then([pilotEvents().planFiled]);
  });

  it('a province-administered county files its plan with the province', () => {
    const suifenhe = pilotEvents(SUIFENHE, PROVINCE);
    given([
      {
        type: 'PilotUnitRegistered',
        data: { unit: SUIFENHE, pilotLevel: 'provincial', registeredOn: '2017-08-09' },
      },
      suifenhe.areasAssigned,
    ])
      .when({
        type: 'FileImplementationPlan',
        data: {
          tenant: SUIFENHE,
          title: '绥芬河市试点实施方案',
          documentNumber: '绥政办发〔2017〕30号',
          filedOn: '2017-09-25',
        },
      })
      .then([
        {
          type: 'ImplementationPlanFiled',
          data: {
            unit: SUIFENHE,
            version: 1,
            title: '绥芬河市试点实施方案',
            documentNumber: '绥政办发〔2017〕30号',
            filedWith: PROVINCE,
            filedOn: '2017-09-25',
          },
        },
      ]);
  });

  it('filing the plan again numbers a new version', () => {
    given(pilotStory('planFiled'))
      .when(file(DAOLI, '2017-11-01'))
      .then([
        {
          type: 'ImplementationPlanFiled',
          data: { ...pilotEvents().planFiled.data, version: 2, filedOn: '2017-11-01' },
        },
      ]);
  });

  it('the plan waits for the province to assign the areas', () => {
    given(pilotStory('registered')).when(file()).thenThrows('PILOT_AREAS_MISSING');
  });

  it('the plan cannot change after the pilot report', () => {
    given(pilotStory('reported'))
      .when(file(DAOLI, '2018-07-08'))
      .thenThrows('PILOT_REPORT_ALREADY_SUBMITTED');
  });

  it('a plan cannot be filed before the areas were assigned', () => {
    given(pilotStory('areasAssigned')).when(file(DAOLI, '2017-08-10')).thenThrows('DATES_OUT_OF_ORDER');
  });

  it('a county admin cannot file the plan of another county', () => {
    given(pilotStory('areasAssigned'))
      .when(file())
      .by(countyAdmin(MISHAN))
      .thenThrows('TENANT_FORBIDDEN', { tenant: DAOLI, actorTenant: MISHAN, allowed: [DAOLI] });
  });
});
