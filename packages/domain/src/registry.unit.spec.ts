import { describe, expect, it } from 'vitest';
import { allowedParties } from './authorization';
import type { Command } from './commands';
import {
  aggregateOfCommand,
  commandSchemas,
  commandTypes,
  decideAuthorizedCommand,
  decideParsedCommand,
  deciderOfCommand,
  routeCommand,
} from './commands';
import type { CommandContext } from './commands';
import { domainErrorCodes } from './errors';
import type { DomainEvent } from './events';
import { eventCatalogue, validateEvent } from './events';
import { deciders, eventModules } from './registry';
import { commandStory, DAOLI, pilotStory, provinceAdmin, testContext, testDirectory } from './testing';

const contextFor = (command: Command, streams: Map<string, DomainEvent[]>): CommandContext => {
  const base = testContext();
  const [party] = allowedParties(command, base);
  const consulted = Object.fromEntries(
    routeCommand(command, testDirectory).consults.map((streamId) => [streamId, streams.get(streamId) ?? []]),
  );
  return { ...base, actor: { id: `test:${party!.tier}-admin`, ...party! }, consulted };
};

/** Decides the whole story, stream by stream, as a write core would; the decided events by command. */
const runStory = () => {
  const streams = new Map<string, DomainEvent[]>();
  return commandStory().map((command) => {
    const { streamId } = routeCommand(command, testDirectory);
    const stream = streams.get(streamId) ?? [];
    const events = decideParsedCommand(command, stream, contextFor(command, streams));
    streams.set(streamId, [...stream, ...events]);
    return { command, events };
  });
};

describe('the decider registry', () => {
  it('the story the next test decides goes through every decider', () => {
    // Each command's own given/when/then spec validates what it decides; the story adds a whole
    // lifecycle across the aggregates (today it holds every command type once or more).
    const aggregates = new Set(commandStory().map((command) => aggregateOfCommand[command.type]));
    expect(aggregates).toEqual(new Set(deciders.map((decider) => decider.category)));
  });

  it('every event every decider produces validates against its catalogue schema, unchanged', () => {
    for (const { command, events } of runStory()) {
      expect(events.length, command.type).toBeGreaterThan(0);
      for (const event of events)
        expect(validateEvent(event), `${command.type} → ${event.type}`).toEqual(event);
    }
  });

  it('a command decides only events of its own aggregate', () => {
    for (const { command, events } of runStory()) {
      for (const event of events)
        expect(eventCatalogue[event.type].category).toBe(aggregateOfCommand[command.type]);
    }
  });

  it('derives the command schemas, the routing table and the event catalogue from the modules', () => {
    for (const decider of deciders) {
      for (const type of decider.commandTypes) {
        expect(commandSchemas[type]).toBe(
          decider.commandSchemas[type as keyof typeof decider.commandSchemas],
        );
        expect(aggregateOfCommand[type]).toBe(decider.category);
        expect(deciderOfCommand[type]).toBe(decider);
      }
    }
    const moduleEvents = eventModules.flatMap((module) => Object.keys(module.eventSchemas));
    expect(Object.keys(eventCatalogue).sort()).toEqual([...moduleEvents].sort());
  });

  it('lists each command type, event type and GraphQL mutation once', () => {
    const mutations = deciders.flatMap((decider) =>
      Object.values(decider.commands).map((spec: { graphql: { mutation: string } }) => spec.graphql.mutation),
    );
    expect(new Set(mutations).size).toBe(commandTypes.length);
    expect(new Set(commandTypes).size).toBe(commandTypes.length);
  });

  it('every command has a described schema', () => {
    for (const type of commandTypes) expect(commandSchemas[type].description, type).toBeTruthy();
  });

  it('a decider refuses to route or decide another aggregate’s command', () => {
    const complete: Command = { type: 'CompletePilot', data: { tenant: DAOLI, completedOn: '2018-08-20' } };
    const [, catalogueItemDecider] = deciders;
    expect(() => catalogueItemDecider.route(complete, testDirectory)).toThrow(
      expect.objectContaining({ code: 'INVALID_COMMAND' }) as Error,
    );
    expect(() => catalogueItemDecider.decideOnStream(complete, [], testContext())).toThrow(
      /CompletePilot is not a catalogueItem command/,
    );
  });

  it('every error a module names is a stable domain code', () => {
    for (const decider of deciders)
      for (const code of decider.errors) expect(domainErrorCodes).toContain(code);
  });

  it('names the server-filled fields of a command among its fields', () => {
    for (const decider of deciders) {
      for (const [type, spec] of Object.entries(decider.commands)) {
        const shape = Object.keys(
          (decider.commandSchemas[type as keyof typeof decider.commandSchemas] as { shape: object }).shape,
        );
        for (const field of (spec as { graphql: { serverFields?: readonly string[] } }).graphql
          .serverFields ?? [])
          expect(shape).toContain(field);
      }
    }
  });
});

describe('decideAuthorizedCommand', () => {
  const complete: Command = { type: 'CompletePilot', data: { tenant: DAOLI, completedOn: '2018-08-20' } };

  it('decides like decideParsedCommand for an authorized actor', () => {
    const context = testContext({ actor: provinceAdmin() });
    expect(decideAuthorizedCommand(complete, pilotStory('provinceAccepted'), context)).toEqual(
      decideParsedCommand(complete, pilotStory('provinceAccepted'), context),
    );
  });

  it('does not authorize again: the caller did', () => {
    // A county admin may not complete its pilot; decideParsedCommand refuses it, this one decides.
    expect(() => decideParsedCommand(complete, pilotStory('provinceAccepted'), testContext())).toThrow(
      expect.objectContaining({ code: 'ROLE_FORBIDDEN' }) as Error,
    );
    expect(decideAuthorizedCommand(complete, pilotStory('provinceAccepted'), testContext())).toHaveLength(1);
  });

  it('still refuses a context whose business time is not an instant', () => {
    expect(() =>
      decideAuthorizedCommand(complete, pilotStory('provinceAccepted'), testContext({ occurredAt: 'soon' })),
    ).toThrow(expect.objectContaining({ code: 'INVALID_CONTEXT' }) as Error);
  });
});
