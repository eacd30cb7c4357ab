import type { Browser } from 'playwright-core';
import { DEMO, expectAccessible, expectH1, expectPath, launchBrowser, openAndSignIn, scenario, screenshot } from './support/e2e';

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

  it('the profile page and the page for an unknown address pass the accessibility check too', async () => {
    await scenario(browser, 'profile-and-not-found', async (page) => {
      await openAndSignIn(page, DEMO.requester);
      await expectH1(page, 'Buyer workspace');
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
