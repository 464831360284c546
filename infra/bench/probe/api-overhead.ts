// The API's own cost per request, no Temporal on the path: the health check, an unknown route,
// a nomination's GET and a refused vote (403 from the read model), each N times, medians.
// `node dist/infra/bench/probe/api-overhead.js` (N requests per kind, default 200).
import { startStack } from '../../dev/stack';
import { benchClient } from '../bench-http';
import { createNomination } from '../lifecycle-scenario';

async function main() {
  const stack = await startStack({ persistent: false, env: {} });
  const api = benchClient(stack.apiUrl);
  const n = Number(process.env.N ?? 200);
  try {
    const id = await createNomination(api);
    const kinds: [string, () => Promise<{ status: number; ms: number }>][] = [
      ['GET /no-such-route (404, no guard)', () => api.get('/no-such-route', null)],
      ['GET /health (a DB and a Temporal ping)', () => api.get('/health', null)],
      ['GET /auth/me (auth, one read)', () => api.get('/auth/me', 'officer.vp')],
      ['GET /nominations/:id', () => api.get(`/nominations/${id}`, 'officer.vp')],
      ['POST votes by a non-member (refused before the Update)', () => api.post(`/nominations/${id}/votes`, 'officer.vp', { choice: 'agree' })],
    ];
    for (const [name, call] of kinds) {
      const xs: number[] = [];
      let status = 0;
      for (let i = 0; i < n; i++) {
        const r = await call();
        status = r.status;
        xs.push(r.ms);
      }
      xs.sort((a, b) => a - b);
      console.log(`${xs[Math.floor(n / 2)].toFixed(2).padStart(7)} ms p50 ${xs[Math.floor(n * 0.9)].toFixed(2).padStart(7)} ms p90  ${status}  ${name}`);
    }
  } finally {
    api.close();
    await stack.stop();
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
