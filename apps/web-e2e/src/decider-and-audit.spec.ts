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
  switchLanguage, openFromNav, graphql } from './support/e2e';

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

  it('the decider lands on My tasks with the award waiting for her, counted in the navigation, and opens it from there (issue 11)', async () => {
    await scenario(browser, 'decider-start-page', async (page) => {
      await openAndSignIn(page, DEMO.decider);
      // Not an empty buyer workspace: her start page is her tasks, the showcase's proposal among them.
      await expectPath(page, '/tasks');
      await expectH1(page, 'My tasks');
      // The tasks are the inbox's proposals (and any other work): what the inbox holds is on this page,
      // counted in the navigation. Other scenarios may have decided the showcase's proposal already.
      const inbox = page.getByRole('navigation').getByRole('link', { name: 'Decider inbox', exact: true });
      const waiting = (await graphql<{ deciderInbox: { items: Array<{ id: string }> } }>(page, '{ deciderInbox { items { id } } }')).deciderInbox.items.length;
      const awards = page.getByRole('listitem').filter({ hasText: 'Award to approve' });
      if (waiting > 0) {
        await awards.first().waitFor({ state: 'visible' });
        expect(await awards.count()).toBe(waiting);
        await inbox.locator('.bc-nav-count').waitFor({ state: 'visible' });
        const described = await page.locator(`#${await inbox.getAttribute('aria-describedby')}`).textContent();
        expect(described?.trim()).toBe(`${waiting} waiting`);
      } else {
        await page.getByText(/^(Nothing waits for you|1 task waiting for you|\d+ tasks waiting for you)$/).waitFor();
        expect(await awards.count()).toBe(0);
        expect(await inbox.getAttribute('aria-describedby')).toBeNull();
      }
      await screenshot(page, 'decider-start-page-1-tasks');
      await expectAccessible(page, 'My tasks of the decider');

      if (waiting > 0) {
        await awards.first().getByRole('link', { name: 'Decide', exact: true }).click();
        await expectPath(page, '/inbox');
        await page.getByRole('link', { name: 'All proposals' }).click();
      } else {
        await inbox.click();
      }
      await expectH1(page, 'Decider inbox');
      await page.getByRole('heading', { level: 2, name: 'Your decisions' }).waitFor();
      await screenshot(page, 'decider-start-page-2-inbox');
      await expectAccessible(page, 'the decider inbox with the history of her decisions');

      await switchLanguage(page, 'Deutsch');
      await page.getByRole('navigation').getByRole('link', { name: 'Meine Aufgaben', exact: true }).click();
      await expectH1(page, 'Meine Aufgaben');
      if (waiting > 0) await page.getByRole('listitem').filter({ hasText: 'Vergabe freigeben' }).first().waitFor();
      await screenshot(page, 'decider-start-page-3-tasks-de');
      await expectAccessible(page, 'Meine Aufgaben (German)');
      await switchLanguage(page, 'English');
    });
  });

  it('the admin verifies the audit trail', async () => {
    await scenario(browser, 'audit-trail', async (page) => {
      await openAndSignIn(page, DEMO.admin);
      await expectPath(page, '/tasks'); // signed in: the start page, before the navigation is used
      await page.getByRole('navigation').getByRole('link', { name: 'Audit trail', exact: true }).click();
      await expectPath(page, '/admin/audit');
      await expectH1(page, 'Audit trail');
      await screenshot(page, 'audit-trail-1-events');
      await expectAccessible(page, 'the audit trail');

      await page.getByRole('button', { name: 'Verify chain', exact: true }).click();
      const verdict = page.getByText(/The chain is intact/);
      await verdict.waitFor({ state: 'visible' });
      expect(await verdict.innerText()).toMatch(/The chain is intact: \d+ events? checked/);
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
        // Exact names: the same form also holds the minimum bidding periods ('New purchase (days)').
        const newPurchase = page.getByRole('spinbutton', { name: /^New purchase\*?$/ });
        // The page also holds the approval policy with its own Save: this is the minimum suppliers' form.
        const minimums = page.locator('form', { has: page.getByRole('spinbutton', { name: /^(New purchase|Neukauf)\*?$/ }) });
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
        const neukauf = page.getByRole('spinbutton', { name: /^Neukauf\*?$/ });
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
      await openFromNav(page, 'My needs');
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
