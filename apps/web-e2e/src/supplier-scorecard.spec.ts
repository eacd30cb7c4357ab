import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, expectH1, graphql, launchBrowser, openAndSignIn, openFromNav, scenario, screenshot, switchLanguage } from './support/e2e';

interface Card {
  supplierId: string;
  buyingOrganizationName: string;
  invitations: number;
  wins: number;
  history: Array<{ note: string | null }>;
}
const FIELDS = 'supplierId buyingOrganizationName invitations wins history { note }';

/** A figure of the scorecard's strip, by its term. */
const figure = (page: Page, term: string) => page.locator('.bc-figures > div').filter({ has: page.getByRole('term').getByText(term, { exact: true }) }).locator('.bc-figure');

/** The app scrolls inside its own frame, so a full-page shot shows one screen: shoot in a window tall enough for the whole card. */
async function tall(page: Page, name: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width < 600 ? 3200 : 2000 });
  await page.waitForTimeout(200);
  await screenshot(page, name);
}

/** Screenshots at 1280 px and 390 px in English and German, axe on each language; back to English at 1280 px. */
async function shoot(page: Page, name: string, heading: { en: RegExp; de: RegExp }): Promise<void> {
  await page.getByRole('heading', { name: heading.en }).first().waitFor();
  await tall(page, `${name}-en-1280`, 1280);
  await tall(page, `${name}-en-390`, 390);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectAccessible(page, `${name} (English)`);
  await switchLanguage(page, 'Deutsch');
  await page.getByRole('heading', { name: heading.de }).first().waitFor();
  await tall(page, `${name}-de-390`, 390);
  await tall(page, `${name}-de-1280`, 1280);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectAccessible(page, `${name} (German)`);
  await switchLanguage(page, 'English');
}

/**
 * Supplier scorecards: the buyer sees Hanse's on its supplier page (the same figures the API
 * gives, with when they were computed); Hanse's user sees its own, one per buying organization, in
 * the portal, without the buyer's notes.
 */
describe('supplier scorecards', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("the buyer reads a supplier's scorecard on its page", async () => {
    await scenario(browser, 'scorecard-buyer', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Supplier directory');
      const { suppliers } = await graphql<{ suppliers: { items: Array<{ id: string; name: string }> } }>(page, `{ suppliers(filter: { search: "Hanse" }) { items { id name } } }`);
      const hanse = suppliers.items.find((s) => s.name === 'Hanse Industrietechnik GmbH');
      if (!hanse) throw new Error('The demo directory has no Hanse Industrietechnik GmbH');
      const { supplierScorecard: card } = await graphql<{ supplierScorecard: Card }>(page, `query($id: ID!) { supplierScorecard(supplierId: $id) { ${FIELDS} } }`, { id: hanse.id });

      await page.goto(`/suppliers/${hanse.id}`);
      await expectH1(page, 'Hanse Industrietechnik GmbH');
      const section = page.getByRole('region', { name: 'Scorecard', exact: true });
      await section.waitFor();
      await section.getByText(/Figures as of|not been computed yet/).waitFor();
      await expect(figure(page, 'Invitations').innerText()).resolves.toBe(String(card.invitations));
      await expect(figure(page, 'Awards won').innerText()).resolves.toBe(String(card.wins));
      await section.getByRole('table', { name: 'Reliability over time' }).waitFor();
      await section.getByRole('table', { name: 'Certificates' }).waitFor();
      await shoot(page, 'scorecard-1-buyer', { en: /^Scorecard$/, de: /^Lieferantenbewertung$/ });
    });
  });

  it('the supplier reads its own scorecards in the portal, one per buying organization, without internal notes', async () => {
    await scenario(browser, 'scorecard-supplier', async (page) => {
      await openAndSignIn(page, DEMO.supplier);
      await openFromNav(page, 'My scorecards');
      const { myScorecards } = await graphql<{ myScorecards: Card[] }>(page, `{ myScorecards { ${FIELDS} } }`);
      expect(myScorecards.length).toBeGreaterThan(0);
      expect(myScorecards.flatMap((c) => c.history).every((e) => e.note === null)).toBe(true);
      for (const card of myScorecards) {
        await page.getByRole('heading', { level: 2, name: `With ${card.buyingOrganizationName}` }).waitFor();
      }
      // No column for notes: the buyer's notes are internal.
      expect(await page.getByRole('columnheader', { name: 'Note', exact: true }).count()).toBe(0);
      await shoot(page, 'scorecard-2-supplier', { en: /^My scorecards$/, de: /^Meine Bewertungen$/ });
    });
  });
});
