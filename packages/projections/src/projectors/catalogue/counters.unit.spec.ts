import { describe, expect, it } from 'vitest';
import { indicatorFigures } from '../../views/figures';
import { addCounters, bumpLevel1, CHANNEL, codeLists, emptyCounters, sumCounters } from './counters';

describe('catalogue counters', () => {
  it('roll up by adding every counter, level-1 categories counted per unit', () => {
    const daoli = emptyCounters();
    daoli.items = 2;
    daoli.onTime = 3;
    daoli.channels[0]![CHANNEL.count] = 3;
    bumpLevel1(daoli, '招生管理', 2);
    const mishan = emptyCounters();
    mishan.items = 1;
    mishan.late = 1;
    bumpLevel1(mishan, '招生管理', 1);
    const total = sumCounters([daoli, mishan]);
    expect(total).toMatchObject({ items: 3, onTime: 3, late: 1 });
    expect(total.channels[0]![CHANNEL.count]).toBe(3);
    expect(total.level1Names).toHaveLength(2);
    expect(daoli.items).toBe(2);
  });

  it('forget a level-1 category once its last current item leaves', () => {
    const counters = emptyCounters();
    bumpLevel1(counters, '招生管理', 1);
    bumpLevel1(counters, '招生管理', 1);
    bumpLevel1(counters, '招生管理', -1);
    expect(counters.level1Names).toEqual([['招生管理', 1]]);
    bumpLevel1(counters, '招生管理', -1);
    expect(counters.level1Names).toEqual([]);
  });

  it('give null rates, not NaN, when nothing was counted', () => {
    const figures = indicatorFigures(emptyCounters());
    expect(figures.catalogue.completenessRate).toBeNull();
    expect(figures.disclosures.timeliness.onTimeRate).toBeNull();
    expect(figures.feedback.averageSatisfaction).toBeNull();
    expect(figures.disclosures.byChannel).toEqual([]);
  });

  it('order channels by publications, then by code', () => {
    const counters = emptyCounters();
    const at = (code: string) => counters.channels[codeLists.channels.indexOf(code as never)]!;
    at('notice-board')[CHANNEL.count] = 2;
    at('government-website')[CHANNEL.count] = 2;
    at('new-media')[CHANNEL.count] = 5;
    counters.disclosures = 9;
    expect(indicatorFigures(counters).disclosures.byChannel.map((row) => row.channel)).toEqual([
      'new-media',
      'government-website',
      'notice-board',
    ]);
  });

  it('add into a target without touching the source', () => {
    const target = emptyCounters();
    const source = emptyCounters();
    source.feedbackKinds[1]![0] = 2;
    addCounters(target, source);
    addCounters(target, source);
    expect(target.feedbackKinds[1]![0]).toBe(4);
    expect(source.feedbackKinds[1]![0]).toBe(2);
  });
});
