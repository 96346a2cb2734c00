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
});
