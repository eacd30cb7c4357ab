import type { Browser } from 'playwright-core';
import { DEMO, expectAccessible, expectH1, expectPath, launchBrowser, scenario, screenshot, signIn, switchLanguage, openFromNav } from './support/e2e';

/**
 * The supplier's portal home puts open negotiation rounds first (issue 11): the showcase has the
 * planetary gearboxes in NEGOTIATION, round 1 open for both demo suppliers.
 */
describe('the supplier portal home', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a supplier sees the live auctions and the open negotiation round first, with its deadline and what is asked, and every card its state', async () => {
    await scenario(browser, 'portal-home-round', async (page) => {
      await page.goto('/');
      await signIn(page, DEMO.supplier);
      await openFromNav(page, 'Supplier portal');

      const rounds = page.getByRole('region', { name: /^Negotiation rounds open now/ });
      await rounds.waitFor();
      // What asks for an answer by a time comes first: the live auctions (the showcase's is approved for
      // tomorrow), then the rounds, before the open and past requests.
      const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
      expect(headings[0]).toMatch(/^Live reverse auctions/);
      expect(headings[1]).toMatch(/^Negotiation rounds open now/);
      const position = (name: RegExp) => headings.findIndex((h) => name.test(h));
      expect(position(/^Negotiation rounds open now/)).toBeLessThan(position(/^Open requests/));
      expect(position(/^Open requests/)).toBeLessThan(position(/^Past requests/));
      const card = rounds.getByRole('listitem').filter({ hasText: 'Planetary gearboxes for the winding machines' });
      await card.getByText('Round 1', { exact: true }).waitFor();
      await card.getByText(/Best and final offer due /).waitFor();
      await card.getByText(/Both are above the budget of the retrofit/).waitFor();
      await card.getByText('Target price for 1 item').waitFor();
      // Hanse has already sent its best and final offer in the showcase.
      await card.getByText(/You have answered/).waitFor();
      await screenshot(page, 'portal-home-1-round-en');
      await expectAccessible(page, 'the portal home with an open round');

      // The same RFQ's card below says where it stands: in a negotiation round.
      const past = page.getByRole('region', { name: /^Past requests/ });
      await past.getByRole('listitem').filter({ hasText: 'Planetary gearboxes for the winding machines' }).getByText('Negotiation round', { exact: true }).waitFor();

      await card.getByRole('link', { name: 'Answer round 1' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/portal/rfqs/'));
      await page.goBack();
      await switchLanguage(page, 'Deutsch');
      await page.getByRole('region', { name: /^Offene Verhandlungsrunden/ }).getByText('Runde 1', { exact: true }).waitFor();
      await screenshot(page, 'portal-home-2-round-de');
    });
  });
});
