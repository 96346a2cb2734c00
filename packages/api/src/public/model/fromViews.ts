import type { TenantDirectory } from '@gongkai/domain';
import { channelNames } from '@gongkai/domain';
import type {
  CatalogueItemView,
  CountyComparisonRow,
  CountyView,
  IndicatorFigures,
  UnitMilestonesView,
} from '@gongkai/projections';
import type {
  PublicFigures,
  PublicItem,
  PublicLatestDisclosure,
  PublicMilestone,
  PublicUnitRef,
  PublicUnitRow,
} from './types';

// Field by field from the read models to what the public may see (see ./types).

export const unitRef = (directory: TenantDirectory, code: string | null): PublicUnitRef | null => {
  const unit = code === null ? undefined : directory.get(code);
  // The national pseudo-tenant has no special topic to link to.
  return unit && unit.tier !== 'national' ? { code: unit.code, name: unit.name } : null;
};

export const publicMilestones = (view: UnitMilestonesView): PublicMilestone[] =>
  view.milestones.map((milestone) => ({
    description: milestone.description,
    dueDate: milestone.dueDate,
    dueDateText: milestone.dueDateText,
    state: milestone.state,
    completedOn: milestone.completedOn,
  }));

export const figuresOf = (
  totals: IndicatorFigures,
  areas: { assignedAreas: number; areasCovered: number },
): PublicFigures => ({
  ...areas,
  publishedItems: totals.catalogue.published,
  completeStandards: totals.catalogue.completeStandards,
  revisions: totals.catalogue.revisions,
  disclosures: totals.disclosures.total,
  onTimeRate: totals.disclosures.timeliness.onTimeRate,
  interpretations: totals.interpretations.total,
  responses: totals.responses.total,
  feedbackCount: totals.feedback.count,
  averageSatisfaction: totals.feedback.averageSatisfaction,
});

export const unitRow = (row: CountyComparisonRow): PublicUnitRow => ({
  code: row.tenant,
  name: row.name,
  pilotLevel: row.pilotLevel,
  status: row.status,
  figures: {
    assignedAreas: row.assignedAreas,
    areasCovered: row.areasCovered,
    publishedItems: row.publishedItems,
    completeStandards: row.completeStandards,
    revisions: row.revisions,
    disclosures: row.disclosures,
    onTimeRate: row.onTimeRate,
    interpretations: row.interpretations,
    responses: row.responses,
    feedbackCount: row.feedbackCount,
    averageSatisfaction: row.averageSatisfaction,
  },
});

export const countyFigures = (view: CountyView): PublicFigures =>
  figuresOf(view.totals, { assignedAreas: view.assignedAreas.length, areasCovered: view.areasCovered });

const itemName = (item: CatalogueItemView): string =>
  [item.name.level1Name, item.name.level2Name, item.name.level3Name].filter(Boolean).join(' · ');

/** The most recent publications across the given (published) items. */
export const latestDisclosures = (
  items: readonly CatalogueItemView[],
  count: number,
): PublicLatestDisclosure[] =>
  items
    .flatMap((item) =>
      item.disclosures.map((disclosure) => ({
        itemId: item.itemId,
        itemName: itemName(item),
        title: disclosure.title,
        channelName: disclosure.channelLabel ?? disclosure.channelName,
        url: disclosure.url,
        publishedOn: disclosure.publishedOn,
      })),
    )
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.itemId.localeCompare(b.itemId))
    .slice(0, count);

const publicStandard = (item: CatalogueItemView): PublicItem['standard'] => {
  const standard = item.standard;
  if (standard === null) return null;
  return {
    name: standard.name,
    legalBasis: standard.legalBasis.map((basis) => ({
      title: basis.title,
      docNo: basis.docNo ?? null,
      article: basis.article ?? null,
    })),
    contentElements: standard.contentElements.map(({ name, required }) => ({ name, required })),
    subject: standard.subject,
    timeLimit: standard.timeLimit.text,
    modes: [...standard.mode],
    channels: standard.channels.map((channel) => ({
      name: channel.label ?? channelNames[channel.code],
      required: channel.required,
    })),
    audience: [...standard.audience],
    audienceNote: standard.audienceNote ?? null,
    levels: [...standard.levels],
    fiveOpenStages: [...standard.fiveOpenStages],
    chainStages: [...standard.chainStages],
  };
};

const average = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

export const publicItem = (item: CatalogueItemView, unit: PublicUnitRef): PublicItem => ({
  unit,
  itemId: item.itemId,
  area: { code: item.area, name: item.areaName },
  name: item.name,
  standard: publicStandard(item),
  standardVersion: item.standardVersion,
  history: item.standardHistory.map((revision) => ({
    version: revision.version,
    reason: revision.reason,
    changedElements: [...revision.changedElements],
    datedOn: revision.datedOn,
  })),
  publishedOn: item.publishedOn,
  disclosures: item.disclosures.map((disclosure) => ({
    title: disclosure.title,
    channelName: disclosure.channelLabel ?? disclosure.channelName,
    url: disclosure.url,
    reference: disclosure.reference,
    publishedOn: disclosure.publishedOn,
    onTime: disclosure.timeliness?.onTime ?? null,
  })),
  interpretations: item.interpretations.map((interpretation) => ({
    title: interpretation.title,
    form: interpretation.form,
    url: interpretation.url,
    publishedOn: interpretation.publishedOn,
  })),
  responses: item.responses.map((response) => ({
    concern: response.concern,
    respondedOn: response.respondedOn,
    url: response.url,
  })),
  // Counted, never listed: other citizens' comments and the evaluators' names stay off the site.
  feedback: {
    count: item.feedback.length,
    averageSatisfaction: average(item.feedback.map((record) => record.satisfaction)),
  },
});
