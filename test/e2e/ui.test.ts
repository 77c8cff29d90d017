// The web UI in real headless Chromium over the demo corpus plus hand-built records: open the
// demo, open an article, see highlighted quotations, hover and click a speaker, search, paste a
// text, look at the actors page; screenshots go to artifacts/screenshots/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RECORD_LYON, RECORD_NANTES } from '../server/fixtures.js';
import {
  type Browser,
  HAVE_CHROMIUM,
  launchBrowser,
  screenshot,
  startTestServer,
  type TestServer,
  visit,
  waitFor,
} from './harness.js';

describe('web UI (headless Chromium)', {
  timeout: 120_000,
  skip: HAVE_CHROMIUM ? false : 'no /usr/bin/chromium (apt-get install chromium)',
}, () => {
  let srv: TestServer;
  let browser: Browser;
  let page: Awaited<ReturnType<Browser['page']>>;
  const count = async (selector: string) =>
    Number(await page.evaluate(`document.querySelectorAll(${JSON.stringify(selector)}).length`));
  const text = async (selector: string) =>
    String(await page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`));

  before(async () => {
    srv = await startTestServer({ demo: true, records: [RECORD_LYON, RECORD_NANTES] });
    browser = await launchBrowser();
    page = await browser.page();
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  it('opens the demo home page with the corpus counts', async () => {
    await visit(page, srv.url, '#/');
    assert.match(await text('.stats'), /articles/);
    assert.ok((await count('.page-home .hits li')) > 0);
    await screenshot(page, 'home.png');
  });

  it('opens an article with quotations, speakers, cues and entities highlighted as spans', async () => {
    await visit(page, srv.url, `#/article/${srv.ids.get('lyon')}`);
    assert.equal(await text('.article-text'), RECORD_LYON.text, 'the text is shown exactly, untouched');
    assert.ok((await count('.article-text .q-direct')) >= 1);
    assert.ok((await count('.article-text .q-indirect')) >= 2);
    assert.ok((await count('.article-text .spk')) >= 2);
    assert.ok((await count('.article-text .cue')) >= 2);
    assert.ok((await count('.article-text .evt')) >= 2);
    assert.equal(await count('.quote-list .quote-item'), 3);
    // Hovering the quotation lights its speaker and cue and names them.
    await page.hover('.article-text .q-direct');
    await waitFor(page, `!document.querySelector('.hovercard').hidden`);
    assert.match(await text('.hovercard'), /Hélène Marchal/);
    assert.match(await text('.hovercard'), /a déclaré/);
    assert.ok((await count('.article-text .spk.lit')) >= 1);
    assert.ok((await count('.article-text .cue.lit')) >= 1);
    await screenshot(page, 'article.png');
    // Clicking the quotation itself keeps the page and shows the card (a tap on a phone).
    await page.mouse.move(0, 0);
    await page.click('.article-text .q-indirect');
    assert.equal(await page.evaluate('document.body.dataset.page'), 'article');
    assert.match(await text('.hovercard'), /Ousmane Faye|source diplomatique/);
    // The legend switches layers off and on again.
    await page.click('.legend button.ent-LOC');
    assert.equal(await count('.reading.hide-LOC'), 1);
    assert.equal(
      await page.evaluate(`document.querySelector('.legend button.ent-LOC').getAttribute('aria-pressed')`),
      'false',
    );
    await page.click('.legend button.ent-LOC');
    assert.equal(await count('.reading.hide-LOC'), 0);
    // Keyboard: each quotation takes focus, which shows its card.
    await page.focus('.article-text .q-direct[tabindex="0"]');
    await waitFor(page, `!document.querySelector('.hovercard').hidden`);
    assert.match(await text('.hovercard'), /Hélène Marchal/);
  });

  it('clicking a speaker lists all their quotations across the corpus', async () => {
    const before = String(await page.evaluate('document.body.dataset.ready'));
    await page.click('.article-text .spk');
    await waitFor(
      page,
      `document.body.dataset.ready !== ${JSON.stringify(before)} && document.body.dataset.page === 'speaker'`,
    );
    assert.match(await text('h1'), /Hélène Marchal/);
    assert.equal(await count('.corpus-quotes .quote-item'), 2);
    assert.match(await text('.corpus-quotes'), /Le calendrier sera tenu/);
    await screenshot(page, 'speaker.png');
  });

  it('searches the corpus and marks the matches', async () => {
    await visit(page, srv.url, '#/search');
    await page.fill('input[name=q]', 'marchal lyon');
    const before = String(await page.evaluate('document.body.dataset.ready'));
    await page.click('.search-form button[type=submit]');
    await waitFor(page, `document.body.dataset.ready !== ${JSON.stringify(before)}`);
    assert.match(await text('.results h2'), /^1 article/);
    assert.match(await text('.hit-title'), /Sommet imaginaire/);
    assert.ok((await count('.hit mark')) >= 1);
    await visit(page, srv.url, '#/search?q=Bamako');
    assert.ok((await count('.hit')) >= 2, 'the demo corpus is searchable');
    await screenshot(page, 'search.png');
  });

  it('shows an article the analyser does not support as plain text', async () => {
    const hits = (await (await fetch(srv.url + 'api/articles?q=famine&language=en')).json()) as {
      items: { id: number }[];
    };
    assert.ok(hits.items.length >= 1, 'the demo has an English dispatch');
    await visit(page, srv.url, `#/article/${hits.items[0]!.id}`);
    assert.match(await text('.page-article'), /n'a pas été analysé/);
    assert.match(await text('.plain'), /famine/i);
  });

  it('shows speakers with the gender share', async () => {
    await visit(page, srv.url, '#/speakers');
    assert.ok((await count('.gbar span')) >= 1);
    assert.ok((await count('table.speakers tbody tr')) >= 2);
    await screenshot(page, 'speakers.png');
  });

  it('draws the dyad timeline and the actor network', async () => {
    await visit(page, srv.url, '#/actors?a=FRA&b=SEN');
    await waitFor(page, `document.querySelector('#actor-graph')?.dataset.drawn === 'true'`);
    assert.ok((await count('#dyad-chart canvas')) >= 1, 'echarts drew on a canvas');
    assert.ok((await count('#actor-graph canvas')) >= 1, 'cytoscape drew on a canvas');
    assert.ok((await count('table.events tbody tr')) >= 3);
    await page.waitForTimeout(300);
    await screenshot(page, 'actors.png');
  });

  it('analyses a pasted text and highlights the result', async () => {
    await visit(page, srv.url, '#/analyze');
    const pasted = 'Texte collé fictif\n« Nous reviendrons demain », a déclaré Mme Odile Fontaine à Rennes.';
    await page.fill('#analyze-text', pasted);
    await page.click('.analyze-form button[type=submit]');
    await waitFor(page, `document.querySelector('#analyze-result .article-text')`);
    assert.equal(await text('#analyze-result .article-text'), pasted);
    await screenshot(page, 'analyze.png');
  });

  it('is readable on a phone: no horizontal scrolling, panels stacked', async () => {
    const phone = await browser.page({ width: 390, height: 844 });
    for (const [hash, name] of [
      [`#/article/${srv.ids.get('lyon')}`, 'article-phone.png'],
      ['#/', 'home-phone.png'],
      ['#/actors?a=FRA', 'actors-phone.png'],
    ] as const) {
      await visit(phone, srv.url, hash);
      await phone.waitForTimeout(200);
      const overflow = Number(
        await phone.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
      );
      assert.ok(overflow <= 1, `${hash}: ${overflow}px wider than the screen`);
      await screenshot(phone, name);
    }
    assert.deepEqual(phone.problems, []);
    await phone.close();
  });

  it('renders the local Swagger UI under the CSP', async () => {
    const docs = await browser.page();
    await docs.goto(srv.url + 'docs');
    await waitFor(docs, `document.querySelectorAll('.opblock').length >= 10`);
    assert.match(
      String(await docs.evaluate('document.body.textContent')),
      /\/api\/aggregates\/events-per-day/,
    );
    await screenshot(docs, 'api-docs.png');
    assert.deepEqual(docs.problems, []);
    await docs.close();
  });

  it('ran without script errors, CSP violations or dialogs', () => {
    assert.deepEqual(page.problems, []);
  });
});
