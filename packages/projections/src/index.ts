export type * from './views/types';
export * from './readModelStore';
