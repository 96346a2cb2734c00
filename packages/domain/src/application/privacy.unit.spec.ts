import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { officialWorkingDayCalendar as calendar } from '../calendar';
import { createTenantDirectory, heilongjiangSeed } from '../tenants';
import { applicationEventSchemas } from './events';
import type { ApplicationEventType } from './events';
import { applicationDataClassification, publicDataOf } from './privacy';
import { foldApplication } from './testing';
import { demoApplications } from './testing/demoApplications';

describe('personal data in application events', () => {
  it.each(Object.keys(applicationEventSchemas) as ApplicationEventType[])(
    '%s: every field is classified exactly once',
    (type) => {
      const schema = applicationEventSchemas[type] as unknown as z.ZodObject;
      const fields = Object.keys(schema.shape).sort();
      const { public: open, personal, internal } = applicationDataClassification[type];
      const classified = [...open, ...personal, ...Object.keys(internal)];
      expect([...classified].sort()).toEqual(fields);
      expect(new Set(classified).size).toBe(classified.length);
    },
  );

  it('personal data is only ever in a field named personal', () => {
    for (const { personal } of Object.values(applicationDataClassification))
      expect(personal.every((field) => field === 'personal')).toBe(true);
  });

  it('what leaves the tenant of the demo applications names no applicant, contact or third party', () => {
    const directory = createTenantDirectory(heilongjiangSeed);
    const demo = demoApplications({
      seed: 7,
      counties: ['230102'],
      fromYear: 2020,
      toYear: 2021,
      directory,
      calendar,
    });
    const secrets = demo.flatMap((a) =>
      a.events.flatMap((event) => {
        const personal = (event.data as { personal?: Record<string, unknown> | null }).personal;
        return personal ? Object.values(personal).flat().map(String) : [];
      }),
    );
    expect(secrets.length).toBeGreaterThan(0);
    const outgoing = JSON.stringify(
      demo.flatMap((a) => a.events.map((event) => publicDataOf(event.type, event.data))),
    );
    for (const secret of new Set(secrets)) expect(outgoing).not.toContain(secret);
    const states = JSON.stringify(demo.map((a) => foldApplication(a.events)));
    for (const secret of new Set(secrets)) expect(states).not.toContain(secret);
  });
});
