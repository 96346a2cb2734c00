import { describe, expect, it } from 'vitest';
import type { ContractContext } from './context';
import { appended, collect, eventOf, metadataOf } from './fixtures';

const UNICODE = {
  chinese: '基层政务公开标准化规范化试点：决策、执行、管理、服务、结果公开',
  emoji: '👍🏽 👩‍👩‍👧 🇨🇳 ✅',
  astral: '𠀀𠀁𪚥𫝀 𝄞 𝕏',
  mixed: 'Ünïcödé — 公开 — ١٢٣ — “quotes” \\ "escaped" \n\t\u2028\u2029',
};

export const payloadContract = (ctx: ContractContext): void => {
  describe('payloads and scale', () => {
    it('round-trips a 1 MB payload', async () => {
      const store = await ctx.store();
      const large = eventOf({
        data: {
          text: '政'.repeat(200_000) + 'x'.repeat(400_000),
          rows: Array.from({ length: 2000 }, (_, i) => ({ i, name: `事项-${i}` })),
        },
      });
      expect(JSON.stringify(large.data).length).toBeGreaterThan(600_000);
      const small = eventOf();
      await store.append('large', [small, large, eventOf()]);
      const read = await collect(store.readStream('large'));
      expect(read.map(appended)[1]).toEqual(large);
      expect((await collect(store.readAll())).map((event) => event.eventId)[1]).toBe(large.eventId);
      const backwards = await collect(store.readStream('large', { direction: 'backwards' }));
      expect(backwards[1]!.data).toEqual(large.data);
    });

    it('round-trips Chinese text, emoji and astral-plane characters in data, metadata and stream ids', async () => {
      const store = await ctx.store();
      const streamId = `目录事项-230102-${UNICODE.emoji}${UNICODE.astral}`;
      const event = eventOf({
        data: { ...UNICODE, [UNICODE.chinese]: UNICODE.astral, list: Object.values(UNICODE) },
        metadata: metadataOf({
          actor: { id: `用户-${UNICODE.emoji}`, tier: 'county', tenant: '230102' },
          correlationId: `关联-${UNICODE.astral}`,
          causationId: `因果-${UNICODE.mixed}`,
        }),
      });
      await store.append(streamId, [event]);
      await store.append('plain', [eventOf()]);
      const [read] = await collect(store.readStream(streamId));
      expect(read && appended(read)).toEqual(event);
      expect(read?.streamId).toBe(streamId);
      const byPrefix = await collect(
        store.readAll({ filter: { streamPrefixes: [`目录事项-230102-${UNICODE.emoji}𠀀`] } }),
      );
      expect(byPrefix.map((recorded) => recorded.eventId)).toEqual([event.eventId]);
      expect(
        await collect(store.readAll({ filter: { streamPrefixes: ['目录事项-230102-👍🏽 👩‍👩‍👧 🇨🇳 ✅𠀁'] } })),
      ).toEqual([]);
    });

    it('keeps 10,000 streams apart', async () => {
      const store = await ctx.store();
      const streams = 10_000;
      const idOf = (n: number) => `many-${String(n).padStart(5, '0')}`;
      for (let n = 0; n < streams; n++) {
        await store.append(idOf(n), [eventOf({ data: { n } })], { expectedRevision: 'no-stream' });
      }
      await store.append(idOf(4321), [eventOf({ data: { n: 4321, again: true } })], { expectedRevision: 0 });
      expect(await store.headPosition()).toBeGreaterThanOrEqual(streams + 1);
      let count = 0;
      for await (const event of store.readAll()) {
        expect(event.streamId).toBe(idOf((event.data as { n: number }).n));
        count++;
      }
      expect(count).toBe(streams + 1);
      const prefixed = await collect(store.readAll({ filter: { streamPrefixes: ['many-001'] } }));
      expect(new Set(prefixed.map((event) => event.streamId)).size).toBe(100);
      for (const n of [0, 1, 4321, 9999]) {
        const stream = await collect(store.readStream(idOf(n)));
        expect(stream.map((event) => event.revision)).toEqual(n === 4321 ? [0, 1] : [0]);
      }
    });
  });
};
