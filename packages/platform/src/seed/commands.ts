import type { CommandEnvelope } from '@gongkai/command-handling';
import { catalogueItems } from './items/catalogue';
import { itemStory } from './items/story';
import { pilotSteps } from './pilot/steps';
import type { PlannedPilotStep } from './pilot/steps';
import { pilotTimeline } from './pilot/timeline';
import { programmePlanSteps, provincialSummaryStep } from './programme';
import type { PilotTimeline } from './pilot/timeline';
import { UnitStats } from './stats';
import type { SeedStep } from './steps';
import { toEnvelope } from './steps';
import { seedUnits } from './units';
import type { SeedUnit } from './units';

export interface SeedOptions {
  /** Seed of the PRNG: the same number always yields the same commands. Default 20170809. */
  random?: number;
  /**
   * Scale the catalogue for benchmarks: exactly `itemsTarget` items across the 15 pilot units, and
   * about `eventsTarget` events in all (default 10 per item).
   */
  scale?: { itemsTarget: number; eventsTarget?: number };
}

export const DEFAULT_SEED = 20170809;
const EVENTS_PER_SCALED_ITEM = 10;

/** A unit's pilot as the seed plans it (the national benchmark plans every county the same way). */
export interface UnitPlan {
  unit: SeedUnit;
  timeline: PilotTimeline;
  pilot: PlannedPilotStep[];
  /** The catalogue as of the first self-assessment, which quotes it. */
  stats: UnitStats;
}

/** A unit's pilot timeline and steps under `seed`. */
export const planUnit = (seed: number, unit: SeedUnit): UnitPlan => {
  const timeline = pilotTimeline(seed, unit);
  return {
    unit,
    timeline,
    pilot: pilotSteps(unit, timeline, seed),
    stats: new UnitStats(timeline.selfAssessedOn),
  };
};

const planUnits = (seed: number): Map<string, UnitPlan> =>
  new Map(seedUnits().map((unit) => [unit.code, planUnit(seed, unit)]));

const planOf = (plans: ReadonlyMap<string, UnitPlan>, code: string): UnitPlan => {
  const plan = plans.get(code);
  if (!plan) throw new Error(`seed: no plan for unit ${code}`);
  return plan;
};

/** Each item's commands together; with a budget per item so the events come out at the target. */
function* scaledItemSteps(
  plans: ReadonlyMap<string, UnitPlan>,
  seed: number,
  scale: NonNullable<SeedOptions['scale']>,
): Generator<SeedStep> {
  // The pilots' own steps, the governments' plans and the province's summary: one event each.
  const pilotEvents =
    [...plans.values()].reduce((sum, plan) => sum + plan.pilot.length, 0) +
    programmePlanSteps(seed).length +
    1;
  const eventsTarget = scale.eventsTarget ?? scale.itemsTarget * EVENTS_PER_SCALED_ITEM;
  const perItem = Math.max(0, eventsTarget - pilotEvents) / Math.max(1, scale.itemsTarget);
  const units = [...plans.values()].map((plan) => plan.unit);
  let carry = 0;
  let index = 0;
  for (const spec of catalogueItems(units, scale.itemsTarget)) {
    const budget = Math.floor((index + 1) * perItem) - Math.floor(index * perItem) + carry;
    index++;
    const steps = itemStory(spec, planOf(plans, spec.unit.code).timeline, seed, budget);
    carry = budget - steps.length;
    yield* steps;
  }
}

type Pending = SeedStep | (PlannedPilotStep & { unit: string });

const isPlanned = (step: Pending): step is PlannedPilotStep & { unit: string } => 'unit' in step;

const byOccurredAt = (a: Pending, b: Pending): number =>
  a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0;

/** The unscaled seed is small: all of it in business-time order, as it would have been recorded. */
const chronological = (plans: ReadonlyMap<string, UnitPlan>, seed: number): Pending[] => {
  const units = [...plans.values()].map((plan) => plan.unit);
  const pending: Pending[] = [];
  for (const spec of catalogueItems(units)) {
    pending.push(...itemStory(spec, planOf(plans, spec.unit.code).timeline, seed));
  }
  for (const plan of plans.values()) {
    pending.push(
      ...plan.pilot.filter((step) => !step.setup).map((step) => ({ ...step, unit: plan.unit.code })),
    );
  }
  pending.push(provincialSummaryStep());
  return pending.sort(byOccurredAt);
};

export const sendPilot = (plan: UnitPlan, step: PlannedPilotStep): SeedStep => ({
  key: step.key,
  on: step.on,
  occurredAt: step.occurredAt,
  actor: step.actor,
  command: step.command(plan.stats),
  correlation: `${plan.unit.code}:pilot`,
});

const tenantOf = (step: SeedStep): string => step.command.data.tenant;

/** Sends a step: a pilot unit's is built now (its self-assessment quotes its catalogue so far). */
const send = (plans: ReadonlyMap<string, UnitPlan>, step: Pending): SeedStep => {
  if (isPlanned(step)) return sendPilot(planOf(plans, step.unit), step);
  // A pilot unit's catalogue work feeds its self-assessment; a government's own steps do not.
  plans.get(tenantOf(step))?.stats.record(step);
  return step;
};

/**
 * Every seed command in the order it is sent: registrations, areas and plans (the pilots', the
 * prefectures' and the province's) first; then the catalogues, disclosures and the pilot year,
 * ending with the province's summary. Unscaled, in business-time order; scaled, item by item
 * (streamed), then the pilot year.
 */
export function* seedSteps(options: SeedOptions = {}): Generator<SeedStep> {
  const seed = options.random ?? DEFAULT_SEED;
  const plans = planUnits(seed);
  const setup: Pending[] = [
    ...[...plans.values()].flatMap((plan) =>
      plan.pilot.filter((step) => step.setup).map((step) => ({ ...step, unit: plan.unit.code })),
    ),
    ...programmePlanSteps(seed),
  ];
  for (const step of setup.sort(byOccurredAt)) yield send(plans, step);
  if (options.scale) {
    for (const step of scaledItemSteps(plans, seed, options.scale)) yield send(plans, step);
    const closing: Pending[] = [
      ...[...plans.values()].flatMap((plan) =>
        plan.pilot.filter((step) => !step.setup).map((step) => ({ ...step, unit: plan.unit.code })),
      ),
      provincialSummaryStep(),
    ];
    for (const step of closing.sort(byOccurredAt)) yield send(plans, step);
    return;
  }
  for (const step of chronological(plans, seed)) yield send(plans, step);
}

/**
 * The Heilongjiang pilot as command envelopes, deterministic: fixed message ids (`seed:<…>`), so
 * seeding twice stores everything once.
 */
export function* heilongjiangSeedCommands(options: SeedOptions = {}): Generator<CommandEnvelope> {
  for (const step of seedSteps(options)) yield toEnvelope(step);
}

/** The seed scaled for the read-side benchmark, e.g. `{ items: 100_000, targetEvents: 1_000_000 }`. */
export function* scaledSeedCommands(options: {
  items: number;
  targetEvents?: number;
  random?: number;
}): Generator<CommandEnvelope> {
  yield* heilongjiangSeedCommands({
    ...(options.random === undefined ? {} : { random: options.random }),
    scale: {
      itemsTarget: options.items,
      ...(options.targetEvents === undefined ? {} : { eventsTarget: options.targetEvents }),
    },
  });
}

/** How many commands the seed sends (walks the generator; for progress totals). */
export const countSeedCommands = (options: SeedOptions = {}): number => {
  let count = 0;
  for (const _ of seedSteps(options)) count++;
  return count;
};
