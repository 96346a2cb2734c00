import type { WorkingDayCalendar } from '../calendar/types';
import type { TenantDirectory } from '../tenants/types';
import type { Actor } from './actor';

/** What every decision is handed: who, when (business time), and the reference data it may consult. */
export interface DecisionContext {
  actor: Actor;
  /** Business time of the command, ISO 8601 (e.g. `2018-07-10T09:00:00+08:00`). */
  occurredAt: string;
  directory: TenantDirectory;
  calendar: WorkingDayCalendar;
}
