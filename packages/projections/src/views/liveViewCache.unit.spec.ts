import { describe, expect, it } from 'vitest';
import { LiveViewCache } from './liveViewCache';

const counting = () => {
  let computed = 0;
  return {
    compute: (value: string) => () => {
      computed++;
      return Promise.resolve(value);
    },
    get computed() {
      return computed;
    },
  };
};

describe('live views are computed once per state of the read models', () => {
  it('requests at the same checkpoints and date share one computation, even while it runs', async () => {
    const cache = new LiveViewCache();
    const views = counting();
    const answers = await Promise.all([
      cache.get('10,10@2018-08-31', 'county:230102', views.compute('道里区')),
      cache.get('10,10@2018-08-31', 'county:230102', views.compute('道里区')),
    ]);
    expect(answers).toEqual(['道里区', '道里区']);
    expect(views.computed).toBe(1);
  });

  it('moving checkpoints or date computes the view again', async () => {
    const cache = new LiveViewCache();
    const views = counting();
    await cache.get('10,10@2018-08-31', 'province:230000', views.compute('old'));
    expect(await cache.get('10,11@2018-08-31', 'province:230000', views.compute('new'))).toBe('new');
    expect(await cache.get('10,11@2018-09-01', 'province:230000', views.compute('next day'))).toBe(
      'next day',
    );
    expect(views.computed).toBe(3);
  });

  it('a failed computation is not kept', async () => {
    const cache = new LiveViewCache();
    await expect(cache.get('1@d', 'v', () => Promise.reject(new Error('store closed')))).rejects.toThrow();
    expect(await cache.get('1@d', 'v', () => Promise.resolve('ok'))).toBe('ok');
  });

  it('keeps at most its bound, the oldest views going first', async () => {
    const cache = new LiveViewCache(2);
    const views = counting();
    for (const key of ['a', 'b', 'c', 'a', 'c']) await cache.get('1@d', key, views.compute(key));
    expect(views.computed).toBe(4);
  });
});
