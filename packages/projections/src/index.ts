// Read side: the read-model store port and its adapters, the projectors that fill it, the runner
// that keeps them current, rebuilds, time travel, and the views the API serves.

export * from './readModelStore';
export * from './views';
export * from './projectors';
export * from './runner';
export * from './rebuild';
export * from './timeTravel';
export * from './history';
export * from './shards';
export * from './applications';
