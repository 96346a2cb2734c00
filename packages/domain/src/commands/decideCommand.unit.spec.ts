import { describe, expect, it } from 'vitest';
import { command, DAOLI, itemEvents, pilotEvents, pilotStory, provinceAdmin, testContext } from '../testing';
import { decideCommand, decideParsedCommand } from './decideCommand';
import { parseCommand } from './parseCommand';

const complete = command('CompletePilot', { tenant: DAOLI, completedOn: '2018-08-20' });

describe('decideCommand', () => {
  it('folds the stream with evolve, then decides', () => {
    expect(
      decideCommand(complete, pilotStory('provinceAccepted'), testContext({ actor: provinceAdmin() })),
    ).toEqual([pilotEvents().completed]);
  });

  it('refuses a stream holding another aggregate’s events', () => {
    expect(() =>
      decideCommand(
        complete,
        [...pilotStory('provinceAccepted'), itemEvents().drafted],
        testContext({ actor: provinceAdmin() }),
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_EVENT',
        message: expect.stringContaining(
          'CatalogueItemDrafted v0 does not match its schema: is not an event of pilotUnit streams',
        ) as string,
      }) as Error,
    );
  });

  it('decides a parsed command the same without validating it again, and still authorizes', () => {
    const context = testContext({ actor: provinceAdmin() });
    const parsed = parseCommand(complete);
    expect(decideParsedCommand(parsed, pilotStory('provinceAccepted'), context)).toEqual(
      decideCommand(complete, pilotStory('provinceAccepted'), context),
    );
    expect(() => decideParsedCommand(parsed, pilotStory('provinceAccepted'), testContext())).toThrow(
      expect.objectContaining({ code: 'ROLE_FORBIDDEN' }) as Error,
    );
  });

  it('authorizes before deciding', () => {
    expect(() => decideCommand(complete, pilotStory('provinceAccepted'), testContext())).toThrow(
      expect.objectContaining({ code: 'ROLE_FORBIDDEN' }) as Error,
    );
  });

  it('refuses a context whose business time is not an instant', () => {
    expect(() =>
      decideCommand(
        complete,
        pilotStory('provinceAccepted'),
        testContext({ actor: provinceAdmin(), occurredAt: 'yesterday' }),
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_CONTEXT' }) as Error);
  });

  it('validates a command built in code as strictly as one parsed from input', () => {
    expect(() =>
      decideCommand(
        command('CompletePilot', { tenant: DAOLI, completedOn: '20.08.2018' }),
        pilotStory('provinceAccepted'),
        testContext({ actor: provinceAdmin() }),
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_COMMAND' }) as Error);
  });

  it('reads the business date in China Standard Time', () => {
    // 2018-08-19T17:00Z is 2018-08-20 01:00 in Beijing: completing on the 20th is not in the future.
    expect(
      decideCommand(
        complete,
        pilotStory('provinceAccepted'),
        testContext({ actor: provinceAdmin(), occurredAt: '2018-08-19T17:00:00Z' }),
      ),
    ).toHaveLength(1);
  });
});
