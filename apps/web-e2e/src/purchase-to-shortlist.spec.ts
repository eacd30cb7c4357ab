import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, expectH1, expectPath, launchBrowser, openAndSignIn, scenario, screenshot, signOut, openFromNav } from './support/e2e';

/*
 * A new purchase from the requester's need to the gatekeeper's approved shortlist, each person
 * signed in in turn, as they would work: requester, buyer, specifier, buyer, gatekeeper.
 * Names carry a stamp so the scenario does not depend on what else the demo data holds.
 */

const STAMP = Date.now().toString(36);
const NEED_TITLE = `Hydraulic press 250 t for hall 3 (${STAMP})`;
/** Three suppliers of hydraulic presses, imported by the buyer: the policy's minimum for a new purchase. */
const SUPPLIERS = [`E2E Presswerk ${STAMP}`, `E2E Hydraulik ${STAMP}`, `E2E Umformtechnik ${STAMP}`];
const PRESSES = '42636100-4';

function suppliersCsv(): string {
  const folder = mkdtempSync(join(tmpdir(), 'bc-e2e-csv-'));
  const file = join(folder, 'suppliers.csv');
  const rows = SUPPLIERS.map((name, i) => `${name},DE,${PRESSES},presses,APPROVED,Sales ${i + 1},sales${i + 1}@e2e.example`);
  writeFileSync(file, ['name,country,categories,tags,status,contact_name,contact_email', ...rows].join('\n') + '\n', 'utf8');
  return file;
}

/** The case page's tab of that name. */
async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

/** The stage badge in the case header. */
async function expectStage(page: Page, stage: string): Promise<void> {
  const badge = page.locator('header bc-stage-badge');
  try {
    await badge.filter({ hasText: new RegExp(`^\\s*${stage}\\s*$`) }).waitFor();
  } catch {
    throw new Error(`Expected the case to be in stage "${stage}", the page shows "${await badge.innerText().catch(() => '?')}"`);
  }
}

/** Answers the reason dialog that opened and waits for it to close. */
async function giveReason(page: Page, reason: string, confirm: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(reason);
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('a new purchase from need to approved shortlist', () => {
  let browser: Browser;
  let caseUrl = '';
  let reference = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the requester raises a need, the buyer opens a case, the specifier approves the specification, the gatekeeper approves the shortlist', async () => {
    await scenario(browser, 'purchase', async (page) => {
      // The requester raises the need.
      // A requester starts on their needs (they have no work on the case board).
      await openAndSignIn(page, DEMO.requester);
      await openFromNav(page, 'My needs');
      await page.getByRole('link', { name: 'Raise a need' }).click();
      await expectH1(page, 'Raise a need');
      await page.getByLabel('Title').fill(NEED_TITLE);
      await page.getByLabel('Description').fill('Replacement of press P-17, which fails every week.');
      await page.getByLabel('Category (CPV)').fill('hydraulic presses');
      await page.getByRole('option', { name: new RegExp(`^${PRESSES}`) }).click();
      await page.getByLabel('Justification').fill('Line 3 stops whenever the old press fails.');
      await page.getByLabel('Quantity').fill('1');
      await page.getByLabel('Unit', { exact: true }).fill('pcs');
      await page.getByLabel('Estimated value').fill('185000');
      await screenshot(page, 'purchase-1-raise-need');
      await expectAccessible(page, 'the need form');
      await page.getByRole('button', { name: 'Submit need' }).click();
      await expectPath(page, '/needs/mine');
      const myNeed = page.getByRole('row').filter({ hasText: NEED_TITLE });
      await myNeed.getByText('Waiting for a buyer').waitFor();
      await screenshot(page, 'purchase-2-my-needs');
      await expectAccessible(page, 'my needs');
      await signOut(page);

      // The buyer accepts it into a case, puts a specifier on the team and moves it on.
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await page.getByRole('navigation').getByRole('link', { name: 'Incoming needs', exact: true }).click();
      await expectH1(page, 'Incoming needs');
      await page.getByRole('heading', { name: NEED_TITLE }).waitFor();
      await expectAccessible(page, 'the incoming needs');
      await page.getByRole('button', { name: `Accept “${NEED_TITLE}” into a purchase case` }).click();
      const accept = page.getByRole('dialog');
      await accept.getByRole('combobox', { name: 'Importance' }).click();
      await page.getByRole('option', { name: 'Strategic', exact: true }).click();
      await screenshot(page, 'purchase-3-accept-need');
      await expectAccessible(page, 'the dialog that accepts a need');
      await accept.getByRole('button', { name: 'Accept', exact: true }).click();
      await page.waitForURL((url) => /^\/cases\/[0-9a-f-]{36}$/.test(url.pathname));
      caseUrl = new URL(page.url()).pathname;
      await expectH1(page, NEED_TITLE);
      reference = (await page.locator('.bc-reference').innerText()).trim();
      await expectStage(page, 'Need');
      await page.getByText('Someone with the specifier role must be on the team.').waitFor();
      await screenshot(page, 'purchase-4-case-opened');
      await expectAccessible(page, 'the new case');

      await openTab(page, 'Team');
      await page.getByRole('combobox', { name: 'Person' }).click();
      await page.getByRole('option', { name: 'Dr. Lena Hoffmann' }).click();
      await page.getByRole('combobox', { name: 'Role' }).click();
      await page.getByRole('option', { name: 'Specifier', exact: true }).click();
      await page.getByRole('button', { name: 'Add to the team' }).click();
      await page.getByRole('row').filter({ hasText: 'Dr. Lena Hoffmann' }).waitFor();
      await expectAccessible(page, 'the case team');
      await page.getByRole('button', { name: 'Move to Specification' }).click();
      await expectStage(page, 'Specification');
      await screenshot(page, 'purchase-5-in-specification');

      // The directory gets three suppliers of presses, by CSV.
      await page.goto('/suppliers/import');
      await expectH1(page, 'Import suppliers');
      await page.locator('input[type=file]').setInputFiles(suppliersCsv());
      await page.getByText('3 of 3 rows imported.').waitFor();
      await screenshot(page, 'purchase-6-suppliers-imported');
      await expectAccessible(page, 'the supplier import');
      await signOut(page);

      // The specifier writes the specification and approves it.
      await openAndSignIn(page, DEMO.specifier);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(caseUrl);
      await expectH1(page, NEED_TITLE);
      await openTab(page, 'Specification');
      await page.getByRole('link', { name: 'Open the specification' }).click();
      await expectPath(page, `${caseUrl}/specification`);
      await expectH1(page, `Specification of ${reference}`);
      await page.getByRole('textbox', { name: 'Description' }).first().fill('Hydraulic press, 250 t, table 1600 x 1000 mm');
      await page.getByRole('textbox', { name: 'Unit' }).first().fill('pcs');
      await page.getByRole('button', { name: 'Add attribute' }).first().click();
      await page.getByRole('textbox', { name: 'Attribute', exact: true }).first().fill('Stroke');
      await page.getByRole('textbox', { name: 'Value', exact: true }).first().fill('700 mm');
      await page.getByRole('button', { name: 'Add requirement' }).click();
      await page.getByRole('textbox', { name: 'Requirement 1' }).fill('CE marking and EN ISO 16092-3 conformity');
      await page.getByLabel('What changed').fill('First version');
      await screenshot(page, 'purchase-7-specification-draft');
      await expectAccessible(page, 'the specification editor');
      await page.getByRole('button', { name: 'Save as version 1' }).click();
      await page.getByRole('button', { name: 'Approve version 1' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Approve and freeze' }).click();
      await page.getByRole('status').filter({ hasText: 'Approved (frozen)' }).waitFor();
      await screenshot(page, 'purchase-8-specification-approved');
      await expectAccessible(page, 'the approved specification');
      await signOut(page);

      // The buyer moves the case to sourcing and shortlists the three suppliers, each with a reason.
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(caseUrl);
      await expectH1(page, NEED_TITLE);
      await page.getByRole('button', { name: 'Move to Sourcing' }).click();
      await expectStage(page, 'Sourcing');
      // Presses only from makers with a quality management system: the case requires the certificate.
      await page.getByRole('button', { name: 'Edit details' }).click();
      const details = page.getByRole('dialog');
      await details.getByLabel('Required certificates').fill('ISO 9001');
      await details.getByLabel('Required certificates').press('Enter');
      await details.getByRole('row', { name: 'ISO 9001' }).waitFor();
      await details.getByText('1 of 10 · Enter adds each name').waitFor();
      await expectAccessible(page, 'the case details with a required certificate');
      await details.getByRole('button', { name: 'Save', exact: true }).click();
      await details.waitFor({ state: 'hidden' });
      await page.locator('.bc-facts').getByText('ISO 9001', { exact: true }).waitFor();
      await openTab(page, 'Shortlist');
      await page.getByRole('heading', { name: 'Suggestions' }).waitFor();
      for (const name of SUPPLIERS) {
        await page.getByLabel('Search suppliers').fill(name);
        await page.getByRole('option', { name: new RegExp(name) }).click();
        await giveReason(page, `Approved supplier of hydraulic presses (${name})`, 'Shortlist');
        await page.getByRole('row').filter({ hasText: name }).waitFor();
      }
      await page.getByText('Suppliers in: 3; the policy asks for at least 3.').waitFor();
      await screenshot(page, 'purchase-9-shortlist');
      await expectAccessible(page, 'the shortlist');
      await page.getByRole('button', { name: 'Submit for approval' }).click();
      await page.locator('bc-shortlist-panel').getByText('Submitted for approval').waitFor();
      await signOut(page);

      // The gatekeeper approves the shortlist; the case may now go to the RFQ.
      await openAndSignIn(page, DEMO.gatekeeper);
      await openFromNav(page, 'Buyer workspace');
      await page.goto(caseUrl);
      await expectH1(page, NEED_TITLE);
      await openTab(page, 'Shortlist');
      await expectAccessible(page, 'the shortlist for the gatekeeper');
      await page.getByRole('button', { name: 'Approve shortlist' }).click();
      // The imported suppliers have no certificate on file: the gatekeeper sees it for each, and may approve anyway.
      const approval = page.getByRole('dialog');
      await approval.getByText('The case requires: ISO 9001').waitFor();
      for (const name of SUPPLIERS) await approval.getByText(`${name}: ISO 9001 missing`, { exact: true }).waitFor();
      await screenshot(page, 'purchase-10a-approval-warnings');
      await giveReason(page, 'Three approved suppliers; certificates follow before the RFQ.', 'Approve shortlist');
      await page.locator('bc-shortlist-panel').getByText('Approved by').waitFor();
      await expectStage(page, 'Sourcing');
      const rfqStep = page.locator('bc-case-steps li').filter({ hasText: 'RFQ' });
      await rfqStep.getByText('Ready: publishing the approved RFQ moves the case here.').waitFor();
      await screenshot(page, 'purchase-10-shortlist-approved');
      await expectAccessible(page, 'the case with its approved shortlist');
    });
  });
});
