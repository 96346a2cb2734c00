import { describe, expect, it } from 'vitest';
import {
  command,
  countyAdmin,
  DAOLI,
  HARBIN,
  MISHAN,
  nationalViewer,
  prefectureAdmin,
  provinceAdmin,
  publicVisitor,
  SUIFENHE,
  testContext,
} from '../testing';
import type { Actor } from '../context';
import type { Command } from '../commands';
import { authorize } from './authorize';

const codeOf = (cmd: Command, actor: Actor): string | undefined => {
  try {
    authorize(cmd, testContext({ actor }));
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

const report = (tenant: string) =>
  command('SubmitPilotReport', { tenant, title: '试点工作报告', submittedOn: '2018-07-06' });
const publish = command('PublishCatalogueItem', {
  tenant: DAOLI,
  itemId: 'edu-1',
  publishedOn: '2017-09-15',
});

describe('authorize (the default policy)', () => {
  it('a county admin writes its own catalogue', () => {
    expect(codeOf(publish, countyAdmin(DAOLI))).toBeUndefined();
  });

  it('a county admin cannot act for another county', () => {
    expect(codeOf(publish, countyAdmin(MISHAN))).toBe('TENANT_FORBIDDEN');
  });

  it('the province reads everything but does not write a county’s catalogue', () => {
    expect(codeOf(publish, provinceAdmin())).toBe('ROLE_FORBIDDEN');
  });

  it('the national viewer writes nothing', () => {
    expect(codeOf(publish, nationalViewer())).toBe('ROLE_FORBIDDEN');
    expect(codeOf(report(DAOLI), nationalViewer())).toBe('ROLE_FORBIDDEN');
  });

  it('reporting lines come from the directory: 道里区’s report is sent by 哈尔滨市, 绥芬河市 sends its own', () => {
    expect(codeOf(report(DAOLI), prefectureAdmin(HARBIN))).toBeUndefined();
    expect(codeOf(report(DAOLI), countyAdmin(DAOLI))).toBe('ROLE_FORBIDDEN');
    expect(codeOf(report(SUIFENHE), countyAdmin(SUIFENHE))).toBeUndefined();
    expect(codeOf(report(SUIFENHE), prefectureAdmin('231000'))).toBe('ROLE_FORBIDDEN');
  });

  it('an actor claiming a tier its tenant does not have is refused', () => {
    expect(codeOf(publish, { id: 'forged', tier: 'county', tenant: HARBIN })).toBe('ROLE_FORBIDDEN');
  });

  it('a command for a tenant outside the directory is TENANT_UNKNOWN, as a DomainError', () => {
    const unknown = command('PublishCatalogueItem', {
      tenant: '239999',
      itemId: 'edu-1',
      publishedOn: '2017-09-15',
    });
    expect(() => authorize(unknown, testContext())).toThrow(
      expect.objectContaining({ name: 'DomainError', code: 'TENANT_UNKNOWN' }) as Error,
    );
  });
});

describe('authorize (the public)', () => {
  const onItem = (overrides: Record<string, unknown> = {}) =>
    command('RecordPublicFeedback', {
      tenant: DAOLI,
      itemId: 'edu-1',
      feedbackId: 'web-1',
      kind: 'social-evaluation',
      evaluator: '公众',
      satisfaction: 4,
      recordedOn: '2018-05-20',
      ...overrides,
    });

  it('the public evaluates an item of the unit whose pages it is on', () => {
    expect(codeOf(onItem(), publicVisitor(DAOLI))).toBeUndefined();
  });

  it('the public gives feedback and does nothing else', () => {
    expect(codeOf(publish, publicVisitor(DAOLI))).toBe('ROLE_FORBIDDEN');
    expect(codeOf(report(DAOLI), publicVisitor(HARBIN, 'prefecture'))).toBe('ROLE_FORBIDDEN');
  });

  it('the public on one unit’s pages cannot give feedback for another unit', () => {
    expect(codeOf(onItem(), publicVisitor(HARBIN, 'prefecture'))).toBe('ROLE_FORBIDDEN');
    expect(codeOf(onItem({ tenant: MISHAN }), publicVisitor(DAOLI))).toBe('ROLE_FORBIDDEN');
  });

  it('the public cannot pass its opinion off as a third-party assessment', () => {
    expect(codeOf(onItem({ kind: 'third-party-assessment' }), publicVisitor(DAOLI))).toBe('ROLE_FORBIDDEN');
  });
});
