import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO, expectAccessible, expectH1, expectPath, graphql, launchBrowser, openAndSignIn, openFromNav, scenario, screenshot, switchLanguage } from './support/e2e';

/*
 * Analytics (issue 17) as the buyer sees it on the demo data: the page from the navigation, its
 * filter bar and the time the figures were computed; the Kraljic matrix with its quadrants, as a
 * chart and as its table; a drill-down from a category to the cases behind it and on to a case
 * page; the same in German; at 1280 px and on a 390 px phone (nothing wider than the screen), axe
 * on each. Then the importance the data suggests when the buyer opens a new case in a category.
 */

const SECTIONS_EN = ['Kraljic matrix', 'Cycle time', 'Cycle time by month of award', 'Savings', 'Competition', 'Win rates per supplier', 'Spend by category', 'Supplier concentration', 'Tail spend', 'Approval lead times', 'Deliveries and quality'];

function card(page: Page, heading: RegExp | string): Locator {
  return page.getByRole('region', { name: heading, exact: typeof heading === 'string' });
}

/** Every card has finished loading: a chart, its table or "no figures". */
async function chartsLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('bc-chart-card').length >= 11 && document.querySelectorAll('bc-chart-card mat-progress-bar').length === 0, undefined, { timeout: 60_000 });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(500);
}

/** Each card on its own, for people to look at (the page scrolls inside the shell, so a page screenshot shows the top only). */
async function cardShots(page: Page, name: string): Promise<void> {
  const cards = page.locator('bc-chart-card');
  const dir = resolve(__dirname, '../../../test-results/web-e2e');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < (await cards.count()); i++) await cards.nth(i).screenshot({ path: join(dir, `${name}-card${String(i + 1).padStart(2, '0')}.png`) });
}

/** Asks for the figures to be computed now (not in up to 15 minutes) and waits until they are. */
async function refreshFigures(page: Page): Promise<void> {
  const asked = new Date((await graphql<{ refreshAnalytics: string }>(page, 'mutation { refreshAnalytics }')).refreshAnalytics).getTime();
  for (let i = 0; i < 60; i++) {
    const { analyticsSpend } = await graphql<{ analyticsSpend: { meta: { refreshedAt: string | null } } }>(page, '{ analyticsSpend { meta { refreshedAt } } }');
    if (analyticsSpend.meta.refreshedAt && new Date(analyticsSpend.meta.refreshedAt).getTime() > asked) return;
    await page.waitForTimeout(500);
  }
  throw new Error('The analytics figures were not refreshed within 30 s');
}

/** The page fits the screen's width: only tables scroll inside their own frames. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  if (scroll > width) throw new Error(`${where} scrolls sideways at ${width} px: the page is ${scroll} px wide`);
}

describe('analytics: the buyer reads the figures, the Kraljic matrix and the cases behind a point', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every chart with its table, drills down to the cases, in English and German, on a desktop and a phone', async () => {
    await scenario(browser, 'analytics', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await expectPath(page, '/tasks');
      // The figures of the demo data, computed now rather than in up to 15 minutes.
      if (!process.env['AW_NO_REFRESH']) await refreshFigures(page);
      await openFromNav(page, 'Analytics');
      await chartsLoaded(page);
      for (const heading of SECTIONS_EN) await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
      await page.getByRole('search', { name: 'Filters' }).waitFor();
      await page.getByText(/^Period \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}, totals in EUR\.$/).waitFor();

      // What the demo data holds (said in the report, and the drill-down starts from it).
      const kraljic = await graphql<{ analyticsKraljic: { categories: { code: string; label: string; cases: number; disagreeing: number }[] } }>(
        page,
        '{ analyticsKraljic { categories { code label cases disagreeing } } }',
      );
      const spend = await graphql<{ analyticsSpend: { total: string; categories: { code: string }[] } }>(page, '{ analyticsSpend { total categories { code } } }');
      console.log(`demo data: Kraljic ${JSON.stringify(kraljic.analyticsKraljic.categories)}; spend ${spend.analyticsSpend.total} in ${spend.analyticsSpend.categories.length} categories`);

      const matrix = card(page, 'Kraljic matrix');
      await matrix.getByText(/Each category by profit impact/).waitFor();
      for (const quadrant of ['Strategic', 'Leverage', 'Bottleneck', 'Routine']) await matrix.getByText(quadrant, { exact: true }).first().waitFor();
      if (kraljic.analyticsKraljic.categories.length > 0) {
        await matrix.getByRole('img').waitFor();
        await matrix.locator('canvas').first().waitFor();
      }
      await expectAccessible(page, 'the analytics page (charts)');
      for (const [size, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
        await page.setViewportSize({ width, height });
        await page.waitForTimeout(500);
        await expectNoSidewaysScroll(page, `the analytics page (en, ${size})`);
        // On a phone the tables scroll inside their frames: each frame is reachable by keyboard.
        if (size === 'phone') await expectAccessible(page, 'the analytics page on a phone');
        await screenshot(page, `analytics-1-page-en-${size}`);
        await cardShots(page, `analytics-1-en-${size}`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });

      // The table alternative of the matrix, and from a category to its cases.
      await matrix.getByRole('button', { name: 'Table', exact: true }).click();
      const table = matrix.getByRole('table', { name: 'Kraljic matrix' });
      await table.waitFor();
      await expectAccessible(page, 'the Kraljic matrix as a table');
      const first = kraljic.analyticsKraljic.categories[0];
      if (!first) throw new Error('The demo data has no awarded spend in any category: the Kraljic matrix is empty');
      await table.getByRole('button', { name: new RegExp(`^Cases behind ${first.label}`) }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: /^Cases behind “Kraljic matrix: / }).waitFor();
      await dialog.getByText(/^\d+ of \d+ case\(s\)$/).waitFor();
      const links = dialog.getByRole('link');
      await links.first().waitFor();
      expect(await links.count()).toBe(first.cases);
      await expectAccessible(page, 'the drill-down of a Kraljic category');
      await screenshot(page, 'analytics-2-drill-en-desktop');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(300);
      await screenshot(page, 'analytics-2-drill-en-phone');
      await page.setViewportSize({ width: 1280, height: 900 });
      const reference = (await links.first().innerText()).trim();
      await links.first().click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByText(reference, { exact: false }).first().isVisible()).toBe(true);
      await page.goBack();
      await expectH1(page, 'Analytics');
      await chartsLoaded(page);

      // The spend treemap's table names the categories; its exports carry the filter and language.
      const spendCard = card(page, 'Spend by category');
      const csv = await spendCard.getByRole('link', { name: 'Spend by category: export as CSV' }).getAttribute('href');
      expect(csv).toBe('/api/analytics/spend-by-category.csv?locale=en');
      const download = await page.request.get(csv ?? '');
      expect(download.status()).toBe(200);

      // German: the same page, German labels in charts and tables.
      await switchLanguage(page, 'Deutsch');
      await expectH1(page, 'Auswertungen');
      await chartsLoaded(page);
      const matrixDe = card(page, 'Kraljic-Matrix');
      await matrixDe.getByText('Strategisch', { exact: true }).first().waitFor();
      await expectAccessible(page, 'the analytics page in German');
      expect(await card(page, 'Ausgaben nach Kategorie').getByRole('link', { name: 'Ausgaben nach Kategorie: als xlsx exportieren' }).getAttribute('href')).toBe(
        '/api/analytics/spend-by-category.xlsx?locale=de',
      );
      for (const [size, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
        await page.setViewportSize({ width, height });
        await page.waitForTimeout(500);
        await expectNoSidewaysScroll(page, `the analytics page (de, ${size})`);
        await screenshot(page, `analytics-3-page-de-${size}`);
        await cardShots(page, `analytics-3-de-${size}`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await matrixDe.getByRole('button', { name: 'Tabelle', exact: true }).click();
      await matrixDe.getByRole('table', { name: 'Kraljic-Matrix' }).waitFor();
      await expectAccessible(page, 'the Kraljic matrix as a table in German');
      await screenshot(page, 'analytics-5-kraljic-table-de-desktop');
      await switchLanguage(page, 'English');
    });
  }, 300_000);

  it('suggests an importance class when the buyer opens a case in a category, and leaves the choice to the buyer', async () => {
    await scenario(browser, 'analytics-suggestion', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await expectPath(page, '/tasks');
      if (!process.env['AW_NO_REFRESH']) await refreshFigures(page);
      const kraljic = await graphql<{ analyticsKraljic: { categories: { code: string; label: string; quadrant: string }[] } }>(page, '{ analyticsKraljic { categories { code label quadrant } } }');
      const category = kraljic.analyticsKraljic.categories[0];
      if (!category) throw new Error('The demo data has no category with spend to suggest from');
      await openFromNav(page, 'Buyer workspace');
      await page.getByRole('button', { name: 'New purchase case', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: /^Title/ }).fill('Brackets for the conveyor line');
      const picker = dialog.getByRole('combobox', { name: /^Category/ });
      await picker.fill(category.code.slice(0, 8));
      await page.getByRole('option').first().click();
      const note = dialog.getByRole('status').filter({ hasText: 'Suggested from your data' });
      await note.waitFor();
      const quadrant = category.quadrant.charAt(0) + category.quadrant.slice(1).toLowerCase();
      await note.getByText(`Suggested from your data: ${quadrant}`).waitFor();
      await note.getByText('Your choice stays yours: the suggestion is only a hint.').waitFor();
      // Nothing is chosen for the buyer; taking the suggestion fills the field.
      const importance = dialog.getByRole('combobox', { name: /^Importance/ });
      expect((await importance.innerText()).trim()).toBe('');
      await expectAccessible(page, 'the new case dialog with the suggestion');
      for (const [size, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
        await page.setViewportSize({ width, height });
        await page.waitForTimeout(300);
        await note.scrollIntoViewIfNeeded();
        await screenshot(page, `analytics-6-suggestion-en-${size}`);
      }
      await note.getByRole('button', { name: `Use ${quadrant}`, exact: true }).click();
      expect((await importance.innerText()).trim()).toBe(quadrant);
    });
  }, 180_000);
});
