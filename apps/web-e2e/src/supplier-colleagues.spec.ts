import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, expectH1, graphql, launchBrowser, openFromNav, scenario, screenshot, signIn, switchLanguage } from './support/e2e';

/** A person of the list (colleague or invitation), by the address it shows. */
const person = (page: Page, section: RegExp, email: string) =>
  page.getByRole('region', { name: section }).getByRole('listitem').filter({ hasText: email });

/** Closes the notice at the bottom (it would cover the list in the screenshots). */
async function dismissNotice(page: Page): Promise<void> {
  await page.locator('mat-snack-bar-container').getByRole('button', { name: 'Close' }).click();
  await page.locator('mat-snack-bar-container').waitFor({ state: 'detached' });
}

/**
 * The demo supplier's first user, Felix Brandt, is Hanse's company admin: from the portal's
 * Colleagues page he invites a colleague by email, sees the invitation pending until its link
 * expires, is told at the field when an address already has an account, and revokes an invitation.
 */
describe("a supplier company's colleagues", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the supplier admin invites a colleague from the portal, and revokes an invitation', async () => {
    const suffix = randomBytes(4).toString('hex');
    const colleague = `jana.ostermann.${suffix}@hanse-industrie.example`;
    const mistaken = `kai.peters.${suffix}@hanse-industrie.example`;

    await scenario(browser, 'supplier-colleagues', async (page) => {
      await page.goto('/');
      await signIn(page, DEMO.supplier);
      await openFromNav(page, 'Colleagues');

      const me = person(page, /^People/, DEMO.supplier);
      await me.getByText('Company admin', { exact: true }).waitFor();
      await me.getByText('You', { exact: true }).waitFor();
      // The only admin: the page offers no way to lose the last one.
      await me.getByText(/The only active admin/).waitFor();
      expect(await me.getByRole('button').count()).toBe(0);

      const invite = async (email: string) => {
        await page.getByLabel('Email address').fill(email);
        await page.getByRole('button', { name: 'Send invitation' }).click();
      };
      await invite(colleague);
      await page.getByText(`Invitation sent to ${colleague}.`).waitFor();
      await person(page, /^Pending invitations/, colleague).getByText(/link valid until/).waitFor();
      await expect(page.getByLabel('Email address').inputValue()).resolves.toBe('');

      // An address with an account anywhere in the portal is refused at the field.
      await invite(DEMO.buyer);
      await page.getByText(/This address already has an account in the portal/).waitFor();
      await page.getByLabel('Email address').fill('');

      await invite(mistaken);
      const row = person(page, /^Pending invitations/, mistaken);
      await row.waitFor();
      await dismissNotice(page);
      await screenshot(page, 'supplier-colleagues-1-en');
      await expectAccessible(page, 'the Colleagues page');

      await row.getByRole('button', { name: `Revoke the invitation of ${mistaken}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(`The link sent to ${mistaken} will stop working.`).waitFor();
      await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
      await row.waitFor({ state: 'detached' });

      // What the server holds: the colleague invited as a supplier user of Hanse, the other revoked.
      const { supplierColleagues } = await graphql<{ supplierColleagues: { invitations: Array<{ email: string; roles: string[] }> } }>(
        page,
        `{ supplierColleagues { invitations { email roles } } }`,
      );
      expect(supplierColleagues.invitations).toContainEqual({ email: colleague, roles: ['SUPPLIER'] });
      expect(supplierColleagues.invitations.map((i) => i.email)).not.toContain(mistaken);

      await dismissNotice(page);
      await switchLanguage(page, 'Deutsch');
      await expectH1(page, 'Kollegen');
      await person(page, /^Offene Einladungen/, colleague).getByText(/Link gültig bis/).waitFor();
      await screenshot(page, 'supplier-colleagues-2-de');
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'supplier-colleagues-3-de-phone');
      await switchLanguage(page, 'English');
      await expectH1(page, 'Colleagues');
      await screenshot(page, 'supplier-colleagues-4-en-phone');
    });
  });
});
