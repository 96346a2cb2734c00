import type { AsOf } from '@gongkai/projections';
import type { GongkaiApiContext } from '../context';

/** Views "as of" one principal may compute at once; the others wait their turn. */
export const AS_OF_SLOTS_PER_PRINCIPAL = 2;

interface Slots {
  active: number;
  waiting: (() => void)[];
}

const slotsByPrincipal = new Map<string, Slots>();

const release = (key: string, slots: Slots): void => {
  const next = slots.waiting.shift();
  if (next) {
    next();
    return;
  }
  slots.active--;
  if (slots.active === 0) slotsByPrincipal.delete(key);
};

/**
 * Runs `work` (a view "as of") in one of the principal's slots: however many aliases or parallel
 * requests a principal sends, at most `AS_OF_SLOTS_PER_PRINCIPAL` of its as-of views are computed at
 * a time, and each starts on a fresh turn of the event loop, so health checks and other tenants'
 * requests are served between them. A live view (no `asOf`) runs at once.
 */
export const inAsOfSlot = async <T>(
  context: GongkaiApiContext,
  asOf: AsOf | undefined,
  work: () => Promise<T>,
): Promise<T> => {
  if (asOf === undefined) return work();
  const principal = context.scope.requireAuthenticated();
  const key = `${principal.tenant}\0${principal.id}`;
  let slots = slotsByPrincipal.get(key);
  if (!slots) slotsByPrincipal.set(key, (slots = { active: 0, waiting: [] }));
  if (slots.active < AS_OF_SLOTS_PER_PRINCIPAL) slots.active++;
  else {
    const queue = slots.waiting;
    await new Promise<void>((resolve) => queue.push(resolve));
  }
  try {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return await work();
  } finally {
    release(key, slots);
  }
};
