// POST /api/analyze, security headers and the OpenAPI document: everything that needs no store.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';

describe('server without a store', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildServer({ bodyLimit: 64 * 1024 });
  });
  after(() => app.close());

  it('analyses JSON text into a record whose spans slice the text', async () => {
    const text = 'Essai fictif\n« Nous viendrons », a déclaré Mme Leclerc mardi.';
    const r = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text, published: '2026-01-06' },
    });
    assert.equal(r.statusCode, 200);
    const rec = r.json();
    assert.equal(rec.schema, 'depeche.analysis/1');
    assert.equal(rec.text, text);
    assert.equal(rec.title, 'Essai fictif');
    assert.equal(rec.published, '2026-01-06');
    for (const q of rec.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    for (const e of rec.entities)
      for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('takes a raw text/plain body and a published date in the query', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/analyze?published=2026-02-01',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      payload: 'Titre fictif\nUn paragraphe.',
    });
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().published, '2026-02-01');
  });

  it('extracts the article from HTML and never keeps scripts', async () => {
    const html =
      '<html><head><title>Page fictive</title></head><body><nav>Menu</nav><article><p>Premier paragraphe fictif assez long pour être gardé par l’extracteur de texte.</p><script>alert(1)</script><p>Second paragraphe.</p></article></body></html>';
    const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { html } });
    assert.equal(r.statusCode, 200);
    const rec = r.json();
    assert.match(rec.text, /^Page fictive\nPremier paragraphe/);
    assert.doesNotMatch(rec.text, /alert|Menu/);
  });

  it('rejects bad requests with a clear 4xx', async () => {
    const cases: [unknown, number, RegExp][] = [
      [{}, 400, /exactly one of "text" or "html"/],
      [{ text: 'a', html: '<p>a</p>' }, 400, /exactly one/],
      [{ text: 'a', extra: 1 }, 400, /additional properties/],
      [{ text: { a: 1 } }, 400, /must be string/],
      [{ text: 'a', published: 'hier' }, 400, /published/],
      [{ html: '<html><body><script>x</script></body></html>' }, 422, /no article text/],
    ];
    for (const [payload, status, message] of cases) {
      const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: payload as object });
      assert.equal(r.statusCode, status, JSON.stringify(payload));
      const body = r.json();
      assert.equal(body.statusCode, status);
      assert.match(body.message, message);
    }
    const bad = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      headers: { 'content-type': 'application/json' },
      payload: '{"text": ',
    });
    assert.equal(bad.statusCode, 400);
  });

  it('refuses bodies over the limit with 413', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text: 'x'.repeat(70 * 1024) },
    });
    assert.equal(r.statusCode, 413);
    assert.match(r.json().message, /limit of 65536 bytes/);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/nope' });
    assert.equal(r.statusCode, 404);
    assert.equal(r.json().error, 'Not Found');
  });

  it('sends security headers: strict CSP without inline scripts, nosniff, no framing, no referrer', async () => {
    for (const url of ['/api/health', '/api/nope']) {
      const r = await app.inject({ method: 'GET', url });
      const csp = String(r.headers['content-security-policy']);
      assert.match(csp, /script-src 'self'(;|$)/, url);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, url);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /object-src 'none'/);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      assert.equal(r.headers['referrer-policy'], 'no-referrer');
      assert.equal(r.headers['x-frame-options'], 'DENY');
    }
    // Swagger UI alone gets inline styles, never inline scripts.
    const docs = await app.inject({ method: 'GET', url: '/docs' });
    assert.match(String(docs.headers['content-security-policy']), /style-src 'self' 'unsafe-inline'/);
    assert.match(String(docs.headers['content-security-policy']), /script-src 'self'(;|$)/);
  });

  it('answers only to the allowed host names (DNS rebinding guard)', async () => {
    const local = await buildServer({ allowedHosts: ['localhost', '127.0.0.1', '::1'] });
    for (const host of ['localhost:8080', '127.0.0.1', '[::1]:8080', 'LOCALHOST'])
      assert.equal(
        (await local.inject({ method: 'GET', url: '/api/health', headers: { host } })).statusCode,
        200,
        host,
      );
    for (const host of ['evil.example', 'evil.example:8080', '127.0.0.1.evil.example']) {
      const r = await local.inject({ method: 'GET', url: '/api/health', headers: { host } });
      assert.equal(r.statusCode, 421, host);
      assert.match(r.json().message, /answers to localhost/);
    }
    await local.close();
  });

  it('serves an OpenAPI document and a local Swagger UI', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
    assert.equal(doc.openapi, '3.0.3');
    assert.ok(doc.paths['/api/analyze'].post);
    const ui = await app.inject({ method: 'GET', url: '/docs' });
    assert.equal(ui.statusCode, 200);
    // Everything it loads is served here: no CDN.
    assert.doesNotMatch(ui.body, /(src|href)="(https?:)?\/\//);
    assert.match(ui.body, /<script src="\.\/static\/swagger-ui-bundle\.js"|swagger-ui-bundle\.js/);
  });
});
