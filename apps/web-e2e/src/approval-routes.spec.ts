import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, expectH1, expectPath, launchBrowser, openAndSignIn, scenario, screenshot, signOut, switchLanguage, graphql } from './support/e2e';

/** yyyy-mm-dd of today + `days` in the local zone (the browser's too). */
function day(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Approval routes that can always finish (issue 11): the policy editor warns about a two-decider
 * route in an organization with one decider, and a deputy approves for a decider who is away.
 * The demo organization has two deciders (Sabine Krüger and the CFO) and one gatekeeper (Claudia
 * Richter); with the CFO away (disabled), one decider is left.
 */
describe('approval routes that can always finish', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('with the CFO away, the admin is warned that the two-decider tiers cannot be completed with one decider', async () => {
    await scenario(browser, 'approval-route-warning', async (page) => {
      await openAndSignIn(page, DEMO.admin);
      await expectPath(page, '/tasks'); // signed in: the start page, before the navigation is used
      const { users } = await graphql<{ users: Array<{ id: string; email: string }> }>(page, '{ users { id email } }');
      const cfo = users.find((u) => u.email === 'cfo@nordwind.example');
      if (!cfo) throw new Error('The demo CFO is missing');
      await graphql(page, 'mutation ($userId: ID!) { disableUser(userId: $userId) { id } }', { userId: cfo.id });
      try {
        await page.getByRole('navigation').getByRole('link', { name: 'Purchasing policy', exact: true }).click();
        await expectPath(page, '/admin/policy');
        const policy = page.getByRole('region', { name: 'Approval policy', exact: true });
        const staffing = policy.getByRole('region', { name: 'Who can approve', exact: true });
        await staffing.getByText(/1 decider\(s\), 1 gatekeeper\(s\)/).waitFor();
        // The defaults: tier 1 (up to 10 000) one decider, tiers 2 and 3 two deciders.
        const warning = 'Cannot be completed: needs 2 deciders, only 1 can approve.';
        await policy.getByRole('listitem', { name: 'Tier 2', exact: true }).getByText(warning, { exact: false }).waitFor();
        await policy.getByRole('listitem', { name: 'Tier 3', exact: true }).getByText(warning, { exact: false }).waitFor();
        expect(await policy.getByRole('listitem', { name: 'Tier 1', exact: true }).getByRole('alert').count()).toBe(0);
        await policy.getByRole('listitem', { name: 'Tier 3', exact: true }).scrollIntoViewIfNeeded();
        await screenshot(page, 'approval-routes-1-policy-warning');
        await expectAccessible(page, 'the approval policy with route warnings');
        await page.setViewportSize({ width: 390, height: 844 });
        await policy.getByRole('listitem', { name: 'Tier 2', exact: true }).scrollIntoViewIfNeeded();
        await screenshot(page, 'approval-routes-1-policy-warning-390');
        await switchLanguage(page, 'Deutsch');
        await page.getByText('Nicht abschließbar: braucht 2 Entscheider, nur 1 können freigeben.', { exact: false }).first().waitFor();
        await page.getByText('Nicht abschließbar: braucht 2 Entscheider, nur 1 können freigeben.', { exact: false }).first().scrollIntoViewIfNeeded();
        await screenshot(page, 'approval-routes-2-policy-warning-de-390');
        await page.setViewportSize({ width: 1280, height: 800 });
        await screenshot(page, 'approval-routes-2-policy-warning-de');
        await switchLanguage(page, 'English');
      } finally {
        await graphql(page, 'mutation ($userId: ID!) { enableUser(userId: $userId) { id } }', { userId: cfo.id });
      }
      await signOut(page);
    });
  });

  it('a decider away names a deputy, who sees the waiting proposal in the inbox and approves it for her', async () => {
    let gatekeeperId = '';
    await scenario(browser, 'approval-deputy', async (page) => {
      // The gatekeeper also becomes a decider, so she may stand in for the decider.
      await openAndSignIn(page, DEMO.admin);
      await expectPath(page, '/tasks'); // signed in: the start page, before the navigation is used
      await page.getByRole('navigation').getByRole('link', { name: 'Purchasing policy', exact: true }).click();
      await expectPath(page, '/admin/policy');
      const users = (await graphql<{ users: Array<{ id: string; email: string }> }>(page, '{ users { id email } }')).users;
      gatekeeperId = users.find((u) => u.email === DEMO.gatekeeper)!.id;
      await graphql(page, 'mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { id } }', { input: { userId: gatekeeperId, roles: ['GATEKEEPER', 'DECIDER'] } });
      await signOut(page);

      try {
        await openAndSignIn(page, DEMO.decider);
        await expectPath(page, '/tasks'); // signed in: the start page, before the navigation is used
        await page.getByRole('navigation').getByRole('link', { name: 'Decider inbox', exact: true }).click();
        await expectPath(page, '/inbox');
        const panel = page.getByRole('region', { name: 'Out of office: your deputy', exact: true });
        await panel.getByRole('combobox', { name: 'Deputy' }).click();
        await page.getByRole('option', { name: 'Claudia Richter', exact: true }).click();
        await panel.getByLabel('First day away').fill(day(0));
        await panel.getByLabel('Last day away').fill(day(2));
        await panel.getByRole('button', { name: 'Name deputy', exact: true }).click();
        await panel.getByText(/Claudia Richter stands in for you from/).waitFor();
        await screenshot(page, 'approval-routes-3-deputy-named');
        await expectAccessible(page, 'the deputy panel');
        await page.setViewportSize({ width: 390, height: 844 });
        await screenshot(page, 'approval-routes-3-deputy-named-390');
        await switchLanguage(page, 'Deutsch');
        await panel.page().getByText(/Claudia Richter vertritt Sie vom/).waitFor();
        await screenshot(page, 'approval-routes-3-deputy-named-de-390');
        await page.setViewportSize({ width: 1280, height: 800 });
        await screenshot(page, 'approval-routes-3-deputy-named-de');
        await switchLanguage(page, 'English');
        await signOut(page);

        await openAndSignIn(page, DEMO.gatekeeper);
        await expectPath(page, '/tasks'); // signed in: the start page, before the navigation is used
        await page.getByRole('navigation').getByRole('link', { name: 'Decider inbox', exact: true }).click();
        await expectH1(page, 'Decider inbox');
        await page.getByText('You stand in for Sabine Krüger', { exact: false }).waitFor();
        const item = page.getByRole('listitem').filter({ hasText: 'As deputy for Sabine Krüger' }).first();
        await item.waitFor();
        await screenshot(page, 'approval-routes-4-deputy-inbox');
        await page.setViewportSize({ width: 390, height: 844 });
        await screenshot(page, 'approval-routes-4-deputy-inbox-390');
        await page.setViewportSize({ width: 1280, height: 800 });
        await item.getByRole('link', { name: /^Open the proposal for / }).click();
        await page.getByRole('button', { name: 'Approve', exact: true }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('textbox').fill('Approved as deputy while Sabine is away.');
        await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
        await page.getByText(/You approved the award for /).waitFor();
        await signOut(page);
      } finally {
        await openAndSignIn(page, DEMO.admin);
        await expectPath(page, '/tasks'); // signed in: the start page, before the navigation is used
        await page.getByRole('navigation').getByRole('link', { name: 'Purchasing policy', exact: true }).click();
        await expectPath(page, '/admin/policy');
        await graphql(page, 'mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { id } }', { input: { userId: gatekeeperId, roles: ['GATEKEEPER'] } });
        const deputies = (await graphql<{ approvalDeputies: Array<{ id: string; revokedAt: string | null }> }>(page, '{ approvalDeputies { id revokedAt } }')).approvalDeputies;
        for (const d of deputies.filter((x) => !x.revokedAt)) await graphql(page, 'mutation ($id: ID!) { revokeApprovalDeputy(id: $id) { id } }', { id: d.id });
        await signOut(page);
      }
    });
  });
});
