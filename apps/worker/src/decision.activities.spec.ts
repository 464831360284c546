import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger, LogEntry } from '@temporalio/worker';
import type { DecisionRecord } from '#ktf/contracts';
import { createDecisionActivities, DecisionStore } from './decision.activities';
import type { DecisionDocuments } from './documents/decision-document-signing';
import type { NominationUpdater } from './nomination-updates';

const DECISION_ID = '22222222-2222-4222-8222-222222222222';

/** What sealing handed the store: the document it was given, per call. */
function recordingStore(): DecisionStore & { seals: Array<{ sha256: string } | undefined> } {
  const seals: Array<{ sha256: string } | undefined> = [];
  return {
    seals,
    takeNumber: () => Promise.reject(new Error('not in this test')),
    findRow: () => Promise.resolve(null),
    seal: (id, actorId, document) => {
      seals.push(document);
      return Promise.resolve({ id, status: 'signed', signerId: actorId } as DecisionRecord);
    },
    attachDocument: () => Promise.reject(new Error('not in this test')),
  };
}

const failingDocuments: DecisionDocuments = { ensureSigned: () => Promise.reject(new Error('Too few bytes to parse DER.')) };
const unusedUpdater = {} as NominationUpdater;

describe('sealing a decision whose PDF cannot be made', () => {
  const run = (attempt: number, documents: DecisionDocuments, store: DecisionStore, logs: LogEntry[] = []) =>
    new MockActivityEnvironment({ attempt }, { logger: new DefaultLogger('WARN', (e) => logs.push(e)) }).run(
      createDecisionActivities(store, unusedUpdater, documents).sealDecision,
      { decisionId: DECISION_ID, actorId: 'signer-1' },
    );

  it('retries the document on the first two attempts and seals nothing', async () => {
    const store = recordingStore();
    await expect(run(1, failingDocuments, store)).rejects.toThrow('Too few bytes to parse DER.');
    await expect(run(2, failingDocuments, store)).rejects.toThrow('Too few bytes to parse DER.');
    expect(store.seals).toEqual([]);
  });

  it('on the third attempt seals the decision without a document and logs why', async () => {
    const store = recordingStore();
    const logs: LogEntry[] = [];
    await expect(run(3, failingDocuments, store, logs)).resolves.toMatchObject({ id: DECISION_ID, status: 'signed' });
    expect(store.seals).toEqual([undefined]);
    const error = logs.find((l) => l.level === 'ERROR');
    expect(error?.message).toBe('the decision is sealed without its PDF: the document could not be made');
    expect(error?.meta).toMatchObject({ decisionId: DECISION_ID, error: 'Too few bytes to parse DER.' });
  });

  it('seals with the document hash when the PDF is made', async () => {
    const store = recordingStore();
    const sha256 = 'ab'.repeat(32);
    await run(1, { ensureSigned: () => Promise.resolve({ sha256 }) }, store);
    expect(store.seals).toEqual([{ sha256 }]);
  });
});

describe('a decision whose PDF was prepared beside the signatures', () => {
  const sha256 = 'cd'.repeat(32);
  const drawn: string[] = [];
  const counting: DecisionDocuments = { ensureSigned: (id) => (drawn.push(id), Promise.resolve({ sha256 })) };
  const activities = (store: DecisionStore) => createDecisionActivities(store, unusedUpdater, counting);
  beforeEach(() => (drawn.length = 0));

  it('prepares the PDF and returns its hash', async () => {
    await expect(new MockActivityEnvironment({ attempt: 1 }).run(activities(recordingStore()).prepareDecisionDocument, DECISION_ID)).resolves.toEqual({ sha256 });
    expect(drawn).toEqual([DECISION_ID]);
  });

  it('is sealed with the prepared hash without drawing it again', async () => {
    const store = recordingStore();
    await new MockActivityEnvironment({ attempt: 1 }).run(activities(store).sealDecision, { decisionId: DECISION_ID, actorId: 'signer-1', document: { sha256 } });
    expect(store.seals).toEqual([{ sha256 }]);
    expect(drawn).toEqual([]);
  });

  it('is sealed without a document when preparing gave up on it, without trying again', async () => {
    const store = recordingStore();
    await new MockActivityEnvironment({ attempt: 1 }).run(activities(store).sealDecision, { decisionId: DECISION_ID, actorId: 'signer-1', document: null });
    expect(store.seals).toEqual([undefined]);
    expect(drawn).toEqual([]);
  });
});
