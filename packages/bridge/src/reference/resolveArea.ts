import type { AreaCode, PilotArea } from '@gongkai/domain';

const normalise = (text: string): string => text.trim().toLowerCase();

/** An area code for the text a list uses: the code itself, the Chinese name, or the English name. */
export const areaCodeOf = (text: string, areas: readonly PilotArea[]): AreaCode | undefined => {
  const wanted = normalise(text);
  return areas.find(
    (area) => area.code === wanted || normalise(area.name) === wanted || normalise(area.nameEn) === wanted,
  )?.code;
};

/**
 * The pilot area of the tenant the item belongs to: `area`, else `domain`, read as an area and
 * kept only when it is one of the tenant's pilot areas. Undefined otherwise: the bridge never
 * guesses an area (a wrongly filed item is worse than one the province sends again).
 */
export const pilotAreaOf = (
  item: { area?: string | undefined; domain?: string | undefined },
  areas: readonly PilotArea[],
  pilotAreas: readonly AreaCode[],
): AreaCode | undefined =>
  [item.area, item.domain]
    .filter((text): text is string => text !== undefined)
    .map((text) => areaCodeOf(text, areas))
    .find((code): code is AreaCode => code !== undefined && pilotAreas.includes(code));
