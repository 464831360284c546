// One request's spans, API and worker, on one time line: an isolated stack exporting its traces
// to an OTLP/HTTP receiver in this process. Shows what runs between the HTTP request and its
// answer (the reads, the Update, each local activity and its SQL statements, the gaps between).
// `node dist/infra/bench/probe/span-trace.js` traces votes; DECIDE=1 a whole lifecycle, showing
// the decision's; WITH=<span name prefix, or words of a statement> the requests with such a span; SLOWEST=n the n slowest; ROUNDS nominations. Tracing costs CPU itself: compare shapes, not totals.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startStack } from '../../dev/stack';
import { benchClient } from '../bench-http';
import { COUNCIL, createNomination } from '../lifecycle-scenario';

interface Span {
  service: string;
  traceId: string;
  name: string;
  startMs: number;
  endMs: number;
  statement: string;
}
interface OtlpValue {
  stringValue?: string;
}
interface OtlpJson {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: OtlpValue }[] };
    scopeSpans?: { spans?: { traceId: string; name: string; startTimeUnixNano: string; endTimeUnixNano: string; attributes?: { key: string; value: OtlpValue }[] }[] }[];
  }[];
}

const nanosToMs = (n: string) => Number(BigInt(n) / 1000n) / 1000;

async function receiver(): Promise<{ url: string; spans: Span[]; server: Server }> {
  const spans: Span[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpJson;
        for (const rs of body.resourceSpans ?? []) {
          const service = rs.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
          for (const ss of rs.scopeSpans ?? []) {
            for (const s of ss.spans ?? []) {
              const statement = s.attributes?.find((a) => a.key === 'db.statement')?.value.stringValue ?? '';
              spans.push({ service, traceId: s.traceId, name: s.name, startMs: nanosToMs(s.startTimeUnixNano), endMs: nanosToMs(s.endTimeUnixNano), statement: statement.replace(/\s+/g, ' ').slice(0, 80) });
            }
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, server };
}

function print(spans: Span[], root: Span): void {
  console.log(`\n=== ${root.name} ${(root.endMs - root.startMs).toFixed(1)} ms`);
  const inTrace = spans.filter((s) => s.traceId === root.traceId && s.name !== 'pg-pool.connect').sort((a, b) => a.startMs - b.startMs);
  for (const s of inTrace) console.log(`${(s.startMs - root.startMs).toFixed(1).padStart(7)} +${(s.endMs - s.startMs).toFixed(1).padStart(6)}  ${s.service}  ${s.name} ${s.statement}`);
}

async function main() {
  const otlp = await receiver();
  const stack = await startStack({ persistent: false, env: { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url, OTEL_BSP_SCHEDULE_DELAY: '100' } });
  const api = benchClient(stack.apiUrl);
  const decide = Boolean(process.env.DECIDE);
  try {
    for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
      const id = await createNomination(api);
      for (const member of decide ? COUNCIL : COUNCIL.slice(0, 4)) await api.post(`/nominations/${id}/votes`, member, { choice: 'agree' });
      if (decide) {
        await api.post(`/nominations/${id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'Hồ sơ đầy đủ' });
        await api.post('/decisions', 'chairman', { nominationIds: [id] });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // the last batches of spans
    const requests = otlp.spans.filter((s) => s.service === 'ktf-api' && s.name.startsWith('POST') && !s.statement);
    const traced = (r: Span, prefix: string) => otlp.spans.some((s) => s.traceId === r.traceId && (s.name.startsWith(prefix) || s.statement.includes(prefix)));
    // WITH=prefix picks the requests that have such a span (e.g. WITH=RunActivity:loadSubmission: creations; WITH='FROM holidays': stage openings).
    const marker = process.env.WITH ?? (decide ? 'RunActivity:sealDecision' : 'StartWorkflowUpdate:vote');
    const wanted = requests.filter((r) => traced(r, marker)).sort((a, b) => a.startMs - b.startMs);
    // SLOWEST=n prints the n slowest of them (the tail), else the last two (warm).
    const slowest = Number(process.env.SLOWEST ?? 0);
    const shown = slowest ? [...wanted].sort((a, b) => b.endMs - b.startMs - (a.endMs - a.startMs)).slice(0, slowest) : wanted.slice(-2);
    for (const r of shown) print(otlp.spans, r);
    // New connections over the run, start-up's included (each costs a TCP + SCRAM handshake).
    const connects = (service: string) => otlp.spans.filter((s) => s.service === service && s.name === 'pg.connect').length;
    console.log(`\npg.connect spans: api ${connects('ktf-api')}, worker ${connects('ktf-worker')} over the run (${requests.length} requests)`);
  } finally {
    api.close();
    await stack.stop();
    otlp.server.close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
