export * from './envelope';
export * from './sources';
export * from './topics';
export * from './ingestor';
export * from './client';
