import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoApplication } from '@gongkai/domain';
import { stageOf } from '@gongkai/projections';
import {
  applicationClock,
  createTenantDirectory,
  demoApplications,
  evolveApplication,
  initialApplicationState,
  domainTesting,
  heilongjiangSeed,
  officialWorkingDayCalendar,
} from '@gongkai/domain';
import type { IntakeEnvelope, IntakeOutcome } from '@gongkai/ingest';
import { intakeTopics } from '@gongkai/ingest';
import { kafkaBrokersForTests } from '@gongkai/messaging/contract';
import { collect } from '@gongkai/testkit';
import type { KafkaIntake } from '../support/kafkaIntake';
import { startKafkaIntake } from '../support/kafkaIntake';
import { admin } from '../support/tokens';

// A county's case system sends its on-request disclosure applications through the Kafka intake,
// as every other command: received, corrected, consulted, decided, delivered, reviewed.

const brokers = await kafkaBrokersForTests('Applications through the intake on Kafka');
const DAOLI = '230102';
const SOURCE = {
  id: 'daoli-cases',
  name: '道里区依申请公开办理系统',
  tenants: [DAOLI],
  key: `daoli-${randomUUID()}-key-0123456789`,
};
const topics = intakeTopics(`test-${randomUUID().slice(0, 8)}.`);

const demo = demoApplications({
  seed: 17,
  counties: [DAOLI],
  fromYear: 2020,
  toYear: 2020,
  directory: createTenantDirectory(heilongjiangSeed),
  calendar: officialWorkingDayCalendar,
});
const using = (type: string): DemoApplication =>
  demo.find((application) => application.commands.some(({ command }) => command.type === type))!;
/** One application of each path the office takes: a correction, a consultation, a review. */
const chosen = [...new Set(['RequestCorrection', 'ConsultThirdParty', 'FileReviewOrSuit'].map(using))];

const envelopeOf = (
  { command, occurredAt }: DemoApplication['commands'][number],
  messageId = randomUUID(),
): IntakeEnvelope => ({
  specVersion: 1,
  messageId,
  tenant: DAOLI,
  source: SOURCE.id,
  type: command.type,
  payload: command.data,
  actor: domainTesting.countyAdmin(DAOLI),
  occurredAt,
});

describe.skipIf(brokers === undefined)('on-request disclosure applications through the Kafka intake', () => {
  let intake: KafkaIntake;
  const send = (...envelopes: IntakeEnvelope[]) => intake.send(...envelopes);
  const outcomeOf = async (messageId: string): Promise<IntakeOutcome> =>
    (await intake.outcomesOf(messageId))[0]!;

  beforeAll(async () => {
    intake = await startKafkaIntake({
      brokers: brokers!,
      topics,
      source: SOURCE,
      seed: false,
      partitions: 2,
      clientId: 'intake-applications-infra-test',
    });
  });
  afterAll(async () => {
    await intake?.close();
  });

  it('every step of three applications is accepted in order and stored on the application’s stream', async () => {
    expect(chosen).toHaveLength(3);
    for (const application of chosen) {
      const envelopes = application.commands.map((step) => envelopeOf(step));
      // One tenant, one partition: the steps are decided in the order sent.
      await send(...envelopes);
      for (const envelope of envelopes) {
        expect(await outcomeOf(envelope.messageId), envelope.type).toMatchObject({
          status: 'accepted',
          streamId: application.streamId,
          duplicate: false,
        });
      }
      const stored = await collect(intake.platform.stack.eventStore.readStream(application.streamId));
      expect(stored.map((event) => event.type)).toEqual(application.events.map((event) => event.type));
    }
  });

  it('a second correction request is the domain’s refusal, with its code, as an outcome', async () => {
    // A new application (the demo's first steps under another id), then its correction asked twice.
    const application = using('RequestCorrection');
    const upTo = application.commands.findIndex(({ command }) => command.type === 'RequestCorrection');
    const steps = application.commands.slice(0, upTo + 1).map((step) => ({
      ...step,
      command: {
        ...step.command,
        data: {
          ...step.command.data,
          applicationId: `${application.applicationId}-again`,
          ...(step.command.type === 'ReceiveApplication' ? { trackingCode: 'AGAIN0001' } : {}),
        },
      } as typeof step.command,
    }));
    const envelopes = [...steps, steps.at(-1)!].map((step) => envelopeOf(step));
    await send(...envelopes);
    const [received, ...rest] = await Promise.all(envelopes.map((envelope) => outcomeOf(envelope.messageId)));
    expect(received).toMatchObject({ status: 'accepted', streamId: `${application.streamId}-again` });
    expect(rest.slice(0, -1).map((outcome) => outcome.status)).toEqual(
      rest.slice(0, -1).map(() => 'accepted'),
    );
    expect(rest.at(-1)).toMatchObject({ status: 'rejected', code: 'CORRECTION_ALREADY_REQUESTED' });
  });

  it('the office reads what came through the intake with the applicant; the province sees the stage only', async () => {
    const application = using('FileReviewOrSuit');
    const query = `query { application(tenant: "${DAOLI}", id: "${application.applicationId}") { stage decision { result } cases { kind } personal { applicantName } } }`;
    let own: Record<string, unknown> | null = null;
    for (let tries = 0; own === null && tries < 200; tries++) {
      own = ((await intake.platform.graphql(admin(DAOLI, 'county'), query)).body.data?.['application'] ??
        null) as Record<string, unknown> | null;
      if (own === null) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const received = application.events.find((event) => event.type === 'ApplicationReceived')!;
    // Its stage once every fact is in: the domain's clock and the projection's stage rule.
    const state = application.events.reduce(evolveApplication, initialApplicationState());
    const final = stageOf(
      state,
      applicationClock(state, '2099-12-31', officialWorkingDayCalendar),
      '2099-12-31',
    );
    expect(own).toMatchObject({
      stage: final.toUpperCase().replaceAll('-', '_'),
      personal: {
        applicantName: (received.data as { personal: { applicantName: string } }).personal.applicantName,
      },
    });
    const province = (await intake.platform.graphql(admin('230000', 'province'), query)).body.data?.[
      'application'
    ];
    expect(province).toMatchObject({ stage: own!['stage'], personal: null });
  });
});
