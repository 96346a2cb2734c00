import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { domainTesting } from '@gongkai/domain';
import type { IntakeEnvelope } from '@gongkai/ingest';
import { kafkaBrokersForTests } from '@gongkai/messaging/contract';
import { createKafkaBus, localKafkaBroker } from '@gongkai/messaging';
import { temporaryDirectory } from '@gongkai/testkit';
import { ENVELOPES_PER_ITEM, itemLoad, pilotSetUp } from '../support/intakeLoad';
import { prepareIntakeRun, storedLoad } from '../support/intakeRun';
import type { IntakeRun, OutcomeWatch } from '../support/intakeRun';
import { startRole } from '../support/roleProcess';

const brokers = await kafkaBrokersForTests('Intake faults on Kafka');
const PROVINCE = '230000';
const PILOTS = domainTesting.testDirectory.all().filter((unit) => unit.pilotLevel);
const COUNTIES = PILOTS.map((unit) => unit.code);
const pilotLevelOf = (tenant: string) => PILOTS.find((unit) => unit.code === tenant)!.pilotLevel!;

const ids = (envelopes: readonly IntakeEnvelope[]) => envelopes.map((envelope) => envelope.messageId);

/** A fresh data folder, topics of its own, a `gongkai ingest` child, and the pilots registered. */
const startRun = async () => {
  const folder = temporaryDirectory('gongkai-faults-');
  const bus = createKafkaBus({ brokers: brokers!, clientId: `faults-${randomUUID()}` });
  const run = await prepareIntakeRun(bus, {
    brokers: brokers!,
    dataDir: folder.path,
    province: PROVINCE,
    partitions: 4,
  });
  const load = {
    tenants: COUNTIES,
    pilotLevelOf,
    province: PROVINCE,
    source: run.source.id,
    runId: randomUUID().slice(0, 8),
  };
  let ingest = startRole('ingest', run.env, 'ingest started');
  await ingest.ready;
  const watch = await run.outcomes();
  const setUp = pilotSetUp(load);
  await run.publish(setUp);
  const registered = await watch.waitForAll(ids(setUp), 120_000);
  expect(ids(setUp).map((id) => registered.get(id)?.status)).toEqual(setUp.map(() => 'accepted'));
  return {
    run,
    watch,
    load,
    folder,
    ingest: () => ingest,
    stopIngest: () => ingest.kill('SIGTERM'),
    startIngest: async () => {
      ingest = startRole('ingest', run.env, 'ingest started');
      await ingest.ready;
    },
    killIngest: () => ingest.kill('SIGKILL'),
    close: async () => {
      await ingest.kill('SIGTERM');
      await watch.reader.stop();
      await bus.close();
      folder.remove();
    },
  };
};

const handledAtLeast = (watch: OutcomeWatch, count: number) =>
  watch.reader.until(() => watch.byMessage().size >= count, 240_000);

/** Every message accepted, every item stored with exactly its events, none twice. */
const expectEverythingOnce = async (
  run: IntakeRun,
  watch: OutcomeWatch,
  dataDir: string,
  envelopes: readonly IntakeEnvelope[],
) => {
  const outcomes = await watch.waitForAll(ids(envelopes), 280_000);
  const refused = ids(envelopes).filter((id) => outcomes.get(id)?.status !== 'accepted');
  expect(refused, `first refusal: ${JSON.stringify(outcomes.get(refused[0] ?? ''))}`).toEqual([]);
  const stored = storedLoad(dataDir);
  expect(stored).toHaveLength(envelopes.length / ENVELOPES_PER_ITEM);
  const wrong = stored.filter(
    (stream) =>
      stream.events !== ENVELOPES_PER_ITEM ||
      stream.ids !== ENVELOPES_PER_ITEM ||
      stream.last !== ENVELOPES_PER_ITEM - 1,
  );
  expect(wrong).toEqual([]);
  expect(run.topics.intake).toMatch(/gongkai\.intake\.v1$/);
};

describe.skipIf(brokers === undefined)('the intake on Kafka, through faults', () => {
  it('loses and duplicates nothing when the broker stops and restarts in the middle of 50,000 envelopes', async (context) => {
    const [host, port] = brokers![0]!.split(':');
    const broker = localKafkaBroker({ host, port: Number(port) });
    if (!(await broker.isRunning())) {
      console.warn(`broker restart test SKIPPED: ${brokers![0]} is not a broker scripts/infra/kafka.sh runs`);
      context.skip();
    }
    const { run, watch, load, folder, close } = await startRun();
    try {
      const before = watch.byMessage().size;
      const envelopes = [...itemLoad(load, 5_000)];
      const publishing = run.publish(envelopes);
      await handledAtLeast(watch, before + 10_000);
      await broker.restart();
      await publishing;
      await expectEverythingOnce(run, watch, folder.path, envelopes);
    } finally {
      await close();
    }
  });

  it('loses and duplicates nothing when the ingest process is killed with SIGKILL mid-batch and restarted', async () => {
    const { run, watch, load, folder, stopIngest, startIngest, killIngest, close } = await startRun();
    try {
      // A backlog first, so that the ingestor is busy with a batch when it is killed.
      await stopIngest();
      const before = watch.byMessage().size;
      const envelopes = [...itemLoad(load, 3_000)];
      await run.publish(envelopes);
      await startIngest();
      await handledAtLeast(watch, before + 5_000);
      await killIngest();
      await startIngest();
      await expectEverythingOnce(run, watch, folder.path, envelopes);
      const outcomes = watch.reader.messages.length;
      console.info(`after SIGKILL: ${outcomes} outcomes published for ${watch.byMessage().size} messages`);
    } finally {
      await close();
    }
  });
});
