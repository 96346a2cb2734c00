import type { AreaCode, ItemStandard } from '@gongkai/domain';
import { templatesOf } from '../templates';
import type { SeedUnit } from '../units';

/** One catalogue item the seed builds: a unit's copy of an area template. */
export interface ItemSpec {
  unit: SeedUnit;
  areaCode: AreaCode;
  template: ItemStandard;
  itemId: string;
  /** The first item of the unit's area: always complete and published, so every area shows one. */
  first: boolean;
}

interface BaseItem {
  unit: SeedUnit;
  areaCode: AreaCode;
  template: ItemStandard;
  number: number;
}

/** The template as the unit's own: `{county}` in its subject is the unit's name (铁力市农业局 …). */
const ownBodies = (template: ItemStandard, unit: SeedUnit): ItemStandard =>
  template.subject.includes('{county}')
    ? { ...template, subject: template.subject.replaceAll('{county}', unit.name) }
    : template;

function* baseItems(units: readonly SeedUnit[]): Generator<BaseItem> {
  for (const unit of units) {
    for (const areaCode of unit.areas) {
      const templates = templatesOf(areaCode);
      for (const [index, template] of templates.entries())
        yield { unit, areaCode, template: ownBodies(template, unit), number: index + 1 };
    }
  }
}

export const baseItemCount = (units: readonly SeedUnit[]): number => {
  let count = 0;
  for (const _ of baseItems(units)) count++;
  return count;
};

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** A sub-item of a template (scaled seed): the same standard, named with its 序号. */
const subItem = (template: ItemStandard, copy: number): ItemStandard =>
  copy === 1
    ? template
    : { ...template, name: { ...template.name, level3Name: `${template.name.level2Name}（${copy}）` } };

/**
 * The items of the seed, unit by unit and area by area. Unscaled: one item per template. Scaled to
 * `itemsTarget`: each template is repeated as numbered sub-items, spread evenly so the total is exact.
 */
export function* catalogueItems(units: readonly SeedUnit[], itemsTarget?: number): Generator<ItemSpec> {
  const base = itemsTarget === undefined ? 0 : baseItemCount(units);
  const seen = new Set<string>();
  let index = 0;
  for (const { unit, areaCode, template, number } of baseItems(units)) {
    const copies =
      itemsTarget === undefined
        ? 1
        : Math.floor(((index + 1) * itemsTarget) / base) - Math.floor((index * itemsTarget) / base);
    index++;
    for (let copy = 1; copy <= copies; copy++) {
      const area = `${unit.code}:${areaCode}`;
      const first = !seen.has(area);
      seen.add(area);
      yield {
        unit,
        areaCode,
        template: itemsTarget === undefined ? template : subItem(template, copy),
        itemId:
          itemsTarget === undefined
            ? `${areaCode}-${pad(number, 2)}`
            : `${areaCode}-${pad(number, 2)}-s${copy}`,
        first,
      };
    }
  }
}
