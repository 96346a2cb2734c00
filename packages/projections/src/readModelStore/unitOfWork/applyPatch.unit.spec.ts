import { describe, expect, it } from 'vitest';
import { applyPatch, parsePatch } from './applyPatch';

describe('applyPatch', () => {
  it('sets through missing objects, unsets, and increments from zero', () => {
    const document: Record<string, unknown> = { _id: 'a', stale: 1, counts: { published: 2 } };
    applyPatch(
      document,
      parsePatch({
        $set: { 'standard.subject': '县教育局' },
        $unset: ['stale'],
        $inc: { 'counts.published': 1, 'counts.responded': 2 },
      }),
    );
    expect(document).toEqual({
      _id: 'a',
      standard: { subject: '县教育局' },
      counts: { published: 3, responded: 2 },
    });
  });

  it('refuses to set through a scalar or increment a string (READ_MODEL_PATCH_CONFLICT)', () => {
    expect(() =>
      applyPatch({ _id: 'a', standard: '无' }, parsePatch({ $set: { 'standard.subject': 'x' } })),
    ).toThrow(expect.objectContaining({ code: 'READ_MODEL_PATCH_CONFLICT' }) as Error);
    expect(() => applyPatch({ _id: 'a', n: '1' }, parsePatch({ $inc: { n: 1 } }))).toThrow(
      expect.objectContaining({ code: 'READ_MODEL_PATCH_CONFLICT' }) as Error,
    );
  });

  it('snapshots $set values: replaying a patch twice shares nothing with the caller or between replays', () => {
    const channels = ['政府网站'];
    const patch = parsePatch({ $set: { channels } });
    channels.push('公告栏');
    const first: Record<string, unknown> = { _id: 'a' };
    const second: Record<string, unknown> = { _id: 'b' };
    applyPatch(first, patch);
    applyPatch(second, patch);
    (first.channels as string[]).push('微信');
    expect(second.channels).toEqual(['政府网站']);
  });

  it('stores what JSON would: dates as ISO strings', () => {
    const document: Record<string, unknown> = { _id: 'a' };
    applyPatch(document, parsePatch({ $set: { at: { when: new Date('2018-08-31T00:00:00Z') } } }));
    expect(document.at).toEqual({ when: '2018-08-31T00:00:00.000Z' });
  });
});
