// Hostile articles: script tags, event handlers and javascript: URLs in the text, title, outlet,
// url, entity and speaker names. Every page that shows them is opened in real Chromium — once with
// the CSP on, and once with it bypassed, so escaping alone is proven — and nothing may run.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { RECORD_XSS, XSS } from '../server/fixtures.js';
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

const TOKEN = 'xss-test-token';

/** What would show that a payload reached the DOM as markup or ran. */
async function inspect(
  page: Page,
): Promise<{ ran: unknown; scripts: number; handlers: number; jsLinks: number; frames: number }> {
  return (await page.evaluate(`({
    ran: window.__xss ?? null,
    scripts: document.querySelectorAll('#app script').length,
    handlers: [...document.querySelectorAll('#app *')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    jsLinks: [...document.querySelectorAll('a[href], iframe[src]')].filter((el) => /^\\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src'))).length,
    frames: document.querySelectorAll('#app iframe, #app svg:not([data-chart]) [onload]').length,
  })`)) as never;
}

describe('hostile article content never executes', {
  timeout: 120_000,
  skip: HAVE_CHROMIUM ? false : 'no /usr/bin/chromium',
}, () => {
  let srv: TestServer;
  let fromHtml: number;

  before(async () => {
    srv = await startTestServer({ records: [RECORD_XSS], token: TOKEN });
    // The same kind of payloads through the write endpoint, as an HTML page.
    const html = `<html><head><title>Page piégée ${XSS.script}</title></head><body><article>
      <h1>Page piégée ${XSS.img}</h1>
      <p>Le porte-parole Marc Piège a déclaré : « Ceci n'est pas exécuté ${XSS.svg} du tout », selon le texte fictif écrit pour les tests.</p>
      <p><a href="${XSS.js}">lien piégé</a> ${XSS.img} et un autre paragraphe assez long pour l'extracteur.</p>
      <script>window.__xss = 1</script></article></body></html>`;
    const r = await fetch(srv.url + 'api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ html, url: XSS.js, outlet: XSS.img, published: '2026-03-11' }),
    });
    const body = (await r.json()) as { id: number };
    assert.equal(r.status, 201, JSON.stringify(body));
    fromHtml = body.id;
  });
  after(async () => {
    await srv?.close();
  });

  for (const csp of ['with', 'without'] as const)
    it(`shows payloads as inert text on every page (CSP ${csp})`, async () => {
      const browser: Browser = await launchBrowser({ bypassCSP: csp === 'without' });
      try {
        await checkEveryPage(browser, csp);
      } finally {
        await browser.close();
      }
    });

  async function checkEveryPage(browser: Browser, csp: 'with' | 'without') {
    const page = await browser.page();
    const pages = [
      '#/',
      `#/article/${srv.ids.get('xss')}`,
      `#/article/${fromHtml}`,
      '#/search?q=piege',
      '#/speakers',
      `#/speaker?name=${encodeURIComponent(`Jean Piège ${XSS.script}`)}`,
      '#/actors',
      `#/actors?a=${encodeURIComponent(`Piège ${XSS.script}`)}`,
    ];
    for (const hash of pages) {
      await visit(page, srv.url, hash);
      // Hover and tap every annotation so hover cards render their names too.
      for (const sel of ['.article-text span', '.chip'])
        for (const el of (await page.$$(sel)).slice(0, 20)) await el.hover().catch(() => {});
      await page.waitForTimeout(50);
      const seen = await inspect(page);
      assert.deepEqual(seen, { ran: null, scripts: 0, handlers: 0, jsLinks: 0, frames: 0 }, hash);
    }
    await visit(page, srv.url, `#/article/${srv.ids.get('xss')}`);
    // The payload is there, visibly, as text.
    assert.match(
      String(await page.evaluate(`document.querySelector('h1').textContent`)),
      /<script>window\.__xss/,
    );
    assert.match(
      String(await page.evaluate(`document.querySelector('.article-text').textContent`)),
      /<img src=x onerror=/,
    );
    assert.equal(
      await page.evaluate(`document.querySelector('.article-head a[rel~="noopener"]')`),
      null,
      'a javascript: url gets no link',
    );
    if (csp === 'with') await screenshot(page, 'xss-article.png');
    // Pasting payloads into the analyser.
    await visit(page, srv.url, '#/analyze');
    await page.fill(
      '#analyze-text',
      `Collage piégé ${XSS.script}\n« Rien ${XSS.img} », a déclaré ${XSS.svg} Mme Piège.`,
    );
    await page.click('.analyze-form button[type=submit]');
    await waitFor(page, `document.querySelector('#analyze-result .article-text')`);
    assert.deepEqual(await inspect(page), { ran: null, scripts: 0, handlers: 0, jsLinks: 0, frames: 0 });
    assert.deepEqual(page.problems, []);
  }
});
