export { authenticate } from './bearer';
export { REQUIRED_CLAIMS, checkClaims } from './claims';
export type { ClaimsCheck, GongkaiClaims } from './claims';
export { loadOrCreateSigningKey, signingKeyPaths, toJwks } from './keyStore';
export type {
  EmbeddedSigningKey,
  LoadSigningKeyOptions,
  SigningAlgorithm,
  SigningKeyPaths,
} from './keyStore';
export { ANONYMOUS, NATIONAL_TENANT, TIERS, isAuthenticated, isTier } from './principal';
export type { AnonymousPrincipal, AuthenticatedPrincipal, Principal, Tier } from './principal';
export { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, signToken } from './signToken';
export type { SignTokenOptions } from './signToken';
export {
  ASYMMETRIC_ALGORITHMS,
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  createEmbeddedTokenVerifier,
  createJwksTokenVerifier,
} from './verifier';
export type {
  AsymmetricAlgorithm,
  EmbeddedVerifierOptions,
  JwksVerifierOptions,
  TokenVerifier,
} from './verifier';
