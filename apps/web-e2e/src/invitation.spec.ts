import { randomBytes } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  DEMO,
  expectAccessible,
  expectH1,
  expectPath,
  launchBrowser,
  openAndSignIn,
  scenario,
  screenshot,
  signOut, openFromNav } from './support/e2e';

/** Ticks a role in the invitation form, whether it offers checkboxes, a chip list or a select. */
async function chooseRole(page: Page, dialog: Locator, role: string): Promise<void> {
  const checkbox = dialog.getByRole('checkbox', { name: role, exact: true });
  if (await checkbox.count()) {
    await checkbox.check();
    return;
  }
  const option = dialog.getByRole('option', { name: role, exact: true });
  if (await option.count()) {
    await option.click();
    return;
  }
  await dialog.getByRole('combobox', { name: /^Roles/ }).click();
  await page.getByRole('option', { name: role, exact: true }).click();
  await page.keyboard.press('Escape');
}

/** The one-time link the dialog shows, copied with its copy button as a person would. */
async function copyInvitationLink(page: Page, dialog: Locator): Promise<string> {
  const shown = await dialog.getByRole('textbox', { name: /^Invitation link/ }).inputValue();
  await dialog.getByRole('button', { name: 'Copy link', exact: true }).click();
  await page.getByText('Copied to the clipboard').first().waitFor({ state: 'visible' });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);
  return copied;
}

describe('invitations', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the admin invites a user who accepts the link and signs in', async () => {
    const suffix = randomBytes(4).toString('hex');
    const email = `new.requester.${suffix}@nordwind.example`;
    const name = `Nina Requester ${suffix}`;
    const password = `Quiet-Harbour-Lantern-${suffix}`;

    await scenario(browser, 'admin-invites', async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openAndSignIn(page, DEMO.admin);
      await openFromNav(page, 'Users');
      await screenshot(page, 'admin-invites-1-users');
      await expectAccessible(page, 'the users page');

      await page.getByRole('button', { name: 'Invite user', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ state: 'visible' });
      await dialog.getByLabel(/^Email/).fill(email);
      await chooseRole(page, dialog, 'Requester');
      await screenshot(page, 'admin-invites-2-invite-form');
      await expectAccessible(page, 'the invitation form');
      await dialog.getByRole('button', { name: 'Create invitation', exact: true }).click();

      await dialog.getByText('Invitation created').waitFor({ state: 'visible' });
      const link = await copyInvitationLink(page, dialog);
      expect(link).toMatch(/\/invite\/[^/]+$/);
      await screenshot(page, 'admin-invites-3-link-shown');
      await expectAccessible(page, 'the dialog showing the invitation link');
      await dialog.getByRole('button', { name: /^(Close|Done)$/ }).click();
      await dialog.waitFor({ state: 'hidden' });

      await signOut(page);

      await page.goto(link);
      await expectH1(page, 'Accept invitation');
      await page.getByLabel(/^Your name/).waitFor({ state: 'visible' });
      await screenshot(page, 'admin-invites-4-invitation-page');
      await expectAccessible(page, 'the invitation page');

      await page.getByLabel(/^Your name/).fill(name);
      await page.getByLabel(/^Choose a password/).fill(password);
      await page.getByRole('button', { name: 'Accept and sign in', exact: true }).click();

      // Everyone starts on My tasks; a requester's needs are a link away.
      await openFromNav(page, 'My needs');
      // Signed in as the new user: the account menu carries their name.
      await page.getByRole('button', { name: `Account menu: ${name}` }).waitFor({ state: 'visible' });
      await screenshot(page, 'admin-invites-5-signed-in');
      await expectAccessible(page, 'the start page of the new user');
    });
  });
});
