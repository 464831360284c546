// Temporal holds no personal data in clear (issue 14): a secret-ballot nomination is taken to
// its decision through the API, then its history is read as an operator would, with the real
// CLI (`temporal workflow show`) and from the dev server's SQLite file. Neither shows a name or
// a vote; the codec endpoint shows them to an auditor, which proves the search would find them.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { findSeedUser } from '#ktf/persistence';
import { RunningStack } from '../../infra/dev/stack';
import { resolveTemporalCli } from '../../infra/dev/temporal-binaries';
import { ApiClient, apiClient, HOA, stackDataConverter, startE2eStack, tokenFor } from './support/e2e-stack';
import { expectOk } from './support/audit-support';

jest.setTimeout(180_000);

const run = promisify(execFile);
const UI_ORIGIN = 'http://127.0.0.1:8233';
const AWARD = 'BANG_KHEN_CT_UBND';
const COUNCIL = ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'];
const CHOICES = ['agree', 'agree', 'agree', 'agree', 'disagree'] as const;
const NOMINEE = 'Hà Thị Kín Đáo';
const ACHIEVEMENT = 'Sáng kiến bảo mật hồ sơ thi đua năm 2026';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const fullName = (username: string) => findSeedUser(username)?.fullName as string;

/** What must never be readable in Temporal: the nominee, the voters, the votes (as JSON writes them). */
const SECRETS = [NOMINEE, ACHIEVEMENT, ...COUNCIL.map(fullName), '"choice"', '"agree"', '"disagree"'];
/**
 * The CLI's JSON with every payload's base64 `data` also decoded, so a payload in clear is
 * found whether the CLI prints it as JSON or as base64.
 */
const readable = (output: string) =>
  [output, ...[...output.matchAll(/"data":\s*"([A-Za-z0-9+/=]+)"/g)].map((m) => Buffer.from(m[1], 'base64').toString('utf8'))].join('\n');
const found = (haystack: Buffer | string) => SECRETS.filter((s) => (typeof haystack === 'string' ? haystack.includes(s) : haystack.includes(Buffer.from(s, 'utf8'))));

describe('workflow payloads are encrypted', () => {
  let stack: RunningStack;
  let api: ApiClient;
  let nominationId: string;

  beforeAll(async () => {
    stack = await startE2eStack({ TEMPORAL_UI_ORIGINS: UI_ORIGIN });
    api = apiClient(stack.apiUrl);
    // This stack's catalog: the award voted on by secret ballot.
    const { updatedAt: _u, code: _c, ...award } = (await api.get(`/award-types/${AWARD}`, 'admin')).body;
    await expectOk(api.put(`/award-types/${AWARD}`, 'admin', { ...award, voteRule: { ...award.voteRule, secret: true } }));
    const created = await expectOk(api.post('/nominations', 'officer.vp', { ...HOA, awardCode: AWARD, nominee: { ...HOA.nominee, fullName: NOMINEE }, achievements: ACHIEVEMENT }));
    nominationId = created.body.id;
    for (const [i, member] of COUNCIL.entries()) await expectOk(api.post(`/nominations/${nominationId}/votes`, member, { choice: CHOICES[i] }));
    await expectOk(api.post(`/nominations/${nominationId}/appraisal`, 'appraiser', { decision: 'approve', reason: 'Hồ sơ đầy đủ' }));
    await expectOk(api.post('/decisions', 'chairman', { nominationIds: [nominationId] }));
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const show = async (...extra: string[]) =>
    (await run(resolveTemporalCli(), ['workflow', 'show', '--address', stack.temporalAddress, '--namespace', 'default', '-w', `nomination-${nominationId}`, '--output', 'json', ...extra], { maxBuffer: 64 * 1024 * 1024 })).stdout;

  it('ran the secret-ballot nomination to its decision', async () => {
    const n = (await api.get(`/nominations/${nominationId}`, 'auditor')).body;
    expect({ status: n.status, stage: n.stage, awardCode: n.awardCode }).toEqual({ status: 'awarded', stage: null, awardCode: AWARD });
  });

  it('shows no name and no vote in `temporal workflow show`, and all of them through the codec endpoint', async () => {
    const plain = await show();
    expect(plain).toContain(b64('binary/encrypted')); // payloads are there, sealed
    expect(found(readable(plain))).toEqual([]);
    // The same history decoded by the API's codec endpoint, as an auditor: the voters and their
    // votes are back (the Update arguments carry them). The nominee's name and achievements are
    // not in the history at all: the workflow's input holds ids, the dossier stays in Postgres.
    const decoded = await show('--codec-endpoint', `${stack.apiUrl}/codec`, '--codec-auth', `Bearer ${tokenFor('auditor')}`);
    expect(found(readable(decoded))).toEqual(SECRETS.filter((s) => s !== NOMINEE && s !== ACHIEVEMENT));
  });

  it('leaves no name and no vote in Temporal\'s database, where a plain payload is readable', async () => {
    // The control: a payload sent without the codec is found in the same bytes.
    const marker = `Đối chứng không mã hoá ${randomUUID()}`;
    const raw = new TemporalClient({ connection: await Connection.connect({ address: stack.temporalAddress }) });
    try {
      await raw.workflow.start('plaintextControl', { taskQueue: `nobody-polls-${randomUUID()}`, workflowId: `control-${randomUUID()}`, args: [marker] });
    } finally {
      await raw.connection.close();
    }
    const bytes = await temporalStoreBytes(stack);
    expect(bytes.includes(Buffer.from(marker, 'utf8'))).toBe(true);
    expect(found(bytes)).toEqual([]);
  });

  it('upserts no search attribute and no memo: only the SDK’s build ids and patch ids are indexed', async () => {
    const temporal = new TemporalClient({ connection: await Connection.connect({ address: stack.temporalAddress }), dataConverter: stackDataConverter(stack) });
    try {
      const d = await temporal.workflow.getHandle(`nomination-${nominationId}`).describe();
      // By name: the server does not list them in a fixed order.
      const listed = d.typedSearchAttributes
        .getAll()
        .map((a) => ({ name: a.key.name, values: a.value }))
        .sort((a, b) => a.name.localeCompare(b.name));
      // The SDK indexes the build ids and the ids of the patches (wf.patched) the run went through: no personal data.
      // A nomination started now takes its patches as one (nomination-patches.ts): one id, not one per patch.
      expect(listed).toEqual([
        { name: 'BuildIds', values: ['unversioned', expect.stringMatching(/^unversioned:@temporalio\/worker@1\.24\.0\+[0-9a-f]{64}$/)] },
        { name: 'TemporalChangeVersion', values: ['nomination-patches-2026-11'] },
      ]);
      expect(d.memo ?? {}).toEqual({});
    } finally {
      await temporal.connection.close();
    }
  });

  describe('POST /codec/decode and /codec/encode', () => {
    const sample = { payloads: [{ metadata: { encoding: b64('json/plain') }, data: b64('{"choice":"disagree","name":"Phạm Quang Huy"}') }] };

    it('round-trips a payload for auditors and admins, encrypting under the newest key', async () => {
      for (const who of ['auditor', 'admin']) {
        const sealed = await api.post('/codec/encode', who, sample, { 'X-Namespace': 'default' });
        expect(sealed.status).toBe(200);
        const meta = sealed.body.payloads[0].metadata;
        expect({ encoding: Buffer.from(meta.encoding, 'base64').toString(), key: Buffer.from(meta['encryption-key-id'], 'base64').toString() }).toEqual({ encoding: 'binary/encrypted', key: 'test-1' });
        expect(Buffer.from(sealed.body.payloads[0].data, 'base64').includes(Buffer.from('disagree'))).toBe(false);
        const opened = await api.post('/codec/decode', who, sealed.body, { 'X-Namespace': 'default' });
        expect({ status: opened.status, body: opened.body }).toEqual({ status: 200, body: sample });
      }
    });

    it('refuses other roles (403) and callers without a token (401)', async () => {
      for (const who of ['officer.vp', 'council.1', 'appraiser', 'chairman', 'secretary']) {
        expect([who, (await api.post('/codec/decode', who, sample)).status]).toEqual([who, 403]);
      }
      expect((await api.post('/codec/decode', undefined, sample)).status).toBe(401);
      expect((await api.post('/codec/encode', undefined, sample)).status).toBe(401);
    });

    it('answers 404 for another namespace, 400 for bytes that are not base64, 422 for an altered payload', async () => {
      expect((await api.post('/codec/decode', 'auditor', sample, { 'X-Namespace': 'other' })).status).toBe(404);
      expect((await api.post('/codec/decode', 'auditor', { payloads: [{ metadata: { encoding: 'not base64!' } }] })).status).toBe(400);
      const sealed = (await api.post('/codec/encode', 'auditor', sample)).body;
      const data = Buffer.from(sealed.payloads[0].data, 'base64');
      data[20] ^= 1;
      const altered = { payloads: [{ ...sealed.payloads[0], data: data.toString('base64') }] };
      expect((await api.post('/codec/decode', 'auditor', altered)).status).toBe(422);
    });

    it('lets the configured Temporal UI origin call it from the browser, and no other origin', async () => {
      const preflight = (origin: string) =>
        fetch(`${stack.apiUrl}/codec/decode`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,x-namespace' } });
      const ui = await preflight(UI_ORIGIN);
      expect({ status: ui.status, origin: ui.headers.get('access-control-allow-origin'), headers: ui.headers.get('access-control-allow-headers'), credentials: ui.headers.get('access-control-allow-credentials') }).toEqual({
        status: 204, origin: UI_ORIGIN, headers: 'Authorization, Content-Type, X-Namespace', credentials: 'true',
      });
      const other = await preflight('https://evil.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const post = await fetch(`${stack.apiUrl}/codec/decode`, { method: 'POST', headers: { Origin: UI_ORIGIN, Authorization: `Bearer ${tokenFor('auditor')}`, 'Content-Type': 'application/json' }, body: JSON.stringify(sample) });
      expect({ status: post.status, origin: post.headers.get('access-control-allow-origin') }).toEqual({ status: 200, origin: UI_ORIGIN });
    });
  });
});

/**
 * Every byte Temporal stored: the dev server's SQLite file and its WAL or, on the cluster
 * topology (Temporal's server on the stack's PostgreSQL), every bytea column of its database.
 */
async function temporalStoreBytes(stack: RunningStack): Promise<Buffer> {
  const file = stack.temporalDbFile;
  if (file) return Buffer.concat(['', '-wal'].map((suffix) => `${file}${suffix}`).filter(existsSync).map((f) => readFileSync(f)));
  const url = new URL(stack.databaseUrl);
  url.pathname = '/temporal';
  const pg = new PgClient({ connectionString: url.toString() });
  await pg.connect();
  try {
    const { rows: columns } = await pg.query<{ t: string; c: string }>(
      `SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'bytea'`,
    );
    expect(columns.length).toBeGreaterThan(0);
    const parts: Buffer[] = [];
    for (const { t, c } of columns) {
      const { rows } = await pg.query<{ b: Buffer | null }>(`SELECT string_agg(${pg.escapeIdentifier(c)}, ''::bytea) AS b FROM ${pg.escapeIdentifier(t)}`);
      if (rows[0]?.b) parts.push(rows[0].b);
    }
    return Buffer.concat(parts);
  } finally {
    await pg.end();
  }
}
