/*
 * What every spec uses: Debian's Chromium through playwright-core, an axe check that fails on
 * serious or critical violations, screenshots for people, and the steps that recur (sign in,
 * switch the language, sign out). Locators go by role and accessible name, as a person would.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The password of every demo user (seeded with SEED_DEMO=true). */
export const DEMO_PASSWORD = 'BuyingCenter-Demo-2026';

export const DEMO = {
  admin: 'admin@nordwind.example',
  requester: 'requester@nordwind.example',
  specifier: 'specifier@nordwind.example',
  buyer: 'buyer@nordwind.example',
  gatekeeper: 'gatekeeper@nordwind.example',
  advisor: 'advisor@nordwind.example',
  decider: 'decider@nordwind.example',
  supplier: 'supplier@hanse-industrie.example',
} as const;

/** How long one step (a navigation, a heading to appear) may take. */
export const STEP_TIMEOUT = 20_000;

const RESULTS_DIR = resolve(__dirname, '../../../../test-results/web-e2e');

export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set: run the suite with `npx nx run web-e2e:e2e` (its global setup starts the app)');
  return url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A fresh browser profile (its own cookies and storage) in English, at a desktop size. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT);
  const page = await context.newPage();
  return { context, page };
}

/** Records what the browser console and failed requests said, to print when a spec fails. */
export function recordConsole(page: Page): () => string {
  const lines: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') lines.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => lines.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => lines.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return () => lines.join('\n');
}

/** A screenshot of the whole page into test-results/web-e2e/<name>.png, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

/** The page's main heading, by its exact text. */
export function h1(page: Page, text: string): Locator {
  return page.getByRole('heading', { level: 1, name: text, exact: true });
}

/** Waits for the h1 to read `text`, and says what the page showed if it never does. */
export async function expectH1(page: Page, text: string): Promise<void> {
  try {
    await h1(page, text).waitFor({ state: 'visible' });
  } catch {
    const shown = await page.getByRole('heading', { level: 1 }).allInnerTexts();
    throw new Error(`Expected the h1 "${text}" at ${page.url()}, the page shows h1 ${JSON.stringify(shown)}`);
  }
}

export async function expectPath(page: Page, path: string): Promise<void> {
  try {
    await page.waitForURL((url) => url.pathname === path);
  } catch {
    throw new Error(`Expected to be at ${path}, the browser is at ${page.url()}`);
  }
}

/**
 * axe on the page as it is now: no violation of impact serious or critical. Waits for the page
 * to settle first (no requests in flight, no overlay animating), so axe sees what a person sees.
 */
export async function expectAccessible(page: Page, where: string, options: { disableRules?: string[] } = {}): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
  const builder = new AxeBuilder({ page });
  // Only for a violation that is known and reported to the page's owner: say which and why where it is used.
  if (options.disableRules?.length) builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length === 0) return;
  const report = bad
    .map((v) =>
      [
        `- ${v.id} (${v.impact}): ${v.help}`,
        `  ${v.helpUrl}`,
        ...v.nodes.map((n) => `  at ${n.target.join(' ')}${n.failureSummary ? `\n    ${n.failureSummary.replace(/\n/g, '\n    ')}` : ''}`),
      ].join('\n'),
    )
    .join('\n');
  throw new Error(`axe found ${bad.length} serious or critical accessibility violation(s) on ${where} (${page.url()}):\n${report}`);
}

/** The sign-in form, filled as a person would; the labels may be English or German. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel(/^(Email|E-Mail)/).fill(email);
  await page.getByLabel(/^(Password|Passwort)/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Anmelden)$/ }).click();
}

/** A GraphQL operation in the signed-in page's session (its cookie), for set-up and checks a screen does not show. */
export async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const json = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (json.errors?.length || !json.data) throw new Error(`GraphQL ${query.slice(0, 60)}… failed: ${JSON.stringify(json.errors)}`);
  return json.data;
}

/** Every user lands on My tasks after signing in (issue 11). */
export const TASKS_H1 = /^(My tasks|Meine Aufgaben)$/;

/**
 * After a sign-in: waits for the start page (My tasks), then opens a page from the main
 * navigation by its link's name and waits for its h1 (the same words unless `heading` says).
 */
export async function openFromNav(page: Page, name: string, heading = name): Promise<void> {
  await expectPath(page, '/tasks');
  await page.getByRole('heading', { level: 1, name: TASKS_H1 }).waitFor({ state: 'visible' });
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expectH1(page, heading);
}

/** Opens `/`, which sends a guest to the sign-in page, and signs in there. */
export async function openAndSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await expectPath(page, '/sign-in');
  await expectH1(page, 'Sign in');
  await signIn(page, email, password);
}

/** The account menu in the toolbar (its name starts with "Account menu" / "Benutzermenü"...). */
function accountMenu(page: Page): Locator {
  return page.getByRole('button', { name: /^(Account menu|Kontomenü|Benutzermenü|Konto)/ });
}

/**
 * Switches the language through the UI: a switch shown in the page (toolbar toggle) if there is
 * one, else the language entries of the account menu. `label` is the language's own name.
 */
export async function switchLanguage(page: Page, label: 'Deutsch' | 'English'): Promise<void> {
  const inPage = page
    .getByRole('radio', { name: label, exact: true })
    .or(page.getByRole('button', { name: label, exact: true }));
  if (await inPage.first().isVisible()) {
    await inPage.first().click();
  } else {
    await accountMenu(page).click();
    await page.getByRole('menuitemradio', { name: label, exact: true }).click();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
  }
  const lang = label === 'Deutsch' ? 'de' : 'en';
  await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: STEP_TIMEOUT });
}

/**
 * Signs out through the account menu and waits for the API's answer to the sign-out, not only for
 * the sign-in page: a navigation right after (the next `openAndSignIn`) would otherwise abort a
 * request still on its way, and the session would live on (seen once in CI as "still at /tasks").
 */
export async function signOut(page: Page): Promise<void> {
  await accountMenu(page).click();
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/graphql' && r.request().postDataJSON()?.operationName === 'SignOut');
  await page.getByRole('menuitem', { name: /^(Sign out|Abmelden)$/ }).click();
  const response = await answered;
  if (!response.ok()) throw new Error(`Signing out answered ${response.status()}: ${await response.text()}`);
  await expectPath(page, '/sign-in');
}

/**
 * Runs one scenario on a fresh page and, when it fails, adds a screenshot of where it stopped
 * and what the browser console said to the error.
 */
export async function scenario(browser: Browser, name: string, steps: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
  const { context, page } = await newPage(browser);
  const consoleLog = recordConsole(page);
  try {
    await steps(page, context);
  } catch (e) {
    await screenshot(page, `${name}-FAILED`).catch(() => undefined);
    const log = consoleLog();
    if (e instanceof Error && log) e.message += `\n--- browser console ---\n${log}`;
    throw e;
  } finally {
    await context.close();
  }
}
