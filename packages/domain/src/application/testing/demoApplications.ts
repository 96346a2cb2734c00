import type { IsoDate, WorkingDayCalendar } from '../../calendar/types';
import type { DecisionContext } from '../../context';
import type { TenantDirectory } from '../../tenants/types';
import { applicationClock } from '../clock';
import type { ApplicationCommand } from '../commands';
import { decideApplication } from '../decide';
import type { ApplicationEvent } from '../events';
import { evolveApplication } from '../evolve';
import type { ApplicantKind, DecisionResult } from '../outcomes';
import type { ApplicationChannel } from '../regulation';
import { FEE_RULES_FROM, receiptRules, regulationFor } from '../regulation';
import { initialApplicationState } from '../state';
import type { ApplicationState } from '../state';
import { streamIdForApplication } from '../streams';

/** One generated application: the commands a county's case system would send, and the events they decide. */
export interface DemoApplication {
  tenant: string;
  applicationId: string;
  streamId: string;
  commands: readonly { command: ApplicationCommand; occurredAt: string }[];
  events: readonly ApplicationEvent[];
}

export interface DemoOptions {
  seed: number;
  /** The counties (pilot units) to generate for. */
  counties: readonly string[];
  fromYear: number;
  toYear: number;
  directory: TenantDirectory;
  calendar: WorkingDayCalendar;
}

/** mulberry32: a small seeded generator, so the same seed gives the same applications everywhere. */
const seededRandom = (seed: number) => {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

type Random = ReturnType<typeof seededRandom>;

const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));
const chance = (random: Random, p: number): boolean => random() < p;
const pick = <T>(random: Random, weighted: readonly (readonly [T, number])[]): T => {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
};

const CHANNELS: readonly (readonly [ApplicationChannel, number])[] = [
  ['internet', 40],
  ['in-person', 25],
  ['registered-post', 15],
  ['ordinary-letter', 8],
  ['email', 7],
  ['fax', 5],
];
const KINDS: readonly (readonly [ApplicantKind, number])[] = [
  ['natural-person', 85],
  ['commercial-enterprise', 7],
  ['legal-service-institution', 3],
  ['other-organisation', 3],
  ['research-institution', 1],
  ['public-interest-organisation', 1],
];
const RESULTS: readonly (readonly [readonly [DecisionResult, string | undefined], number])[] = [
  [['disclosed', undefined], 55],
  [['partly-disclosed', undefined], 15],
  [['cannot-provide', 'not-held'], 11],
  [['cannot-provide', 'needs-creation'], 3],
  [['not-disclosed', 'process-information'], 2],
  [['not-disclosed', 'third-party-rights'], 1],
  [['not-disclosed', 'internal-affairs'], 1],
  [['not-disclosed', 'enforcement-file'], 1],
  [['not-disclosed', 'state-secret'], 0.3],
  [['not-disclosed', 'prohibited-by-law'], 0.4],
  [['not-disclosed', 'three-safeties-one-stability'], 0.2],
  [['not-disclosed', 'administrative-inquiry'], 0.6],
  [['not-processed', 'petition-complaint'], 2],
  [['not-processed', 'repeated-request'], 2],
  [['not-processed', 'publication-requested'], 0.5],
  [['not-processed', 'unreasonable-mass-requests'], 0.3],
  [['not-processed', 'confirmation-requested'], 0.7],
  [['other', 'other-reason'], 2],
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '孙', '马'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明'];
const ORGS = [
  '黑龙江某某律师事务所',
  '哈尔滨某某商贸有限公司',
  '某某环保公益服务中心',
  '某某农业研究所',
  '某某村股份经济合作社',
];
const TOPICS = [
  '房屋征收补偿方案',
  '低保审批名单',
  '农村危房改造补助资金发放情况',
  '义务教育学校招生划片范围',
  '征地补偿安置方案',
  '涉农补贴发放明细',
  '城乡规划许可文件',
  '环境影响评价审批文件',
];

const char = (random: Random) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[between(random, 0, 31)]!;

const at = (date: IsoDate) => `${date}T10:00:00+08:00`;

/** Builds one application step by step, deciding each command so every generated command is valid. */
class Story {
  readonly commands: { command: ApplicationCommand; occurredAt: string }[] = [];
  readonly events: ApplicationEvent[] = [];
  state: ApplicationState = initialApplicationState();

  constructor(
    readonly tenant: string,
    readonly applicationId: string,
    private readonly context: Omit<DecisionContext, 'occurredAt'>,
  ) {}

  send(type: ApplicationCommand['type'], on: IsoDate, data: Record<string, unknown>): void {
    const command = {
      type,
      data: { tenant: this.tenant, applicationId: this.applicationId, ...data },
    } as unknown as ApplicationCommand;
    const decided = decideApplication(command, this.state, { ...this.context, occurredAt: at(on) });
    this.commands.push({ command, occurredAt: at(on) });
    this.events.push(...decided);
    this.state = decided.reduce(evolveApplication, this.state);
  }

  dueOn(on: IsoDate): IsoDate | null {
    return applicationClock(this.state, on, this.context.calendar).dueOn;
  }
}

const receiveData = (random: Random, receivedOn: IsoDate) => {
  const channel = pick(random, CHANNELS);
  const evidence = receiptRules[regulationFor(receivedOn).id][channel].evidence;
  const kind = pick(random, KINDS);
  const name =
    kind === 'natural-person'
      ? `${SURNAMES[between(random, 0, SURNAMES.length - 1)]!}${GIVEN[between(random, 0, GIVEN.length - 1)]!}`
      : ORGS[between(random, 0, ORGS.length - 1)]!;
  const topic = TOPICS[between(random, 0, TOPICS.length - 1)]!;
  const sentBefore =
    channel === 'registered-post' || channel === 'ordinary-letter' ? between(random, 1, 4) : 0;
  const dates: Record<string, IsoDate> = { [evidence]: receivedOn };
  if (sentBefore > 0) dates.submittedOn = previousDay(receivedOn, sentBefore);
  return {
    channel,
    applicantKind: kind,
    ...dates,
    trackingCode: Array.from({ length: 10 }, () => char(random)).join(''),
    personal: {
      applicantName: name,
      contact: `1${between(random, 3, 9)}${String(between(random, 0, 999_999_999)).padStart(9, '0')}`,
      requestDescription: `申请公开${topic}`,
    },
  };
};

const previousDay = (date: IsoDate, days: number): IsoDate => {
  const ms = Date.parse(`${date}T00:00:00Z`) - days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
};

/** A working day of the year, uniformly (the last ones are carried into next year). */
const receiptDay = (random: Random, year: number, calendar: WorkingDayCalendar): IsoDate => {
  let first = `${year}-01-01`;
  while (!calendar.isWorkingDay(first)) first = nextDay(first);
  const workingDays = calendar.workingDaysBetween(first, `${year}-12-31`);
  return calendar.addWorkingDays(first, between(random, 0, workingDays));
};

const nextDay = (date: IsoDate): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

type Add = (date: IsoDate, days: number) => IsoDate;

/** 补正 for a few: most correct in time (the period starts again), a quarter never do (null: closed). */
const correctionStep = (story: Story, random: Random, start: IsoDate, add: Add): IsoDate | null => {
  if (!chance(random, 0.04)) return start;
  const requestedOn = add(start, between(random, 1, 5));
  const correctBy = add(requestedOn, 10);
  story.send('RequestCorrection', requestedOn, { requestedOn, correctBy });
  if (chance(random, 0.25)) {
    const decidedOn = add(correctBy, 1);
    story.send('DecideApplication', decidedOn, { decidedOn, result: 'other', ground: 'no-correction' });
    return null;
  }
  const correctedOn = add(requestedOn, between(random, 2, 9));
  story.send('ReceiveCorrection', correctedOn, { receivedOn: correctedOn });
  return correctedOn;
};

const consultationStep = (story: Story, random: Random, start: IsoDate, add: Add) => {
  if (!chance(random, 0.05)) return { start, objected: false };
  const sentOn = add(start, between(random, 2, 5));
  const thirdParty = ORGS[between(random, 0, ORGS.length - 1)]!;
  story.send('ConsultThirdParty', sentOn, { consultationId: 'C1', sentOn, personal: { thirdParty } });
  const objected = chance(random, 0.3);
  const repliedOn = add(sentOn, between(random, 5, 14));
  const position = objected ? 'objects' : 'consents';
  story.send('RecordThirdPartyReply', repliedOn, { consultationId: 'C1', repliedOn, position });
  return { start: repliedOn, objected };
};

const volumeAndExtensionStep = (story: Story, random: Random, start: IsoDate, add: Add): void => {
  if (story.state.regulation === 'ogi-2019' && chance(random, 0.003)) {
    const notifiedOn = add(start, 1);
    story.send('DeferForVolume', notifiedOn, { notifiedOn, deferredTo: add(story.dueOn(notifiedOn)!, 30) });
  }
  if (!chance(random, 0.04)) return;
  const due = story.dueOn(add(start, 1));
  const candidate = add(start, between(random, 8, 12));
  const extendedOn = due === null ? candidate : minDate(due, candidate);
  const workingDays = between(random, 10, story.state.regulation === 'ogi-2019' ? 20 : 15);
  story.send('ExtendDeadline', extendedOn, { extendedOn, workingDays, approvedByOfficeHead: true });
};

/** 信息处理费 (from 2021) for a few: most pay, some never do. */
const feeStep = (story: Story, random: Random, start: IsoDate, add: Add): IsoDate | null => {
  if (story.state.receivedOn! < FEE_RULES_FROM || !chance(random, 0.02)) return start;
  const notifiedOn = add(start, between(random, 3, 6));
  story.send('NotifyFee', notifiedOn, { notifiedOn, method: 'per-request', units: between(random, 11, 16) });
  if (chance(random, 0.3)) {
    const decidedOn = add(story.state.fee!.payBy, 1);
    story.send('DecideApplication', decidedOn, { decidedOn, result: 'other', ground: 'fee-not-paid' });
    return null;
  }
  const paidOn = add(notifiedOn, between(random, 1, 10));
  story.send('RecordFeePayment', paidOn, { paidOn });
  return paidOn;
};

const answerStep = (story: Story, random: Random, start: IsoDate, objected: boolean, add: Add): IsoDate => {
  const stillUnclear = story.state.correction?.receivedOn != null && chance(random, 0.15);
  const [result, ground] = objected
    ? (['not-disclosed', 'third-party-rights'] as const)
    : stillUnclear
      ? (['cannot-provide', 'unclear-after-correction'] as const)
      : pick(random, RESULTS);
  const due = story.dueOn(add(start, 1)) ?? add(start, 20);
  const late = chance(random, 0.03);
  const decidedOn = late ? add(due, between(random, 1, 5)) : minDate(due, add(start, between(random, 1, 18)));
  story.send('DecideApplication', decidedOn, {
    decidedOn,
    result,
    ...(ground === undefined ? {} : { ground }),
  });
  if (chance(random, 0.8)) {
    const post = chance(random, 0.4);
    const deliveredOn = add(decidedOn, post ? between(random, 2, 5) : 0);
    const method = post ? 'post' : chance(random, 0.5) ? 'electronic' : 'in-person';
    story.send('RecordDelivery', deliveredOn, { deliveredOn, method });
  }
  return decidedOn;
};

const handle = (story: Story, random: Random, receivedOn: IsoDate, calendar: WorkingDayCalendar): void => {
  const add: Add = (date, days) => calendar.addWorkingDays(date, days);
  const corrected = correctionStep(story, random, receivedOn, add);
  if (corrected === null) return;
  const consulted = consultationStep(story, random, corrected, add);
  volumeAndExtensionStep(story, random, consulted.start, add);
  const paid = feeStep(story, random, consulted.start, add);
  if (paid === null) return;
  const decidedOn = answerStep(story, random, paid, consulted.objected, add);
  const result = story.state.decision!.result;
  remedies(story, random, decidedOn, result, calendar);
};

const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

const remedies = (
  story: Story,
  random: Random,
  decidedOn: IsoDate,
  result: DecisionResult,
  calendar: WorkingDayCalendar,
): void => {
  const disputed = result !== 'disclosed';
  if (!disputed) return;
  const add = (date: IsoDate, days: number) => calendar.addWorkingDays(date, days);
  if (chance(random, 0.002)) {
    const filedOn = add(decidedOn, between(random, 10, 60));
    story.send('FileReviewOrSuit', filedOn, { caseId: 'S1', kind: 'suit-without-review', filedOn });
    const concludedOn = add(filedOn, between(random, 60, 120));
    story.send('ConcludeReviewOrSuit', concludedOn, {
      caseId: 'S1',
      concludedOn,
      outcome: pick(random, [
        ['upheld', 6],
        ['corrected', 2],
        ['other', 2],
      ] as const),
    });
    return;
  }
  if (!chance(random, 0.03)) return;
  const filedOn = add(decidedOn, between(random, 10, 40));
  story.send('FileReviewOrSuit', filedOn, { caseId: 'R1', kind: 'review', filedOn });
  const concludedOn = add(filedOn, between(random, 20, 55));
  const outcome = pick(random, [
    ['upheld', 7],
    ['corrected', 2],
    ['other', 1],
  ] as const);
  story.send('ConcludeReviewOrSuit', concludedOn, { caseId: 'R1', concludedOn, outcome });
  if (outcome === 'upheld' && chance(random, 0.1)) {
    const suedOn = add(concludedOn, between(random, 5, 10));
    story.send('FileReviewOrSuit', suedOn, { caseId: 'S1', kind: 'suit-after-review', filedOn: suedOn });
    if (!chance(random, 0.5)) return;
    const judgedOn = add(suedOn, between(random, 60, 120));
    story.send('ConcludeReviewOrSuit', judgedOn, { caseId: 'S1', concludedOn: judgedOn, outcome: 'upheld' });
  }
};

/**
 * Deterministic demo applications for the pilot counties: tens to a few hundred a year per county,
 * most disclosed or partly disclosed, some not held, a few corrections, consultations, extensions,
 * fees (2021), reviews and lawsuits; decided through the aggregate's own `decide`, so every command
 * is one the domain accepts. Pure: the same options give the same applications.
 */
export const demoApplications = (options: DemoOptions): DemoApplication[] => {
  const random = seededRandom(options.seed);
  const context = {
    actor: { id: 'seed:applications', tier: 'county' as const, tenant: '' },
    directory: options.directory,
    calendar: options.calendar,
  };
  const applications: DemoApplication[] = [];
  for (const tenant of options.counties) {
    const scale = between(random, 30, 220);
    for (let year = options.fromYear; year <= options.toYear; year++) {
      const count = Math.max(
        10,
        Math.round(scale * (0.7 + 0.15 * (year - options.fromYear)) * (0.85 + random() * 0.3)),
      );
      const days = Array.from({ length: count }, () => receiptDay(random, year, options.calendar)).sort();
      days.forEach((receivedOn, index) => {
        const applicationId = `${year}-${String(index + 1).padStart(4, '0')}`;
        const story = new Story(tenant, applicationId, { ...context, actor: { ...context.actor, tenant } });
        story.send('ReceiveApplication', receivedOn, receiveData(random, receivedOn));
        handle(story, random, receivedOn, options.calendar);
        applications.push({
          tenant,
          applicationId,
          streamId: streamIdForApplication(tenant, applicationId),
          commands: story.commands,
          events: story.events,
        });
      });
    }
  }
  return applications;
};
