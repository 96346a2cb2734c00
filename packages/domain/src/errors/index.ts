export { DomainError, isDomainError } from './domainError';
export { asDomainError, withDomainErrors } from './asDomainError';
export { domainErrorCodes } from './codes';
export type { DomainErrorCode } from './codes';
export * from './common';
export * from './catalogue';
export * from './disclosure';
export * from './pilot';
export * from './reporting';
