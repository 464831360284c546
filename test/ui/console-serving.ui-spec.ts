import { expect, test } from './support/fixtures';

/** The API serves the console beside itself without shadowing an endpoint. */
test.describe('the console served by the API', () => {
  test('serves index.html at / and under /app (no-cache), hashed assets as immutable', async ({ request }) => {
    const root = await request.get('/', { headers: { accept: 'text/html' } });
    expect(root.status()).toBe(200);
    expect(root.headers()['content-type']).toContain('text/html');
    expect(root.headers()['cache-control']).toBe('no-cache');
    const html = await root.text();
    const deep = await request.get('/app/ho-so/00000000-0000-4000-8000-000000000000');
    expect(await deep.text()).toBe(html);
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const js = await request.get(asset!);
    expect(js.status()).toBe(200);
    expect(js.headers()['cache-control']).toContain('immutable');
  });

  test('API paths answer as the API, even to a browser navigation', async ({ request, scenario }) => {
    const res = await request.get(`/nominations/${scenario.forVote.id}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.status()).toBe(401);
    expect(res.headers()['content-type']).toContain('application/problem+json');
    const missing = await request.get('/assets/nothing-here.js');
    expect(missing.status()).toBe(404);
  });

  test('the API never uses the console paths', async ({ request }) => {
    const doc = (await (await request.get('/docs-json')).json()) as { paths: Record<string, unknown> };
    const clashes = Object.keys(doc.paths).filter((p) => p === '/' || p === '/app' || p.startsWith('/app/') || p.startsWith('/assets/'));
    expect(clashes).toEqual([]);
  });
});
