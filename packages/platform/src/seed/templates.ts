import { z } from 'zod';
import type { AreaCode, ItemStandard } from '@gongkai/domain';
import { ItemStandardSchema } from '@gongkai/domain';
import templatesJson from './data/catalogue-templates.json' with { type: 'json' };

const TemplatesSchema = z.object({
  areas: z.array(z.object({ areaCode: z.string().min(1), items: z.array(ItemStandardSchema).min(1) })),
});

// Parsed with the domain's own schema once, so a bad edit of the data fails at load, not mid-seed.
const templatesByArea: ReadonlyMap<AreaCode, readonly ItemStandard[]> = new Map(
  TemplatesSchema.parse(templatesJson).areas.map(({ areaCode, items }) => [areaCode, items]),
);

/** The template standards of an area's catalogue items (empty for an area without templates). */
export const templatesOf = (areaCode: AreaCode): readonly ItemStandard[] =>
  templatesByArea.get(areaCode) ?? [];
