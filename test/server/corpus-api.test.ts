// The corpus endpoints over a real (temporary) SQLite store holding hand-built fictional records.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../../src/corpus/store.js';
import { buildServer } from '../../src/server/app.js';
import { RECORD_LYON, RECORD_NANTES, RECORD_XSS } from './fixtures.js';
import { putRecords } from './store-helpers.js';

const TOKEN = 'test-token-0123456789';

describe('corpus endpoints', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let lyon: number;
  const get = async (url: string) => {
    const r = await app.inject({ method: 'GET', url });
    return { status: r.statusCode, body: r.json() };
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'depeche-api-'));
    store = await openStore(join(dir, 'api.db'));
    const ids = await putRecords(store, [RECORD_LYON, RECORD_NANTES, RECORD_XSS]);
    lyon = ids[0]!.id;
    await store.relinkActors();
    app = await buildServer({ store, token: TOKEN });
  });
  after(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports what the corpus holds', async () => {
    const { status, body } = await get('/api/stats');
    assert.equal(status, 200);
    assert.equal(body.articles, 3);
    assert.equal(body.quotes, 5);
  });

  it('searches articles, accent-insensitively, with paging and date filters', async () => {
    let r = await get('/api/articles?q=delegation');
    assert.equal(r.status, 200);
    assert.equal(r.body.total, 1);
    assert.equal(r.body.items[0].id, lyon);
    r = await get('/api/articles?limit=1&offset=1');
    assert.equal(r.body.total, 3);
    assert.equal(r.body.items.length, 1);
    r = await get('/api/articles?from=2026-03-11');
    assert.equal(r.body.total, 2);
    // User text never breaks the query syntax.
    r = await get(`/api/articles?q=${encodeURIComponent('l\'eau "NEAR( -* sécurité-alimentaire')}`);
    assert.equal(r.status, 200);
  });

  it('returns one article with its record, 404 for a missing one, 400 for a bad id', async () => {
    let r = await get(`/api/articles/${lyon}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.record.quotes.length, 3);
    assert.equal(r.body.record.text, RECORD_LYON.text);
    r = await get('/api/articles/999999');
    assert.equal(r.status, 404);
    assert.match(r.body.message, /no article 999999/);
    r = await get('/api/articles/abc');
    assert.equal(r.status, 400);
  });

  it('finds a speaker’s quotations across articles', async () => {
    const r = await get(`/api/quotes?speaker=${encodeURIComponent('Hélène Marchal')}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.total, 2);
    assert.deepEqual(
      new Set(r.body.items.map((q: { title: string }) => q.title.split(' ')[0])),
      new Set(['Sommet', 'Nantes']),
    );
    const byKind = await get('/api/quotes?kind=indirect');
    assert.equal(byKind.body.total, 2);
  });

  it('ranks speakers with the share of quotations by gender', async () => {
    const r = await get('/api/speakers');
    assert.equal(r.status, 200);
    assert.equal(r.body.items[0].name, 'Hélène Marchal');
    assert.equal(r.body.items[0].quotes, 2);
    assert.ok(r.body.genderShare.female >= 2);
    assert.ok(r.body.genderShare.male >= 1);
    const anon = await get('/api/speakers?type=anonymous');
    assert.equal(anon.body.items.length, 1);
  });

  it('lists entities and top entities by type', async () => {
    const r = await get('/api/entities?type=LOC');
    assert.equal(r.status, 200);
    assert.equal(r.body.total, 2);
    const top = await get('/api/entities/top?type=PER');
    assert.equal(top.body.items[0].name, 'Hélène Marchal');
  });

  it('filters events by source, target, root and dates, one way or both ways', async () => {
    let r = await get('/api/events?source=FRA&target=SEN');
    assert.equal(r.body.total, 2);
    r = await get('/api/events?source=FRA&target=SEN&both=true');
    assert.equal(r.body.total, 3);
    assert.deepEqual(
      r.body.items.map((v: { date: string }) => v.date),
      ['2026-03-12', '2026-03-10', '2026-03-09'],
    );
    r = await get('/api/events?root=07');
    assert.equal(r.body.total, 1);
    r = await get('/api/events?source=FRA&from=2026-03-10&to=2026-03-10');
    assert.equal(r.body.total, 1);
  });

  it('aggregates a dyad per day by root and QuadClass, top actors and the network', async () => {
    const perDay = await get('/api/aggregates/events-per-day?source=FRA&target=SEN&both=true');
    assert.equal(perDay.status, 200);
    assert.deepEqual(
      perDay.body.map((d: { day: string; root: string; quadClass: number; count: number }) => [
        d.day,
        d.root,
        d.quadClass,
        d.count,
      ]),
      [
        ['2026-03-09', '07', 2, 1],
        ['2026-03-10', '05', 1, 1],
        ['2026-03-12', '11', 3, 1],
      ],
    );
    const actors = await get('/api/aggregates/actors?limit=2');
    assert.deepEqual(
      actors.body.items.map((a: { events: number }) => a.events),
      [3, 3],
    );
    const net = await get('/api/aggregates/network');
    const fr = net.body.edges.find(
      (e: { source: string; target: string }) => e.source === 'FRA' && e.target === 'SEN',
    );
    assert.deepEqual(
      { count: fr.count, cooperation: fr.cooperation, conflict: fr.conflict },
      { count: 2, cooperation: 2, conflict: 0 },
    );
    assert.equal(net.body.truncated, false);
    const speakers = await get('/api/aggregates/speakers?limit=1');
    assert.equal(speakers.body.items.length, 1);
  });

  it('validates query strings with clear 400s', async () => {
    for (const url of [
      '/api/articles?limit=0',
      '/api/articles?limit=5000',
      '/api/articles?from=yesterday',
      '/api/articles?nope=1',
      '/api/quotes?kind=shouted',
      '/api/events?root=abc',
      '/api/events?quadClass=7',
      '/api/speakers?type=robot',
    ]) {
      const r = await get(url);
      assert.equal(r.status, 400, url);
      assert.match(r.body.message, /^invalid request: querystring/, url);
    }
  });

  it('is read-only without the token: ingest needs Authorization: Bearer', async () => {
    const body = { text: 'Article fictif de test\nUn paragraphe fictif.', published: '2026-03-20' };
    let r = await app.inject({ method: 'POST', url: '/api/articles', payload: body });
    assert.equal(r.statusCode, 401);
    r = await app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: body,
      headers: { authorization: 'Bearer wrong' },
    });
    assert.equal(r.statusCode, 401);
    const auth = { authorization: `Bearer ${TOKEN}` };
    r = await app.inject({ method: 'POST', url: '/api/articles', payload: body, headers: auth });
    assert.equal(r.statusCode, 201);
    const { id } = r.json();
    r = await app.inject({ method: 'POST', url: '/api/articles', payload: body, headers: auth });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), { id, created: false, duplicateOf: null });
    r = await app.inject({ method: 'POST', url: '/api/articles', payload: { title: 'x' }, headers: auth });
    assert.equal(r.statusCode, 400);
    const stored = await get(`/api/articles/${id}`);
    assert.equal(stored.body.published, '2026-03-20');
  });

  it('refuses writes entirely when no token is configured', async () => {
    const ro = await buildServer({ store });
    const r = await ro.inject({ method: 'POST', url: '/api/articles', payload: { text: 'x' } });
    assert.equal(r.statusCode, 403);
    assert.match(r.json().message, /read-only/);
    await ro.close();
  });
});
