// End-to-end plumbing: a real server on an ephemeral loopback port over a temporary SQLite store
// (demo corpus + hand-built records), and Debian's headless Chromium driven by playwright-core.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { DEMO_DIR, ingestFolder } from '../../src/cli/demo.js';
import { openStore, type Store } from '../../src/corpus/store.js';
import type { AnalysisRecord } from '../../src/record.js';
import { buildServer } from '../../src/server/app.js';
import { ensureWebBuilt, REPO_ROOT, WEB_DIST } from '../../src/server/web-build.js';
import { putRecords } from '../server/store-helpers.js';

export const CHROMIUM = process.env.DEPECHE_CHROMIUM ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const SCREENSHOTS = join(REPO_ROOT, 'artifacts', 'screenshots');

export interface TestServer {
  url: string;
  store: Store;
  /** Article ids of the hand-built records, by record id. */
  ids: Map<string, number>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { demo?: boolean; records?: AnalysisRecord[]; token?: string } = {},
): Promise<TestServer> {
  await ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'depeche-e2e-'));
  const store = await openStore(join(dir, 'e2e.db'));
  if (options.demo) await ingestFolder(store, DEMO_DIR);
  const records = options.records ?? [];
  const results = await putRecords(store, records);
  const ids = new Map(records.map((r, i) => [r.id, results[i]!.id]));
  await store.relinkActors();
  const app = await buildServer({ store, webDir: WEB_DIST, token: options.token ?? null });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    store,
    ids,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  /** A fresh page that records script errors, console errors and dialogs (alert & co). */
  page(viewport?: { width: number; height: number }): Promise<Page & { problems: string[] }>;
  close(): Promise<void>;
}

/** `bypassCSP` turns the page's CSP off, to prove that escaping alone keeps payloads inert. */
export async function launchBrowser(options: { bypassCSP?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'depeche-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 860 },
    bypassCSP: options.bypassCSP ?? false,
  });
  return {
    context,
    async page(viewport) {
      const page = (await context.newPage()) as Page & { problems: string[] };
      page.problems = [];
      if (viewport) await page.setViewportSize(viewport);
      page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') page.problems.push(`console: ${m.text()}`);
      });
      page.on('dialog', (d) => {
        page.problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Navigates to a hash route and waits until the app has rendered it. */
export async function visit(page: Page, base: string, hash: string): Promise<void> {
  // Page functions run in the browser; they are strings here because the tests compile without DOM types.
  const before = String((await page.evaluate('document.body?.dataset.ready ?? ""').catch(() => '')) ?? '');
  if (page.url().startsWith(base)) await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  else await page.goto(base + hash);
  await waitFor(
    page,
    `document.body.dataset.ready && document.body.dataset.ready !== ${JSON.stringify(before)} && document.getElementById('app').getAttribute('aria-busy') === 'false'`,
  );
}

/**
 * Polls a browser-side expression until it is truthy. (Playwright's waitForFunction evaluates
 * strings with eval, which the app's CSP rightly forbids; page.evaluate goes through the debugger.)
 */
export async function waitFor(page: Page, expression: string, timeoutMs = 10_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await page.evaluate(expression);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
}
