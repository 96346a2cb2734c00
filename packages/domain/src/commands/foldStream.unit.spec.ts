import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../events';
import { pilotStory } from '../testing';
import { foldPilotUnit } from './foldStream';

const fresh = (events: readonly DomainEvent[]) => foldPilotUnit([...events]);

describe('folding a stream', () => {
  it('gives the same state when the array grew since its last fold as when folded anew', () => {
    const story = pilotStory('provinceAccepted');
    const growing: DomainEvent[] = [];
    for (const event of story) {
      growing.push(event);
      expect(foldPilotUnit(growing)).toEqual(fresh(growing));
    }
  });

  it('folds from the start an array that was changed rather than appended to', () => {
    const story = pilotStory('provinceAccepted');
    const events: DomainEvent[] = [...story];
    foldPilotUnit(events);
    events.splice(1, events.length - 1, ...story.slice(1, 2));
    expect(foldPilotUnit(events)).toEqual(fresh(story.slice(0, 2)));
  });
});
