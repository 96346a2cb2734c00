import { describe, expect, it } from 'vitest';
import {
  command,
  countyAdmin,
  DAOLI,
  given,
  HARBIN,
  ITEM_ID,
  itemEvents,
  MISHAN,
  pilotStory,
  prefectureAdmin,
} from '../../testing';

const PILOT_STREAM = `pilotUnit-${DAOLI}`;

const draft = (areaCode = 'compulsory-education', draftedOn = '2017-09-01') =>
  command('DraftCatalogueItem', {
    tenant: DAOLI,
    itemId: ITEM_ID,
    areaCode,
    name: { level1Name: '招生管理', level2Name: '招生范围' },
    source: 'public-service-list',
    draftedOn,
  });

describe('DraftCatalogueItem', () => {
  it('a county drafts an item in one of its assigned pilot areas', () => {
    given().when(draft()).consulting(PILOT_STREAM, pilotStory('areasAssigned')).then([itemEvents().drafted]);
  });

  it('a county cannot draft an item in an area not assigned to it', () => {
    given()
      .when(draft('social-assistance'))
      .consulting(PILOT_STREAM, pilotStory('areasAssigned'))
      .thenThrows('AREA_NOT_ASSIGNED', {
        areaCode: 'social-assistance',
        assigned: ['compulsory-education', 'affordable-housing'],
      });
  });

  it('a county that is not a registered pilot unit cannot draft items', () => {
    given().when(draft()).consulting(PILOT_STREAM, []).thenThrows('PILOT_NOT_REGISTERED');
  });

  it('drafting consults the pilot unit: without its stream the decision is refused, naming the stream', () => {
    given().when(draft()).thenThrows('CONTEXT_INCOMPLETE', { streamId: PILOT_STREAM });
  });

  it('an item id is drafted once', () => {
    given([itemEvents().drafted])
      .when(draft())
      .consulting(PILOT_STREAM, pilotStory('areasAssigned'))
      .thenThrows('ITEM_ALREADY_DRAFTED');
  });

  it('a draft cannot be dated after the command that records it', () => {
    given()
      .when(draft('compulsory-education', '2019-01-02'))
      .consulting(PILOT_STREAM, pilotStory('areasAssigned'))
      .thenThrows('DATE_IN_FUTURE');
  });

  it('a county admin cannot draft an item for another county', () => {
    given()
      .when(draft())
      .by(countyAdmin(MISHAN))
      .consulting(PILOT_STREAM, pilotStory('areasAssigned'))
      .thenThrows('TENANT_FORBIDDEN', { tenant: DAOLI, actorTenant: MISHAN });
  });

  it('a prefecture admin cannot draft catalogue items for its counties', () => {
    given()
      .when(draft())
      .by(prefectureAdmin(HARBIN))
      .thenThrows('ROLE_FORBIDDEN', { allowed: ['county'] });
  });

  it('a draft without its level-2 name is an invalid command that says which field to fill', () => {
    const error = given()
      .when({ ...draft(), data: { ...draft().data, name: { level1Name: '招生管理', level2Name: '' } } })
      .thenThrows('INVALID_COMMAND');
    expect(error.message).toContain('data.name.level2Name');
  });
});
