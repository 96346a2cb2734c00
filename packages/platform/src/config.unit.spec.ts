import { describe, expect, it } from 'vitest';
import { InvalidConfigurationError, loadConfig } from './config';

describe('platform configuration', () => {
  it('defaults to the embedded platform under ./data on port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.eventStorePath).toBe(`${config.dataDir}/events.sqlite`);
    expect(config.development).toBe(true);
  });

  it('refuses a port that is not a number, naming the variable to fix', () => {
    expect(() => loadConfig({ PORT: 'forty' })).toThrow(InvalidConfigurationError);
    expect(() => loadConfig({ PORT: 'forty' })).toThrow(/PORT/);
  });

  it('the query limits: cost 20,000 and 4 fields as of by default, both configurable', () => {
    expect(loadConfig({})).toMatchObject({ maxQueryCost: 20_000, maxAsOfFields: 4 });
    expect(loadConfig({ GONGKAI_MAX_AS_OF_FIELDS: '8' }).maxAsOfFields).toBe(8);
    expect(() => loadConfig({ GONGKAI_MAX_AS_OF_FIELDS: '0' })).toThrow(/GONGKAI_MAX_AS_OF_FIELDS/);
  });

  it('refuses a JWKS address that is not a URL', () => {
    expect(() => loadConfig({ GONGKAI_JWKS_URL: 'keys.json' })).toThrow(/GONGKAI_JWKS_URL/);
  });

  it('the public pages: feedback limited to 10 per client per 10 minutes by default, a CSRF secret only when long enough', () => {
    const config = loadConfig({});
    expect(config.publicSite).toEqual({
      feedbackRateLimit: { limit: 10, windowSeconds: 600 },
      maxAgeSeconds: 60,
      frameAncestors: "'self'",
    });
    expect(config.trustProxy).toBe(0);
    expect(loadConfig({ GONGKAI_PUBLIC_FEEDBACK_LIMIT: '3' }).publicSite.feedbackRateLimit.limit).toBe(3);
    expect(() => loadConfig({ GONGKAI_PUBLIC_CSRF_SECRET: 'short' })).toThrow(/GONGKAI_PUBLIC_CSRF_SECRET/);
  });

  it('chooses the distributed adapters by their URLs, and refuses a URL of the wrong kind', () => {
    const embedded = loadConfig({});
    expect(embedded.mongodb).toBeUndefined();
    expect(embedded.kurrentDbUrl).toBeUndefined();
    expect(embedded.projection).toEqual({ shards: 8, readyMaxLag: 10_000, minPositionWaitMs: 2_000 });
    const distributed = loadConfig({
      MONGODB_URL: 'mongodb://mongo:27017/?replicaSet=rs0',
      KURRENTDB_URL: 'kurrentdb://kurrentdb:2113?tls=false',
      GONGKAI_PROJECTION_SHARDS: '16',
    });
    expect(distributed.mongodb).toEqual({
      url: 'mongodb://mongo:27017/?replicaSet=rs0',
      database: 'gongkai',
    });
    expect(distributed.kurrentDbUrl).toBe('kurrentdb://kurrentdb:2113?tls=false');
    expect(distributed.projection.shards).toBe(16);
    expect(() => loadConfig({ MONGODB_URL: 'http://mongo:27017' })).toThrow(/MONGODB_URL/);
    expect(() => loadConfig({ KURRENTDB_URL: 'mongodb://x' })).toThrow(/KURRENTDB_URL/);
    expect(() => loadConfig({ GONGKAI_PROJECTION_SHARDS: '0' })).toThrow(/GONGKAI_PROJECTION_SHARDS/);
  });
});
