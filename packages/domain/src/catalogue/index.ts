export * from './standard';
export * from './item';
export * from './disclosure';
export * from './aggregate';
