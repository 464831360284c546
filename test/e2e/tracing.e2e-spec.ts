import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { RunningStack } from '../../infra/dev/stack';
import { apiClient, startE2eStack, tokenFor } from './support/e2e-stack';
import { eventually, nominationSteps } from './support/nomination-steps';

jest.setTimeout(180_000);

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
}

interface OtlpJson {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: { traceId: string; spanId: string; parentSpanId?: string; name: string }[] }[];
  }[];
}

/** Ids as lowercase hex, whichever of the two OTLP/JSON encodings (hex or base64) the exporter used. */
const hexId = (id: string | undefined): string => (!id ? '' : /^[0-9a-f]+$/.test(id) ? id : Buffer.from(id, 'base64').toString('hex'));

/** An OTLP/HTTP (JSON) trace receiver in this process: keeps every span the stack exports. */
async function startOtlpReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpJson;
        for (const rs of body.resourceSpans ?? []) {
          const service = rs.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
          for (const ss of rs.scopeSpans ?? []) for (const s of ss.spans ?? []) spans.push({ service, traceId: hexId(s.traceId), spanId: hexId(s.spanId), parentSpanId: hexId(s.parentSpanId), name: s.name });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('tracing: one trace from the HTTP request through the Update to the activity and its SQL', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let stack: RunningStack;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    // A short batch delay so the spans arrive while the test waits for them.
    stack = await startE2eStack({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '100' });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it('links HTTP → Update → workflow update handler → activity → SQL under one trace id', async () => {
    const steps = nominationSteps(apiClient(stack.apiUrl));
    const created = await steps.create('officer.vp', 'Tôn Thất Bình');
    const res = await fetch(`${stack.apiUrl}/nominations/${created.id}/votes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenFor('council.1')}`, 'content-type': 'application/json', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
      body: JSON.stringify({ choice: 'agree' }),
    });
    expect(res.status).toBe(200);
    // The client sent a trace context: the API's server span joins that trace.
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const inTrace = () => receiver.spans.filter((s) => s.traceId === traceId);
    /** From a span up through its parents, as far as the spans received so far reach. */
    const ancestry = (s: ReceivedSpan, byId: Map<string, ReceivedSpan>): string[] => {
      const chain: string[] = [];
      for (let at: ReceivedSpan | undefined = s; at; at = byId.get(at.parentSpanId)) chain.push(`${at.service}:${at.name.replace(/^HTTP /, '').split(':')[0]}`);
      return chain;
    };
    /** The chain above the activity's first SQL span; [] until the worker's spans have arrived. */
    const sqlChain = (spans: ReceivedSpan[]): string[] => {
      const byId = new Map(spans.map((s) => [s.spanId, s]));
      const sql = spans.find((s) => s.service === 'ktf-worker' && s.name.startsWith('pg.query') && ancestry(s, byId).includes('ktf-worker:RunActivity'));
      return sql ? ancestry(sql, byId) : [];
    };
    // The api and the worker export in their own batches: wait until the chain reaches the HTTP span.
    const chain = await eventually(
      async () => sqlChain(inTrace()),
      (c) => c.includes('ktf-api:POST'),
      20_000,
      'the chain from the activity’s SQL up to the API’s HTTP span',
    );
    // Innermost first: the query, its activity, the Update's handler in the workflow, the API's
    // Update call, the API's HTTP server span, whose parent is the client's (not exported here).
    expect(chain[0]).toBe('ktf-worker:pg.query');
    expect(chain).toEqual(expect.arrayContaining(['ktf-worker:RunActivity', 'ktf-worker:HandleUpdate', 'ktf-api:StartWorkflowUpdate', 'ktf-api:POST']));
    expect(chain.indexOf('ktf-worker:RunActivity')).toBeLessThan(chain.indexOf('ktf-worker:HandleUpdate'));
    expect(chain.indexOf('ktf-worker:HandleUpdate')).toBeLessThan(chain.indexOf('ktf-api:StartWorkflowUpdate'));
    expect(chain.indexOf('ktf-api:StartWorkflowUpdate')).toBeLessThan(chain.indexOf('ktf-api:POST'));
    expect(chain.at(-1)).toBe('ktf-api:POST');
    expect(inTrace().find((s) => s.service === 'ktf-api' && /^(HTTP )?POST$/.test(s.name))?.parentSpanId).toBe('00f067aa0ba902b7');
  });
});
