import type { Browser } from 'playwright-core';
import {
  DEMO,
  expectAccessible,
  expectH1,
  expectPath,
  h1,
  launchBrowser,
  openAndSignIn,
  scenario,
  screenshot,
  signIn,
  switchLanguage, openFromNav } from './support/e2e';

describe('signing in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the demo buyer signs in and sees the buyer workspace, in English and in German', async () => {
    await scenario(browser, 'buyer-signs-in', async (page) => {
      await page.goto('/');
      await expectPath(page, '/sign-in');
      await expectH1(page, 'Sign in');
      await screenshot(page, 'buyer-signs-in-1-sign-in');
      await expectAccessible(page, 'the sign-in page');

      await signIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await screenshot(page, 'buyer-signs-in-2-workspace-en');
      await expectAccessible(page, 'the buyer workspace (English)');

      await switchLanguage(page, 'Deutsch');
      await expectH1(page, 'Einkaufsarbeitsplatz');
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      await screenshot(page, 'buyer-signs-in-3-workspace-de');
      await expectAccessible(page, 'the buyer workspace (German)');
    });
  });

  it('the demo supplier signs in and sees the supplier portal, in English and in German', async () => {
    await scenario(browser, 'supplier-signs-in', async (page) => {
      await page.goto('/');
      await expectPath(page, '/sign-in');
      await expectH1(page, 'Sign in');
      await screenshot(page, 'supplier-signs-in-1-sign-in');
      await expectAccessible(page, 'the sign-in page');

      await signIn(page, DEMO.supplier);
      await openFromNav(page, 'Supplier portal');
      await screenshot(page, 'supplier-signs-in-2-portal-en');
      await expectAccessible(page, 'the supplier portal (English)');

      await switchLanguage(page, 'Deutsch');
      await expectH1(page, 'Lieferantenportal');
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      await screenshot(page, 'supplier-signs-in-3-portal-de');
      await expectAccessible(page, 'the supplier portal (German)');
    });
  });

  it('the demo requester finds their needs from My tasks, in English and in German, and the case board sends them to My tasks', async () => {
    await scenario(browser, 'requester-signs-in', async (page) => {
      await openAndSignIn(page, DEMO.requester);
      await openFromNav(page, 'My needs');
      const nav = page.getByRole('navigation');
      await nav.getByRole('link', { name: 'My needs', exact: true }).waitFor();
      expect(await nav.getByRole('link', { name: 'Buyer workspace', exact: true }).count()).toBe(0);
      await screenshot(page, 'requester-signs-in-1-my-needs-en');
      await expectAccessible(page, 'my needs as the start page (English)');

      await page.goto('/workspace');
      await expectPath(page, '/tasks');
      await page.getByRole('navigation').getByRole('link', { name: 'My needs', exact: true }).click();
      await expectPath(page, '/needs/mine');
      await switchLanguage(page, 'Deutsch');
      await expectH1(page, 'Meine Bedarfe');
      await screenshot(page, 'requester-signs-in-2-my-needs-de');
      await expectAccessible(page, 'my needs as the start page (German)');
    });
  });

  it('a wrong password is refused with a clear message and no session', async () => {
    await scenario(browser, 'wrong-password', async (page) => {
      await openAndSignIn(page, DEMO.buyer, 'not-the-right-password');

      const alert = page.getByRole('alert');
      await alert.waitFor({ state: 'visible' });
      expect(await alert.innerText()).toMatch(/email address or password is not correct/i);
      await expectPath(page, '/sign-in');
      await expectH1(page, 'Sign in');
      await screenshot(page, 'wrong-password-1-refused');
      await expectAccessible(page, 'the sign-in page with the error');

      // No session: a signed-in page sends the browser back to sign in.
      await page.goto('/workspace');
      await expectPath(page, '/sign-in');
      expect(await h1(page, 'Buyer workspace').count()).toBe(0);
    });
  });
});
