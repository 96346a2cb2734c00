import type { Logger } from 'pino';
import type { Principal } from '../auth/principal';
import type { TenantScope } from './scope/tenantScope';

/**
 * What every resolver gets. Extend it with `buildApp({ context })`; resolvers then take
 * `GongkaiContext & YourExtension`.
 */
export interface GongkaiContext {
  /** From the `x-correlation-id` request header, or generated; echoed in the response. */
  readonly correlationId: string;
  /** pino child logger bound to the correlation id. */
  readonly logger: Logger;
  readonly principal: Principal;
  /** Tenancy decisions for this principal (`assertCanRead`, `readableFilter`, ...). */
  readonly scope: TenantScope;
}
