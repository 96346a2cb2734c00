import { describe, expect, it } from 'vitest';
import type { PilotUnitEvent } from '../../pilot';
import { streamIdForPilotUnit } from '../../streams';
import type { DecisionSpec } from '../../testing';
import { command, given, HARBIN, pilotEvents, pilotStory, prefectureAdmin, PROVINCE } from '../../testing';

// The eight provincial pilots of Heilongjiang (units.json), in directory order.
const PROVINCIAL = ['230781', '230522', '230921', '232721', '230421', '231123', '231081', '230883'];

const summarise = (summarisedOn = '2018-12-20') =>
  command('SummariseProvincialPilots', {
    tenant: PROVINCE,
    title: '黑龙江省省级试点工作总结',
    practices: '以目录为纲，以标准为尺，公开事项逐项对标。',
    summarisedOn,
  });

const failed = (unit: string): PilotUnitEvent[] => [
  ...pilotStory('reported', unit),
  pilotEvents(unit).provinceFailed,
];

/** Every provincial pilot's stream: completed unless `streams` says otherwise. */
const consultingPilots = (spec: DecisionSpec, streams: Record<string, PilotUnitEvent[]> = {}) =>
  PROVINCIAL.reduce(
    (next, unit) =>
      next.consulting(streamIdForPilotUnit(unit), streams[unit] ?? pilotStory('completed', unit)),
    spec,
  );

describe('SummariseProvincialPilots', () => {
  it('records every provincial pilot with its outcome and score: completed, failed, not yet accepted', () => {
    const [decided] = consultingPilots(given().when(summarise()), {
      '232721': failed('232721'),
      '230883': pilotStory('reported', '230883'),
      '231081': pilotStory('provinceAccepted', '231081'),
    }).decide();
    expect(decided).toMatchObject({
      type: 'ProvincialPilotsSummarised',
      data: { province: PROVINCE, summarisedOn: '2018-12-20' },
    });
    const pilots = (decided!.data as { pilots: { unit: string; outcome: string; score: number | null }[] })
      .pilots;
    expect(pilots.map((pilot) => pilot.unit)).toEqual(PROVINCIAL);
    expect(pilots.find((pilot) => pilot.unit === '232721')).toEqual({
      unit: '232721',
      outcome: 'failed',
      score: pilotEvents('232721').provinceFailed.data.score,
    });
    expect(pilots.find((pilot) => pilot.unit === '230883')).toEqual({
      unit: '230883',
      outcome: 'not-accepted',
      score: null,
    });
    expect(pilots.find((pilot) => pilot.unit === '231081')?.outcome).toBe('accepted');
    expect(pilots.filter((pilot) => pilot.outcome === 'completed')).toHaveLength(5);
  });

  it('is refused before the province has accepted any provincial pilot', () => {
    const streams = Object.fromEntries(PROVINCIAL.map((unit) => [unit, pilotStory('reported', unit)]));
    consultingPilots(given().when(summarise()), streams).thenThrows('PILOTS_NOT_YET_ACCEPTED', {
      pilots: PROVINCIAL,
    });
  });

  it('is made once', () => {
    const first = consultingPilots(given().when(summarise())).decide();
    consultingPilots(given(first).when(summarise('2018-12-28'))).thenThrows('PILOTS_ALREADY_SUMMARISED', {
      summarisedOn: '2018-12-20',
    });
  });

  it('needs every provincial pilot’s stream: the write core loads what routeCommand says it consults', () => {
    given()
      .when(summarise())
      .consulting(streamIdForPilotUnit('230781'), pilotStory('completed', '230781'))
      .thenThrows('CONTEXT_INCOMPLETE', { streamId: streamIdForPilotUnit('230522') });
  });

  it('is the province’s, not a prefecture’s', () => {
    consultingPilots(given().when(summarise()).by(prefectureAdmin(HARBIN))).thenThrows('ROLE_FORBIDDEN');
  });
});
