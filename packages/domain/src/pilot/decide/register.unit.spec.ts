import { describe, it } from 'vitest';
import { countyAdmin, DAOLI, given, HARBIN, pilotEvents, prefectureAdmin } from '../../testing';

describe('RegisterPilotUnit', () => {
  it('the province registers 道里区 as a national pilot unit', () => {
    given()
      .when({
        type: 'RegisterPilotUnit',
        data: { tenant: DAOLI, pilotLevel: 'national', registeredOn: '2017-08-09' },
      })
      .then([pilotEvents().registered]);
  });

  it('a pilot unit is not registered twice', () => {
    given([pilotEvents().registered])
      .when({
        type: 'RegisterPilotUnit',
        data: { tenant: DAOLI, pilotLevel: 'national', registeredOn: '2017-08-10' },
      })
      .thenThrows('PILOT_ALREADY_REGISTERED');
  });

  it('a prefecture cannot be registered as a pilot unit', () => {
    given()
      .when({
        type: 'RegisterPilotUnit',
        data: { tenant: HARBIN, pilotLevel: 'national', registeredOn: '2017-08-09' },
      })
      .thenThrows('PILOT_UNIT_NOT_COUNTY', { unit: HARBIN, tier: 'prefecture' });
  });

  it('a national pilot in the directory cannot be registered as a provincial one', () => {
    given()
      .when({
        type: 'RegisterPilotUnit',
        data: { tenant: DAOLI, pilotLevel: 'provincial', registeredOn: '2017-08-09' },
      })
      .thenThrows('PILOT_LEVEL_MISMATCH', { directory: 'national' });
  });

  it('a registration cannot be dated after the command that records it', () => {
    given()
      .when({
        type: 'RegisterPilotUnit',
        data: { tenant: DAOLI, pilotLevel: 'national', registeredOn: '2017-08-09' },
      })
      .at('2017-08-08T10:00:00+08:00')
      .thenThrows('DATE_IN_FUTURE', { field: 'registeredOn', occurredOn: '2017-08-08' });
  });

  it('a county admin cannot register its own county as a pilot', () => {
    given()
      .when({
        type: 'RegisterPilotUnit',
        data: { tenant: DAOLI, pilotLevel: 'national', registeredOn: '2017-08-09' },
      })
      .by(countyAdmin(DAOLI))
      .thenThrows('ROLE_FORBIDDEN', { allowed: ['province'] });
  });

  it('a prefecture admin cannot register the pilot units of its counties', () => {
    given()
      .when({
        type: 'RegisterPilotUnit',
        data: { tenant: DAOLI, pilotLevel: 'national', registeredOn: '2017-08-09' },
      })
      .by(prefectureAdmin(HARBIN))
      .thenThrows('ROLE_FORBIDDEN');
  });

  it('a division code outside the directory is rejected', () => {
    given()
      .when({
        type: 'RegisterPilotUnit',
        data: { tenant: '239999', pilotLevel: 'national', registeredOn: '2017-08-09' },
      })
      .thenThrows('TENANT_UNKNOWN');
  });
});
