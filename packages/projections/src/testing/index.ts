// Test support for adapters and whole-flow tests; imports vitest, so only test files import it.
export * from '../readModelStore/testing';
export * from './testPlatform';
export * from './mongoUrl';
export * from './testReadModelStore';
