import { describe, expect, it } from 'vitest';
import { evolvePilotUnit } from './evolve';
import { initialPilotUnitState } from './state';
import { pilotStatus } from './status';
import { pilotEvents, pilotStory } from '../testing';
import type { PilotUnitEvent } from './events';

const statusAfter = (events: readonly PilotUnitEvent[]) =>
  pilotStatus(events.reduce(evolvePilotUnit, initialPilotUnitState()));

describe('pilotStatus', () => {
  it('follows the pilot from registration to completion', () => {
    expect(statusAfter([])).toBe('unregistered');
    expect(statusAfter(pilotStory('registered'))).toBe('registered');
    expect(statusAfter(pilotStory('areasAssigned'))).toBe('areas-assigned');
    expect(statusAfter(pilotStory('planFiled'))).toBe('plan-filed');
    expect(statusAfter(pilotStory('selfAssessed'))).toBe('self-assessed');
    expect(statusAfter(pilotStory('prefectureAccepted'))).toBe('accepted-by-prefecture');
    expect(statusAfter(pilotStory('reported'))).toBe('reported');
    expect(statusAfter(pilotStory('provinceAccepted'))).toBe('accepted');
    expect(statusAfter(pilotStory('completed'))).toBe('completed');
  });

  it('shows a failed acceptance, then the rectification', () => {
    const events = pilotEvents();
    const failed = [...pilotStory('reported'), events.provinceFailed];
    expect(statusAfter(failed)).toBe('failed-acceptance');
    expect(statusAfter([...failed, events.provinceRectification])).toBe('rectifying');
  });

  it('an "as of" fold keeps what was known then', () => {
    const state = pilotStory('completed').slice(0, 5).reduce(evolvePilotUnit, initialPilotUnitState());
    expect(state.pilotReport).toBeNull();
    expect(state.selfAssessment?.submittedOn).toBe('2018-06-15');
  });
});
