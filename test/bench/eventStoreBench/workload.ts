import type { EventToAppend } from '@gongkai/event-store';
import { benchEvent, benchEvents } from './events';

// Events are built before the clock starts: the figures measure the store, not the fixture.

export const singleEvents = (count: number): EventToAppend[] => benchEvents(count);

export const batchEvents = (batches: number, size: number): EventToAppend[][] =>
  Array.from({ length: batches }, (_, b) => Array.from({ length: size }, (_, i) => benchEvent(b * size + i)));
