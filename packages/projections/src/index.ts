export type * from './views/types';
