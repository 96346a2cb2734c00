import { describe, expect, it } from 'vitest';
import { asDomainError } from './asDomainError';
import { domainErrorCodes } from './codes';
import { DomainError, isDomainError } from './domainError';
import { StandardIncompleteError, isStandardIncompleteError } from './catalogue';

describe('domain errors', () => {
  it('every code is unique and stable in form', () => {
    expect(new Set(domainErrorCodes).size).toBe(domainErrorCodes.length);
    for (const code of domainErrorCodes) expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('each error has its code, details and a guard', () => {
    const error = new StandardIncompleteError({ itemId: 'edu-1', missing: ['legalBasis'] });
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('STANDARD_INCOMPLETE');
    expect(error.details).toEqual({ itemId: 'edu-1', missing: ['legalBasis'] });
    expect(error.message).toContain('fill in legalBasis');
    expect(isStandardIncompleteError(error)).toBe(true);
    expect(isDomainError(error, 'ITEM_RETIRED')).toBe(false);
  });

  it('coded errors of the reference-data modules become DomainErrors with the same code', () => {
    const calendarError = Object.assign(new Error('No official working-day calendar for 2016'), {
      name: 'CalendarYearUnknownError',
      code: 'CALENDAR_YEAR_UNKNOWN',
      year: 2016,
    });
    const converted = asDomainError(calendarError);
    expect(isDomainError(converted, 'CALENDAR_YEAR_UNKNOWN')).toBe(true);
    expect((converted as DomainError).details).toEqual({ year: 2016 });
    const plain = new TypeError('boom');
    expect(asDomainError(plain)).toBe(plain);
  });
});
