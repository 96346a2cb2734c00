import type { Actor, ChannelCode, Command, IsoDate, ItemStandard } from '@gongkai/domain';
import { deadlineRuleOf } from '@gongkai/domain';
import { addWorkingDays, laterOf, workingDayBetween, workingDaysBetween } from '../dates';
import type { Random } from '../random';
import type { ItemSpec } from './catalogue';
import {
  concernText,
  disclosureTitle,
  feedbackComment,
  policyDocumentTitle,
  interpretationTitle,
  itemName,
  offlineReference,
  publicationUrl,
  socialEvaluator,
  THIRD_PARTY_EVALUATOR,
} from './texts';

/** A step of an item's story before it is keyed and timed. */
export interface DraftStep {
  name: string;
  on: IsoDate;
  actor: Actor;
  command: Command;
  timely?: boolean | null;
}

export interface ActivityInput {
  spec: ItemSpec;
  /** The standard as published; later revisions only add to it, so its channels stay valid. */
  standard: ItemStandard;
  publishedOn: IsoDate;
  until: IsoDate;
  /** How many disclosure-side commands (publications, interpretations, responses, feedback). */
  count: number;
  random: Random;
}

// Share of publications that miss their time limit; some units are worse than others.
const LATE_RATES: Readonly<Record<string, number>> = { '231282': 0.3, '232721': 0.25, '230102': 0.05 };
const DEFAULT_LATE_RATE = 0.12;

type Kind = 'disclosure' | 'interpretation' | 'response' | 'feedback';

/** An item that is itself a notice or a list on display (公告, 公示): nothing in it to interpret. */
const isNotice = (standard: ItemStandard): boolean => /公告|公示/.test(itemName(standard));

/**
 * The kinds in order: each publication may be followed by its interpretation and a response. Only
 * policy documents are interpreted, never a notice.
 */
const kindsOf = (count: number, standard: ItemStandard, random: Random): Kind[] => {
  const interprets = standard.chainStages.includes('interpretation') && !isNotice(standard);
  const responds = standard.chainStages.includes('response');
  const kinds: Kind[] = [];
  const add = (kind: Kind, when: boolean) => {
    if (when && kinds.length < count) kinds.push(kind);
  };
  while (kinds.length < count) {
    add('disclosure', true);
    add('interpretation', interprets && random.chance(0.6));
    add('response', responds && random.chance(0.45));
    add('feedback', random.chance(0.3));
  }
  return kinds;
};

const onlineChannels: readonly ChannelCode[] = ['government-website', 'new-media', 'sector-platform'];

interface Published {
  id: string;
  title: string;
  publishedOn: IsoDate;
}

class ActivityWriter {
  readonly steps: DraftStep[] = [];
  #disclosures = 0;
  #interpretations = 0;
  #responses = 0;
  #feedback = 0;
  readonly #lateRate: number;
  readonly #slots: number;
  readonly #start: IsoDate;
  /** Working days the publications spread over. */
  readonly #span: number;
  /** The strictest working-day deadline of the time limit, if it sets one. */
  readonly #deadline: number | undefined;

  constructor(
    private readonly input: ActivityInput,
    disclosureCount: number,
  ) {
    this.#lateRate = LATE_RATES[input.spec.unit.code] ?? DEFAULT_LATE_RATE;
    this.#start = addWorkingDays(input.publishedOn, 1);
    this.#slots = Math.max(1, disclosureCount);
    this.#span = Math.max(0, workingDaysBetween(this.#start, input.until));
    this.#deadline = deadlineRuleOf(input.standard.timeLimit)?.days;
  }

  get #unit() {
    return this.input.spec.unit;
  }

  /**
   * 发布: formed in its slot of the item's year, published on time or late against the time limit.
   * One that will be interpreted is a policy document (解读 explains policies, not notices).
   */
  disclose(policy: boolean): Published {
    const { standard, random, spec } = this.input;
    const index = this.#disclosures++;
    const low = Math.floor((index * this.#span) / this.#slots);
    const high = Math.max(low, Math.floor(((index + 1) * this.#span) / this.#slots) - 1);
    const formedOn = addWorkingDays(this.#start, random.int(low, high));
    const deadline = this.#deadline;
    const late = deadline !== undefined && random.chance(this.#lateRate);
    const lag =
      deadline === undefined
        ? random.int(0, 5)
        : late
          ? deadline + random.int(1, 12)
          : Math.min(deadline, random.int(1, Math.max(1, Math.ceil(deadline * 0.75))));
    const publishedOn = addWorkingDays(formedOn, lag);
    const required = standard.channels.filter((channel) => channel.required);
    const channel = random.pick(
      random.chance(0.7) && required.length > 0 ? required : standard.channels,
    ).code;
    const number = index + 1;
    const id = `d${number}`;
    const title = policy
      ? policyDocumentTitle(this.#unit, standard, publishedOn, random)
      : disclosureTitle(this.#unit, standard, publishedOn, number, random);
    const online = onlineChannels.includes(channel);
    this.steps.push({
      name: `disclosure-${number}`,
      on: publishedOn,
      actor: this.#unit.county,
      // Both dates are working days, so the domain's deadline (formedOn + the limit) is met iff lag <= limit.
      timely: deadline === undefined ? null : !late,
      command: {
        type: 'PublishDisclosure',
        data: {
          tenant: this.#unit.code,
          itemId: spec.itemId,
          disclosureId: id,
          title,
          channel,
          ...(online
            ? { url: publicationUrl(this.#unit, channel, `${spec.itemId}/${id}`, publishedOn) }
            : { reference: offlineReference(this.#unit, channel, publishedOn) }),
          formedOn,
          publishedOn,
        },
      },
    });
    return { id, title, publishedOn };
  }

  /** 解读: within 3 working days of the publication, now and then later. */
  interpret(of: Published): void {
    const { random, spec, standard } = this.input;
    const number = ++this.#interpretations;
    const publishedOn = addWorkingDays(
      of.publishedOn,
      random.chance(0.1) ? random.int(4, 8) : random.int(0, 3),
    );
    const form = random.pick(['text', 'text', 'graphic', 'qa', 'interview', 'video'] as const);
    const channel = random.pick(['government-website', 'new-media'] as const);
    this.steps.push({
      name: `interpretation-${number}`,
      on: publishedOn,
      actor: this.#unit.county,
      command: {
        type: 'PublishInterpretation',
        data: {
          tenant: this.#unit.code,
          itemId: spec.itemId,
          interpretationId: `i${number}`,
          disclosureId: of.id,
          title: interpretationTitle(of.title, form, standard),
          form,
          channel,
          url: publicationUrl(this.#unit, channel, `${spec.itemId}/i${number}`, publishedOn),
          publishedOn,
        },
      },
    });
  }

  /** 回应关切: a question raised after the publication, mostly answered within two working days. */
  respond(to: Published): void {
    const { random, spec, standard } = this.input;
    const number = ++this.#responses;
    const raisedOn = addWorkingDays(to.publishedOn, random.int(1, 8));
    const respondedOn = addWorkingDays(raisedOn, random.chance(0.15) ? random.int(4, 9) : random.int(0, 2));
    const channel = random.pick(['government-website', 'new-media', 'press-conference-hearing'] as const);
    this.steps.push({
      name: `response-${number}`,
      on: respondedOn,
      actor: this.#unit.county,
      command: {
        type: 'RespondToConcern',
        data: {
          tenant: this.#unit.code,
          itemId: spec.itemId,
          responseId: `r${number}`,
          disclosureId: to.id,
          concern: concernText(standard, random),
          raisedOn,
          respondedOn,
          channel,
          ...(channel === 'press-conference-hearing'
            ? {}
            : { url: publicationUrl(this.#unit, channel, `${spec.itemId}/r${number}`, respondedOn) }),
        },
      },
    });
  }

  /** 社会评价 by the county (or its prefecture), 第三方评估 organised by the province. */
  recordFeedback(): void {
    const { random, spec, publishedOn, until } = this.input;
    const number = ++this.#feedback;
    const earliest = addWorkingDays(publishedOn, 10);
    const recordedOn = workingDayBetween(random, earliest, laterOf(earliest, until));
    const thirdParty = random.chance(0.3);
    const satisfaction = Math.round(random.around(4.3 - this.#lateRate * 3, 1.2, 1, 5) * 10) / 10;
    const byParent = !thirdParty && random.chance(0.15);
    this.steps.push({
      name: `feedback-${number}`,
      on: recordedOn,
      actor: thirdParty ? this.#unit.province : byParent ? this.#unit.parent : this.#unit.county,
      command: {
        type: 'RecordPublicFeedback',
        data: {
          tenant: this.#unit.code,
          itemId: spec.itemId,
          feedbackId: `f${number}`,
          kind: thirdParty ? 'third-party-assessment' : 'social-evaluation',
          evaluator: thirdParty ? THIRD_PARTY_EVALUATOR : socialEvaluator(this.#unit, byParent, random),
          satisfaction,
          sampleSize: thirdParty ? random.int(30, 200) : random.int(120, 1500),
          ...(random.chance(0.6) ? { comment: feedbackComment(satisfaction, random) } : {}),
          recordedOn,
        },
      },
    });
  }
}

/** The disclosure side of a published item: exactly `count` commands. */
export const activitySteps = (input: ActivityInput): DraftStep[] => {
  const kinds = kindsOf(input.count, input.standard, input.random);
  const writer = new ActivityWriter(input, kinds.filter((kind) => kind === 'disclosure').length);
  let latest: Published | undefined;
  for (const [index, kind] of kinds.entries()) {
    if (kind === 'disclosure') latest = writer.disclose(kinds[index + 1] === 'interpretation');
    else if (kind === 'interpretation' && latest) writer.interpret(latest);
    else if (kind === 'response' && latest) writer.respond(latest);
    else writer.recordFeedback();
  }
  return writer.steps;
};
