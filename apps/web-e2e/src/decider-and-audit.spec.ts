import type { Browser } from 'playwright-core';
import type { Page } from 'playwright-core';
import {
  DEMO,
  expectAccessible,
  expectH1,
  expectPath,
  launchBrowser,
  openAndSignIn,
  scenario,
  screenshot,
  switchLanguage,
} from './support/e2e';

/** Puts the policy back to its default (other scenarios count on a minimum of 3), even if the UI failed. */
async function restoreDefaultPolicy(page: Page): Promise<void> {
  await page.request.post('/graphql', {
    data: {
      query:
        'mutation { updatePurchasingPolicy(input: { minimumSuppliers: [{ purchaseType: NEW_TASK, minimum: 3 }, { purchaseType: MODIFIED_REBUY, minimum: 2 }, { purchaseType: STRAIGHT_REBUY, minimum: 1 }] }) { updatedAt } }',
    },
  });
}

describe('the decider inbox, the audit trail and the remaining pages', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the decider sees the decider inbox', async () => {
    await scenario(browser, 'decider-inbox', async (page) => {
      await openAndSignIn(page, DEMO.decider);
      // A decider may also use the workspace, which comes first in the navigation; the inbox is a link away.
      await page.getByRole('navigation').getByRole('link', { name: 'Decider inbox', exact: true }).click();
      await expectPath(page, '/inbox');
      await expectH1(page, 'Decider inbox');
      await screenshot(page, 'decider-inbox-1-inbox');
      await expectAccessible(page, 'the decider inbox');
    });
  });

  it('the admin verifies the audit trail', async () => {
    await scenario(browser, 'audit-trail', async (page) => {
      await openAndSignIn(page, DEMO.admin);
      await page.getByRole('navigation').getByRole('link', { name: 'Audit trail', exact: true }).click();
      await expectPath(page, '/admin/audit');
      await expectH1(page, 'Audit trail');
      await screenshot(page, 'audit-trail-1-events');
      await expectAccessible(page, 'the audit trail');

      await page.getByRole('button', { name: 'Verify chain', exact: true }).click();
      const verdict = page.getByText(/The chain is intact/);
      await verdict.waitFor({ state: 'visible' });
      expect(await verdict.innerText()).toMatch(/The chain is intact: \d+ events checked/);
      await screenshot(page, 'audit-trail-2-verified');
      await expectAccessible(page, 'the audit trail after verifying');
    });
  });

  it('the admin raises the minimum number of suppliers for a new purchase, then puts it back', async () => {
    await scenario(browser, 'purchasing-policy', async (page) => {
      await openAndSignIn(page, DEMO.admin);
      try {
        await page.getByRole('navigation').getByRole('link', { name: 'Purchasing policy', exact: true }).click();
        await expectPath(page, '/admin/policy');
        await expectH1(page, 'Purchasing policy');
        const newPurchase = page.getByRole('spinbutton', { name: 'New purchase' });
        // The page also holds the approval policy with its own Save: this is the minimum suppliers' form.
        const minimums = page.locator('form', { has: page.getByRole('spinbutton', { name: /^(New purchase|Neukauf)/ }) });
        expect(await newPurchase.inputValue()).toBe('3');
        await screenshot(page, 'purchasing-policy-1-defaults');
        await expectAccessible(page, 'the purchasing policy');

        // Out of range: said on the field, nothing saved.
        await newPurchase.fill('0');
        await minimums.getByRole('button', { name: 'Save', exact: true }).click();
        await page.getByText('A whole number from 1 to 50').waitFor();
        await expectAccessible(page, 'the purchasing policy with a refused value');

        await newPurchase.fill('4');
        await minimums.getByRole('button', { name: 'Save', exact: true }).click();
        await page.getByText('The purchasing policy has been saved.').waitFor();
        // The approval policy below may show its own 'Last changed' (another scenario saved it): this form's comes first.
        await page.getByText(/Last changed/).first().waitFor();
        await screenshot(page, 'purchasing-policy-2-saved');

        // Kept: a fresh load shows the new minimum, in German too.
        await page.reload();
        await expectH1(page, 'Purchasing policy');
        await switchLanguage(page, 'Deutsch');
        await expectH1(page, 'Einkaufsrichtlinie');
        const neukauf = page.getByRole('spinbutton', { name: 'Neukauf' });
        expect(await neukauf.inputValue()).toBe('4');
        await screenshot(page, 'purchasing-policy-3-de');
        await expectAccessible(page, 'the purchasing policy (German)');

        await neukauf.fill('3');
        await minimums.getByRole('button', { name: 'Speichern', exact: true }).click();
        await page.getByText('Die Einkaufsrichtlinie wurde gespeichert.').waitFor();
      } finally {
        await restoreDefaultPolicy(page);
      }
    });
  });

  it('the profile page and the page for an unknown address pass the accessibility check too', async () => {
    await scenario(browser, 'profile-and-not-found', async (page) => {
      await openAndSignIn(page, DEMO.requester);
      await expectH1(page, 'My needs');
      // A full page load of a deep link keeps the session (the cookie), as a bookmark would.
      await page.goto('/profile');
      await expectH1(page, 'Profile');
      await screenshot(page, 'profile-1');
      await expectAccessible(page, 'the profile page');
      await page.goto('/no/such/page');
      await expectH1(page, 'Page not found');
      await screenshot(page, 'not-found-1');
      await expectAccessible(page, 'the not-found page');
    });
  });
});
