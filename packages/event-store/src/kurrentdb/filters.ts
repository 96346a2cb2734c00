import {
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type Filter,
} from '@kurrent/kurrentdb-client';
import type { EventFilter, RecordedEvent } from '../port';

// KurrentDB filters $all on the server by one thing at a time, stream name or event type, by
// prefixes or a regular expression. The adapter picks the most selective server filter it can, then
// applies the whole port filter (types, tenants, prefixes; tenants live in metadata, which the server
// cannot filter on) to what arrives. The server filter only saves traffic; correctness is the client's.

/** True when the filter can match nothing (the port: an empty list matches nothing). */
export const matchesNothing = (filter: EventFilter | undefined): boolean =>
  filter !== undefined &&
  (filter.types?.length === 0 || filter.tenants?.length === 0 || filter.streamPrefixes?.length === 0);

const escapeRegex = (text: string): string => text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');

/** A regular expression (for the server, .NET syntax) matching exactly the given event types. */
export const exactTypesRegex = (types: readonly string[]): string =>
  `^(?:${types.map(escapeRegex).join('|')})$`;

/**
 * The server-side filter for a store whose streams are `${namespace}${streamId}`: stream-name
 * prefixes when the caller or the namespace gives some, else exact event types, else "no system
 * events" (types starting with `$`).
 */
export const serverFilterOf = (namespace: string, filter: EventFilter | undefined): Filter => {
  if (filter?.streamPrefixes !== undefined)
    return streamNameFilter({ prefixes: filter.streamPrefixes.map((prefix) => namespace + prefix) });
  if (namespace !== '') return streamNameFilter({ prefixes: [namespace] });
  if (filter?.types !== undefined) return eventTypeFilter({ regex: exactTypesRegex(filter.types) });
  return excludeSystemEvents();
};

/** The port filter, applied to a decoded event. */
export const accepts = (event: RecordedEvent, filter: EventFilter | undefined): boolean => {
  if (filter === undefined) return true;
  if (filter.types !== undefined && !filter.types.includes(event.type)) return false;
  if (filter.tenants !== undefined && !filter.tenants.includes(event.metadata.tenant)) return false;
  const prefixes = filter.streamPrefixes;
  return prefixes === undefined || prefixes.some((prefix) => event.streamId.startsWith(prefix));
};

/** KurrentDB's own events (types starting with `$`: stream metadata, links, statistics...). */
export const isSystemEventType = (type: string): boolean => type.startsWith('$');
