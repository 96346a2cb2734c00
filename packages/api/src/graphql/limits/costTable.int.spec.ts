import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isObjectType, parse } from '../graphqlJs';
import { committedSchema, everyFieldOf, wholeViewField } from '../../testing/wholeView';
import { measureQuery } from './cost';
import calibrated from './costTable.json' with { type: 'json' };
import { FIELD_COSTS } from './costTable';

const schema = committedSchema();
const DEFAULT_MAX_COST = 20_000; // GONGKAI_MAX_QUERY_COST's default
const DEFAULT_MAX_AS_OF_FIELDS = 4; // GONGKAI_MAX_AS_OF_FIELDS' default
const measure = (query: string) => measureQuery({ schema, document: parse(query) }, { defaultListSize: 20 });
const cost = (query: string) => measure(query).cost;
/** The rule that refuses the query under the platform's default limits, as `useQueryLimits` applies them. */
const refusedBy = (query: string): 'asOfFields' | 'cost' | undefined => {
  const { cost: total, asOfFields } = measure(query);
  if (asOfFields > DEFAULT_MAX_AS_OF_FIELDS) return 'asOfFields';
  return total > DEFAULT_MAX_COST ? 'cost' : undefined;
};
const queryType = schema.getQueryType()!;

const whole: Record<string, string> = {
  countyView: wholeViewField(schema, 'countyView', 'code: "230102"'),
  prefectureView: wholeViewField(schema, 'prefectureView', 'code: "230100"'),
  provinceView: wholeViewField(schema, 'provinceView', 'code: "230000"'),
  nationalRollup: wholeViewField(schema, 'nationalRollup'),
};
const asOf = (view: string) =>
  view.replace(
    /^(\w+)(\((.*?)\))?/,
    (_, name: string, __, args?: string) => `${name}(${args ? `${args}, ` : ''}asOf: { date: "2018-06-30" })`,
  );

describe('the cost table', () => {
  it('names fields of the schema only', () => {
    for (const key of Object.keys(FIELD_COSTS)) {
      const [type = '', field = ''] = key.split('.');
      const owner = schema.getType(type);
      expect(isObjectType(owner) && owner.getFields()[field] !== undefined, key).toBe(true);
    }
  });

  it('prices every query field that takes asOf, asOf included', () => {
    const withAsOf = Object.values(queryType.getFields()).filter((field) =>
      field.args.some((arg) => arg.name === 'asOf'),
    );
    for (const field of withAsOf) {
      if (field.name === 'auditTrail') continue; // a page of one stream: priced by its page size
      expect(FIELD_COSTS[`Query.${field.name}`]?.asOf, field.name).toBeGreaterThan(0);
    }
  });

  it('is the committed calibration (costTable.json, with its provenance), assessment priced as provinceView', () => {
    expect(FIELD_COSTS).toEqual({
      ...calibrated.fields,
      'Query.assessment': calibrated.fields['Query.provinceView'],
    });
    expect(calibrated.unitMs).toBe(0.05);
    for (const run of ['views', 'applications'] as const) {
      const provenance = (
        calibrated.provenance as Record<string, { command: string; date: string; loadAverage: string }>
      )[run];
      expect(provenance?.command, run).toMatch(/^pnpm bench cost-calibration/);
      expect(provenance?.date, run).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
      expect(provenance?.loadAverage, run).toMatch(/at the start/);
    }
  });

  it.each(Object.keys(whole))(
    'fits a whole %s, every field, live and asOf, in the default limits, at its table cost',
    (name) => {
      const query = whole[name]!;
      const measured = FIELD_COSTS[`Query.${name}`]!;
      expect(cost(`{ ${query} }`)).toBe(measured.cost);
      expect(cost(`{ ${asOf(query)} }`)).toBe(measured.asOf);
      expect(refusedBy(`{ ${query} }`)).toBeUndefined();
      expect(refusedBy(`{ ${asOf(query)} }`)).toBeUndefined();
    },
  );

  it("fits a province admin's dashboard: every whole view of its tiers in one query, live", () => {
    expect(refusedBy(`{ ${whole['countyView']} ${whole['prefectureView']} ${whole['provinceView']} }`)).toBe(
      undefined,
    );
  });

  it('refuses the abusive shapes: aliases × asOf, fan-out fragments, deep pages', () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `p${i}: provinceView(code: "230000", asOf: { position: ${i} }) { name }`,
    );
    expect(refusedBy(`{ ${aliases.join(' ')} }`)).toBe('asOfFields');
    // As many as the bound allows are served; one more is refused.
    const national = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${asOf(whole['nationalRollup']!)}`).join(' ')} }`;
    expect(refusedBy(national(DEFAULT_MAX_AS_OF_FIELDS))).toBeUndefined();
    expect(refusedBy(national(DEFAULT_MAX_AS_OF_FIELDS + 1))).toBe('asOfFields');
    const spreads = Array.from({ length: 30 }, () => '...F').join(' ');
    expect(
      refusedBy(
        `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: nationalRollup(asOf: { date: "2018-01-0${(i % 9) + 1}" }) { ...G }`).join(' ')} } fragment G on NationalRollup { ${spreads} } fragment F on NationalRollup { tenant }`,
      ),
    ).toBe('asOfFields');
    // A fragment of views as of, spread again and again at the root.
    const fanOut = `{ ${Array.from({ length: 10 }, () => '...V').join(' ')} } fragment V on Query { countyView(code: "230102", asOf: { date: "2018-06-30" }) { name } }`;
    expect(refusedBy(fanOut)).toBe('asOfFields');
    // At a position the application fields replay the tenant's streams: one is beyond the cost.
    expect(refusedBy('{ applicationQueue(code: "230000", asOf: { position: 1 }) { total } }')).toBe('cost');
    expect(
      refusedBy(`{ catalogue(tenant: "230000", first: 500) ${everyFieldOf(schema, 'CatalogueConnection')} }`),
    ).toBe('cost');
  });

  it('is listed, field by field, in packages/api/README.md', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Query cost'),
      readme.indexOf('\n## ', readme.indexOf('## Query cost') + 1),
    );
    const figure = (cell: string | undefined): number | undefined =>
      cell === undefined || cell.trim() === '—' ? undefined : Number(cell.replaceAll(',', ''));
    const listed: Record<string, { cost: number; asOf?: number; asOfPosition?: number }> = {};
    for (const [, field, live, date, position] of section.matchAll(
      /^\| `(\w+)`\s*\|\s*([\d,]+)\s*\|\s*([\d,—]+)\s*\|\s*([\d,—]+)\s*\|/gm,
    )) {
      const asOfDate = figure(date);
      const asOfPosition = figure(position);
      listed[`Query.${field}`] = {
        cost: figure(live)!,
        ...(asOfDate === undefined ? {} : { asOf: asOfDate }),
        ...(asOfPosition === undefined || asOfPosition === asOfDate ? {} : { asOfPosition }),
      };
    }
    expect(listed).toEqual(FIELD_COSTS);
  });
});
