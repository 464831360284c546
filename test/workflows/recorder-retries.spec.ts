// The real writer's retry cases, on the workflow project's Postgres (no Temporal here): Temporal
// retries an activity whose worker died after its transaction committed, so every writing activity
// must find its own work done and change nothing, and the nomination chain's writer must refuse
// what a retry may never do. TransitionRecorder (libs/persistence) through the worker's
// recordTransition, for each kind of transition; deliverEmails; the campaign writers.
import { randomUUID } from 'node:crypto';
import { MockActivityEnvironment } from '@temporalio/testing';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { DefaultLogger } from '@temporalio/worker';
import type { AuditEventDraft, NominationProjection, NotifyInput, RecordTransitionInput } from '#ktf/contracts';
import { HolidayRepository, NominationRepository, NotificationRepository, ReferenceRepository, TransitionRecorder, unitId } from '#ktf/persistence';
import { createDeadlineActivities } from '../../apps/worker/src/deadline.activities';
import { EmailDelivery } from '../../apps/worker/src/email/email-delivery';
import type { Mail } from '../../apps/worker/src/email/mailer';
import { createNominationActivities } from '../../apps/worker/src/nomination.activities';
import { createNoticeWriter } from '../../apps/worker/src/notice-writer';
import { admin, idsOf, members, officerA, signer, UNIT_A } from './support/harness';
import { workerActivities } from './support/real-activities';
import { TestDatabase } from './support/test-database';

jest.setTimeout(60_000);

let db: TestDatabase;
beforeAll(async () => {
  db = await TestDatabase.connect('ktf-recorder-retries');
});
afterAll(async () => {
  await db?.close();
});

// The refused send is expected: its warnings are not shown.
const quiet = new DefaultLogger('ERROR');
/** Runs an activity function as the worker would: in an activity context (it logs through it). */
const inActivity = <A extends unknown[], R>(fn: (...args: A) => Promise<R>, ...args: A) => new MockActivityEnvironment({}, { logger: quiet }).run(fn, ...args) as Promise<R>;

/** The worker's recordTransition, as registered (no SMTP). */
const recordTransition = (input: RecordTransitionInput) => inActivity(workerActivities(db.ds).recordTransition, structuredClone(input));

const T0 = Date.parse('2025-03-03T02:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

/** A nomination's transitions, numbered as its workflow numbers them. */
class Script {
  readonly id = randomUUID();
  readonly workflowId = `nomination-${this.id}`;
  private sequence = 0;
  private transitionNo = 0;
  private projection: NominationProjection;

  constructor(readonly unit = UNIT_A) {
    this.projection = {
      status: 'draft', stage: 'unit_proposal', unitId: unit, councilMemberIds: [], recusedMemberIds: [], votedMemberIds: [],
      signingAuthority: null, reservedByDecisionId: null, actorDuties: {}, appraiserId: null, transition: 0, stageOpenedAt: null,
      pipelineCode: 'provincial', pipelineVersion: 1, tally: null, decisionId: null, decisionNumber: null,
      lastActorId: null, lastAction: null, stageEpoch: 0, dueAt: null, breachedAt: null,
    };
  }

  async insertDraft(): Promise<this> {
    await db.insertDraft(this.id, this.unit, 'BANG_KHEN_CT_UBND', officerA.id);
    return this;
  }

  /** The next transition: its events get the next sequences; `change` is what it does to the read model. */
  next(
    actions: (Partial<AuditEventDraft> & { action: string })[],
    change: Partial<NominationProjection>,
    extra: Pick<RecordTransitionInput, 'award'> & { notices?: Omit<NotifyInput, 'nominationId'>[] } = {},
  ): RecordTransitionInput {
    this.transitionNo += 1;
    const events = actions.map((a) => {
      this.sequence += 1;
      return {
        sequence: this.sequence, occurredAt: at(this.sequence), actorId: null, actorRole: 'system', stageBefore: this.projection.stage,
        stageAfter: change.stage === undefined ? this.projection.stage : change.stage, reason: null, payload: {}, ...a,
      };
    });
    this.projection = { ...this.projection, ...change, transition: this.transitionNo, lastAction: actions.at(-1)?.action ?? null };
    return {
      nominationId: this.id, workflowId: this.workflowId, runId: 'run-1', projection: structuredClone(this.projection), events,
      ...(extra.award ? { award: extra.award } : {}),
      notices: (extra.notices ?? []).map((n) => ({ ...n, nominationId: this.id })),
    };
  }

  /** One of each kind of transition the workflow records, in the order a nomination lives them. */
  life(): { kind: string; input: RecordTransitionInput }[] {
    const councilDue = at(60 * 24 * 7);
    const decisionId = randomUUID();
    return [
      { kind: 'creation (no notice)', input: this.next([{ action: 'created', actorId: officerA.id, actorRole: 'unit_officer', stageBefore: null }], { lastActorId: officerA.id }) },
      {
        kind: 'stage change with a notice to several people (submit)',
        input: this.next(
          [
            { action: 'submitted', actorId: officerA.id, actorRole: 'unit_officer' },
            { action: 'stage_opened', payload: { epoch: 1, dueAt: councilDue } },
            { action: 'council_pinned', payload: { members: 5, recused: 0 } },
          ],
          { status: 'in_progress', stage: 'council_review', stageEpoch: 1, stageOpenedAt: at(2), dueAt: councilDue, councilMemberIds: idsOf(...members) },
          { notices: [{ event: 'stage_opened', stage: 'council_review', epoch: 1, dueAt: councilDue }] },
        ),
      },
      { kind: 'a vote (no notice)', input: this.next([{ action: 'vote_cast', actorId: members[0].id, actorRole: 'council_member', payload: { choice: 'agree' } }], { votedMemberIds: [members[0].id], lastActorId: members[0].id }) },
      {
        kind: 'timer: a reminder',
        input: this.next([{ action: 'reminder_sent', payload: { offset: 2 } }], { lastActorId: null }, { notices: [{ event: 'reminder', stage: 'council_review', epoch: 1, offset: 2, dueAt: councilDue }] }),
      },
      {
        kind: 'timer: a breach that escalates',
        input: this.next([{ action: 'deadline_breached', payload: { dueAt: councilDue, action: 'escalate' } }], { breachedAt: councilDue }, {
          notices: [{ event: 'breach', stage: 'council_review', epoch: 1, escalateTo: 'admin', deadlineVersion: 0, dueAt: councilDue }],
        }),
      },
      {
        kind: 'the award: registry entry and result notice',
        input: this.next(
          [
            { action: 'signed', actorId: signer.id, actorRole: 'signer', payload: { decisionId, decisionNumber: '7/QĐ-UBND' } },
            { action: 'awarded', actorId: signer.id, actorRole: 'signer' },
          ],
          { status: 'awarded', stage: null, stageEpoch: 1, decisionId, decisionNumber: '7/QĐ-UBND', dueAt: null, breachedAt: null, councilMemberIds: [], votedMemberIds: [], lastActorId: signer.id },
          { award: { decisionId, decisionNumber: '7/QĐ-UBND', awardedAt: at(90) }, notices: [{ event: 'result', stage: 'council_review', epoch: 1 }] },
        ),
      },
    ];
  }
}

/** Everything a transition of `id` writes, exactly as stored. */
async function written(id: string) {
  const q = (sql: string) => db.ds.query(sql, [id]) as Promise<Record<string, unknown>[]>;
  return {
    row: await db.row(id),
    events: await q(`SELECT * FROM audit_events WHERE subject_type='nomination' AND subject_id=$1 ORDER BY sequence`),
    noticeEvents: await q(`SELECT * FROM audit_events WHERE subject_type='notification' AND subject_id=$1 ORDER BY sequence`),
    notifications: await q(`SELECT * FROM notifications WHERE nomination_id=$1 ORDER BY dedupe_key`),
    awards: await q(`SELECT * FROM award_records WHERE nomination_id=$1`),
    visits: await q(`SELECT * FROM stage_visits WHERE nomination_id=$1 ORDER BY epoch`),
  };
}

describe('recordTransition retried after its transaction committed', () => {
  it('changes nothing, for every kind of transition: each event, row, visit, registry entry and notice stays as first written', async () => {
    const s = await new Script().insertDraft();
    for (const { kind, input } of s.life()) {
      const { updatedAt } = await recordTransition(input);
      const first = await written(s.id);
      // The first write reports the row's updated_at as stored (the Update answers with it); the retry wrote no row.
      expect([kind, updatedAt]).toEqual([kind, (first.row as { updated_at: Date }).updated_at.toISOString()]);
      await expect(recordTransition(input)).resolves.toEqual({ emailIds: [] }); // the retry
      expect([kind, await written(s.id)]).toEqual([kind, first]);
    }
    // The whole life, once: 9 events in a verified chain, the registry entry, one row per notice and recipient.
    expect(await db.verify('nomination', s.id)).toMatchObject({ ok: true, checked: 9 });
    expect(await db.verify('notification', s.id)).toMatchObject({ ok: true, checked: 4 });
    expect(await db.projection(s.id)).toMatchObject({ status: 'awarded', transition: 6 });
    expect(await db.awards(s.id)).toHaveLength(1);
    expect((await db.notices(s.id)).map((n) => [n.event, n.recipients])).toEqual([
      ['stage_opened', idsOf(...members)],
      ['reminder', idsOf(...members.slice(1))], // member 1 had voted
      ['breach', [admin.id]],
      ['result', [officerA.id]],
    ]);
  });

  it('retries racing a slow first attempt: all succeed, one writes (the chain lock serialises them)', async () => {
    const s = await new Script().insertDraft();
    const [created, submitted] = s.life();
    await recordTransition(created.input);
    await Promise.all([recordTransition(submitted.input), recordTransition(submitted.input), recordTransition(submitted.input)]);
    expect((await db.events(s.id)).map((e) => e.sequence)).toEqual([1, 2, 3, 4]);
    expect(await db.verify('nomination', s.id)).toMatchObject({ ok: true, checked: 4 });
    expect((await db.notices(s.id)).map((n) => n.recipients)).toEqual([idsOf(...members)]);
    const [{ rows }] = (await db.ds.query(`SELECT count(*)::int AS rows FROM notifications WHERE nomination_id=$1`, [s.id])) as { rows: number }[];
    expect(rows).toBe(5);
  });

  /** The first two words of each statement `run` sends (the recorder's round trips, issue 18). */
  const statementsOf = async (run: () => Promise<unknown>): Promise<string[]> => {
    const statements: string[] = [];
    const query = PostgresQueryRunner.prototype.query;
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (this: PostgresQueryRunner, ...args: Parameters<typeof query>) {
      statements.push(String(args[0]).trim().split(/\s+/).slice(0, 2).join(' '));
      return query.apply(this, args);
    });
    try {
      await run();
    } finally {
      spy.mockRestore();
    }
    return statements;
  };

  it('writes a vote in five statements: the row, its stage visit and the chain lock are one (issue 18: each round trip costs ~1 ms here)', async () => {
    const s = await new Script().insertDraft();
    const [created, submitted, vote] = s.life();
    for (const t of [created, submitted]) await recordTransition(t.input);
    const statements = await statementsOf(() => recordTransition(vote.input));
    expect(statements).toEqual(['START TRANSACTION', 'WITH row', 'SELECT sequence,', 'INSERT INTO', 'COMMIT']);
    // What the one statement does is whole: the row, the open visit, the chain.
    expect(await db.projection(s.id)).toMatchObject({ transition: 3, votedMemberIds: [members[0].id] });
    expect((await written(s.id)).visits).toHaveLength(1);
    expect(await db.verify('nomination', s.id)).toMatchObject({ ok: true });
  });

  it('stores a stage opening’s notices in six statements after its own: who and to whom, the rows, and their audit event under the chain lock (issue 18)', async () => {
    const s = await new Script().insertDraft();
    const [created, submitted] = s.life();
    await recordTransition(created.input);
    const statements = await statementsOf(() => recordTransition(submitted.input));
    expect(statements).toEqual([
      'START TRANSACTION', 'WITH row', 'SELECT sequence,', 'INSERT INTO',
      // The notices: the nominee's and award's names, the recipients, their rows (RETURNING what was new: no
      // second read), the notification chain's lock, whether this notice's event is there with the chain's head, the event.
      'SELECT n.nominee_name', 'SELECT u.id,', 'INSERT INTO', 'SELECT pg_advisory_xact_lock(hashtextextended($1::text,', 'SELECT EXISTS', 'INSERT INTO',
      'COMMIT',
    ]);
    // What the fewer statements wrote is whole: a row per council member, the notice's event on a chain that verifies.
    expect((await db.notices(s.id)).map((n) => n.recipients)).toEqual([idsOf(...members)]);
    const [{ rows }] = (await db.ds.query(`SELECT count(*)::int AS rows FROM notifications WHERE nomination_id=$1`, [s.id])) as { rows: number }[];
    expect(rows).toBe(members.length);
    expect(await db.verify('notification', s.id)).toMatchObject({ ok: true, checked: 1 });
    // Recorded again (a retried task): no second row or event.
    await recordTransition(submitted.input);
    expect(await db.verify('notification', s.id)).toMatchObject({ ok: true, checked: 1 });
    const [{ again }] = (await db.ds.query(`SELECT count(*)::int AS again FROM notifications WHERE nomination_id=$1`, [s.id])) as { again: number }[];
    expect(again).toBe(members.length);
  });

  it('an older transition retried after a newer one committed leaves the newer read model', async () => {
    const s = await new Script().insertDraft();
    const [created, submitted, vote] = s.life();
    for (const t of [created, submitted, vote]) await recordTransition(t.input);
    const before = await written(s.id);
    await recordTransition(submitted.input);
    expect(await written(s.id)).toEqual(before);
    expect(await db.projection(s.id)).toMatchObject({ transition: 3, votedMemberIds: [members[0].id] });
  });

  it('stores a notice once per recipient: a recipient who appeared before the retry gets one row, nobody gets two', async () => {
    // A unit of this test's own, so its officers are no one else's recipients.
    const unit = randomUUID();
    const addOfficer = async () => {
      const id = randomUUID();
      await db.ds.query(`INSERT INTO users (id, username, full_name, unit_id, roles, email) VALUES ($1,$2,'Lê Văn Bình',$3,'{unit_officer}',null)`, [id, `officer.${id.slice(0, 8)}`, unit]);
      return id;
    };
    await db.ds.query(`INSERT INTO units (id, code, name, kind, parent_id) VALUES ($1,$2,'UBND xã Gia Viễn','commune',$3)`, [unit, `XA-${unit.slice(0, 8)}`, unitId('UBND-TINH')]);
    const first = await addOfficer();
    const s = await new Script(unit).insertDraft();
    const life = s.life();
    for (const t of life) await recordTransition(t.input);
    const second = await addOfficer();
    await recordTransition(life[5].input); // the result transition, retried
    const result = (await db.notices(s.id)).find((n) => n.event === 'result');
    expect(result?.recipients).toEqual([first, second].sort());
    // Its one notification_sent event keeps the recipients of the attempt that committed it.
    expect(result?.announced).toEqual([first]);
  });
});

/** `input` as a retried workflow task replays it: the same transition, every time `minutes` later. */
function replayedLater(input: RecordTransitionInput, minutes: number): RecordTransitionInput {
  const later = (iso: string | null) => (iso === null ? null : new Date(Date.parse(iso) + minutes * 60_000).toISOString());
  const replayed = structuredClone(input);
  for (const e of replayed.events) e.occurredAt = later(e.occurredAt)!;
  replayed.projection.stageOpenedAt = later(replayed.projection.stageOpenedAt);
  replayed.projection.breachedAt = later(replayed.projection.breachedAt);
  if (replayed.award) replayed.award.awardedAt = later(replayed.award.awardedAt)!;
  return replayed;
}

describe('recordTransition run again by a retried workflow task (a local activity), with new times', () => {
  it('changes nothing, for every kind of transition, and hands back the times that stand', async () => {
    const s = await new Script().insertDraft();
    for (const { kind, input } of s.life()) {
      await recordTransition(input);
      const first = await written(s.id);
      const { adopted } = await recordTransition(replayedLater(input, 7));
      expect([kind, await written(s.id)]).toEqual([kind, first]);
      expect([kind, adopted]).toEqual([
        kind,
        { occurredAt: input.events.map((e) => e.occurredAt), stageOpenedAt: input.projection.stageOpenedAt, breachedAt: input.projection.breachedAt },
      ]);
    }
    expect(await db.verify('nomination', s.id)).toMatchObject({ ok: true, checked: 9 });
    expect(await db.projection(s.id)).toMatchObject({ status: 'awarded', transition: 6 });
    expect((await db.awards(s.id)).map((a) => a.awardedAt)).toEqual([at(90)]); // the first attempt's
  });

  it("an older transition replayed after a newer one committed: its events' times, not the row's (the row holds the newer one)", async () => {
    const s = await new Script().insertDraft();
    const [created, submitted, vote] = s.life();
    for (const t of [created, submitted, vote]) await recordTransition(t.input);
    const before = await written(s.id);
    expect((await recordTransition(replayedLater(submitted.input, 3))).adopted).toEqual({ occurredAt: [at(2), at(3), at(4)] });
    expect(await written(s.id)).toEqual(before);
  });

  it('the first attempt still in flight: the replay waits for its commit and adopts it (the chain lock serialises them)', async () => {
    const s = await new Script().insertDraft();
    const [created, submitted] = s.life();
    await recordTransition(created.input);
    const [first, replay] = await Promise.all([recordTransition(submitted.input), recordTransition(replayedLater(submitted.input, 1))]);
    // Whichever committed first stands; the other adopts its times.
    const stood = (await db.events(s.id)).slice(1).map((e) => e.occurredAt);
    expect([first, replay].filter((r) => r.adopted).map((r) => r.adopted?.occurredAt)).toEqual([stood]);
    expect(await db.verify('nomination', s.id)).toMatchObject({ ok: true, checked: 4 });
  });
});

describe('what a retry may never do: the nomination chain writer refuses, and the transaction writes nothing', () => {
  it('the same sequence with different content (a changed field, also with new times, inside a batch with new events)', async () => {
    const s = await new Script().insertDraft();
    const [created, submitted, vote] = s.life();
    await recordTransition(created.input);
    await recordTransition(submitted.input);
    const before = await written(s.id);
    const changed = structuredClone(submitted.input);
    changed.events[1].reason = 'edited';
    await expect(recordTransition(changed)).rejects.toThrow(`audit chain nomination/${s.id}: event 3 exists with different content`);
    // New times do not excuse other content.
    const changedLater = replayedLater(submitted.input, 5);
    changedLater.events[2].payload = { members: 4, recused: 1 };
    await expect(recordTransition(changedLater)).rejects.toThrow('event 4 exists with different content');
    // Event 4 only retimed, event 5 new: a transition is stored whole or not at all, so this is
    // no replay; the batch is refused whole, and the newer row is not written either.
    const mixed = structuredClone(vote.input);
    mixed.events = [{ ...submitted.input.events[2], occurredAt: at(1000) }, ...vote.input.events];
    await expect(recordTransition(mixed)).rejects.toThrow('event 4 exists with different content');
    expect(await written(s.id)).toEqual(before);
  });

  it('an orphan (the newest transition, stored with its command, whose Update the workflow never accepted): reported with that command, nothing written', async () => {
    const s = await new Script().insertDraft();
    const [created, submitted, vote] = s.life();
    await recordTransition(created.input);
    await recordTransition(submitted.input);
    const command = { kind: 'update' as const, update: 'vote', updateId: 'lost', request: { actor: members[0], choice: 'agree' } };
    await recordTransition({ ...vote.input, command });
    const before = await written(s.id);
    // Kept sealed with the payload codec: the request (a ballot's choice) is not in clear.
    expect(before.row).toMatchObject({ transition: 3, last_command: { sealed: expect.any(String) } });
    expect(JSON.stringify(before.row)).not.toMatch(/"choice"|"agree"/);
    // The workflow, not knowing #3, takes it for another member's vote.
    const other = structuredClone(vote.input);
    other.events[0].actorId = members[1].id;
    other.command = { ...command, updateId: 'next', request: { actor: members[1], choice: 'agree' } };
    await expect(recordTransition(other)).resolves.toEqual({ emailIds: [], orphan: { transition: 3, command } });
    expect(await written(s.id)).toEqual(before);
    // Taking the orphan's command again gives its content with new times: adopted, as a retried task.
    await expect(recordTransition({ ...replayedLater(vote.input, 5), command })).resolves.toMatchObject({ adopted: { occurredAt: [vote.input.events[0].occurredAt] } });
    // A conflict below the newest transition is no orphan: refused as before.
    const old = structuredClone(submitted.input);
    old.events[0].reason = 'edited';
    await expect(recordTransition({ ...old, command })).rejects.toThrow('event 2 exists with different content');
    expect(await written(s.id)).toEqual(before);
  });

  it("a transition that begins a longer one stored under its number (the `created` alone of a restarted workflow, against its create-and-submit stored whose Update was lost): an orphan, not the same transition retimed", async () => {
    const s = await new Script().insertDraft();
    const [created, submitted] = s.life();
    const command = { kind: 'update' as const, update: 'submit', updateId: 'create-submit-lost', request: { actor: officerA } };
    // One transition, #1, as a create-and-submit records it: `created` and the submission's events.
    const createAndSubmit: RecordTransitionInput = { ...submitted.input, projection: { ...submitted.input.projection, transition: 1 }, events: [...created.input.events, ...submitted.input.events], command };
    await recordTransition(createAndSubmit);
    const before = await written(s.id);
    // The restarted workflow knows of no submission: it records `created` alone as #1, with its own clock or the first one's.
    await expect(recordTransition(replayedLater(created.input, 5))).resolves.toEqual({ emailIds: [], orphan: { transition: 1, command } });
    await expect(recordTransition(created.input)).resolves.toEqual({ emailIds: [], orphan: { transition: 1, command } });
    expect(await written(s.id)).toEqual(before);
    // The whole create-and-submit taken again: adopted, as a retried task.
    await expect(recordTransition(replayedLater(createAndSubmit, 5))).resolves.toMatchObject({ adopted: { occurredAt: createAndSubmit.events.map((e) => e.occurredAt) } });
    expect(await written(s.id)).toEqual(before);
  });

  it('a missing predecessor: nothing is skipped, not even by a newer transition number', async () => {
    const s = await new Script().insertDraft();
    const [created, , vote] = s.life();
    await recordTransition(created.input);
    const before = await written(s.id);
    await expect(recordTransition(vote.input)).rejects.toThrow(`audit chain nomination/${s.id}: event 4 missing before 5`);
    expect(await written(s.id)).toEqual(before);
    expect(await db.projection(s.id)).toMatchObject({ transition: 1 });
  });

  it('a batch that is not consecutive', async () => {
    const s = await new Script().insertDraft();
    const [created, submitted] = s.life();
    await recordTransition(created.input);
    const holed = structuredClone(submitted.input);
    holed.events.splice(1, 1);
    await expect(recordTransition(holed)).rejects.toThrow('a batch must hold consecutive events of one chain');
    expect(await db.events(s.id)).toHaveLength(1);
  });

  it('without a nominations row: the events are still appended (audit_events has no foreign key); the API always inserts the draft first', async () => {
    const s = new Script();
    const [created] = s.life();
    await recordTransition(created.input);
    expect(await db.row(s.id)).toBeNull();
    expect((await db.events(s.id)).map((e) => e.action)).toEqual(['created']);
  });
});

describe('deliverEmails retried', () => {
  function withMailer(send: (mail: Mail) => Promise<void>) {
    const notifications = new NotificationRepository(db.ds);
    const email = new EmailDelivery(notifications, { send });
    return createNominationActivities({
      references: new ReferenceRepository(db.ds), nominations: new NominationRepository(db.ds), recorder: new TransitionRecorder(db.ds),
      notices: createNoticeWriter({ emailEnabled: true }), email,
      planDeadline: createDeadlineActivities(new HolidayRepository(db.ds)).planStageDeadline,
    });
  }
  it('after the send committed, sends nothing again; after a refused send, sends it', async () => {
    const sent: Mail[] = [];
    let refuse = true;
    const acts = withMailer(async (mail) => {
      if (refuse) {
        refuse = false;
        throw new Error('421 try again later');
      }
      sent.push(mail);
    });
    const s = await new Script().insertDraft();
    const [created, submitted] = s.life();
    await inActivity(acts.recordTransition, created.input);
    const { emailIds } = await inActivity(acts.recordTransition, submitted.input);
    expect(emailIds).toHaveLength(5);
    // The recorder's retry hands back the same ids still to send (none was sent yet).
    expect((await inActivity(acts.recordTransition, submitted.input)).emailIds.sort()).toEqual([...emailIds].sort());
    await expect(inActivity(acts.deliverEmails, emailIds)).rejects.toThrow('421'); // the first is refused: nothing sent
    await inActivity(acts.deliverEmails, emailIds); // Temporal's retry
    await inActivity(acts.deliverEmails, emailIds); // and a retry after that one committed
    expect(sent.map((m) => m.to).sort()).toEqual([1, 2, 3, 4, 5].map((k) => `council.${k}@ktf.local`));
    const states = (await db.ds.query(`SELECT email_state FROM notifications WHERE nomination_id=$1`, [s.id])) as { email_state: string }[];
    expect(states.map((r) => r.email_state)).toEqual(Array(5).fill('sent'));
    // Once sent, a retried transition has nothing left to email.
    expect((await inActivity(acts.recordTransition, submitted.input)).emailIds).toEqual([]);
  });
});

describe('campaign writers retried', () => {
  it('closing and reopening intake: one audit event each however often they run', async () => {
    const acts = workerActivities(db.ds);
    const campaignId = randomUUID();
    await db.ds.query(
      `INSERT INTO campaigns (id, name, award_codes, unit_ids, intake_deadline, reminder_offsets, status, workflow_id, created_by)
       VALUES ($1,'Đợt xét khen thưởng chuyên đề','{BANG_KHEN_CT_UBND}',$2,$3,'{5,2,0}','open',$4,$5)`,
      [campaignId, [UNIT_A], at(60), `campaign-${campaignId}`, admin.id],
    );
    for (let i = 0; i < 2; i++) await acts.closeCampaignIntake({ campaignId, closedAt: at(61) });
    for (let i = 0; i < 2; i++) await acts.reopenCampaignIntake({ campaignId, intakeDeadline: at(120), actorId: admin.id, reason: 'gia hạn' });
    const events = await db.chain('campaign', campaignId);
    expect(events.map((e) => e.action)).toEqual(['intake_closed', 'intake_extended']);
    expect(await db.verify('campaign', campaignId)).toMatchObject({ ok: true, checked: 2 });
    const [row] = (await db.ds.query(`SELECT status FROM campaigns WHERE id=$1`, [campaignId])) as { status: string }[];
    expect(row.status).toBe('open');
  });
});
