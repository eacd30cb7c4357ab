import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  DEMO,
  expectAccessible,
  expectH1,
  launchBrowser,
  openAndSignIn,
  scenario,
  screenshot,
  signOut,
  switchLanguage, openFromNav } from './support/e2e';

const STAMP = Date.now().toString(36);
const SUPPLIER = `E2E Pressen ${STAMP}`;

/** One good row and one the import must reject (a country that is not two letters). */
function csvWithOneBadRow(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'bc-e2e-csv-')), 'suppliers.csv');
  writeFileSync(
    file,
    ['name,country,categories,status', `${SUPPLIER},DE,42636100-4,QUALIFIED`, `E2E Nirgendwo ${STAMP},XYZ,42636100-4,PROSPECT`].join('\n') + '\n',
    'utf8',
  );
  return file;
}

describe('the supplier directory', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the buyer imports the valid rows of a CSV and finds the supplier; the gatekeeper blocks it with a reason', async () => {
    await scenario(browser, 'directory', async (page) => {
      await openAndSignIn(page, DEMO.buyer);
      await openFromNav(page, 'Buyer workspace');
      await page.getByRole('navigation').getByRole('link', { name: 'Supplier directory', exact: true }).click();
      await expectH1(page, 'Supplier directory');
      await expectAccessible(page, 'the supplier directory');
      await page.getByRole('link', { name: 'Import CSV' }).click();
      await expectH1(page, 'Import suppliers');
      await page.locator('input[type=file]').setInputFiles(csvWithOneBadRow());
      await page.getByText('2 rows checked: 1 valid, 1 rejected. Nothing has been imported yet.').waitFor();
      const rejected = page.getByRole('table', { name: 'Rejected rows (1)' }).getByRole('row').filter({ hasText: 'country' });
      await rejected.getByRole('cell', { name: '3', exact: true }).waitFor();
      await screenshot(page, 'directory-1-import-report');
      await expectAccessible(page, 'the import report');
      await page.getByRole('button', { name: 'Import the 1 valid rows' }).click();
      await page.getByText('1 of 2 rows imported.').waitFor();

      await page.getByRole('link', { name: 'Go to the directory' }).click();
      await expectH1(page, 'Supplier directory');
      await page.getByLabel('Search', { exact: true }).fill(SUPPLIER);
      await page.getByRole('link', { name: SUPPLIER }).click();
      await expectH1(page, SUPPLIER);
      await screenshot(page, 'directory-2-supplier-en');
      await expectAccessible(page, 'the supplier page');
      await switchLanguage(page, 'Deutsch');
      await page.getByRole('heading', { name: 'Zuverlässigkeit' }).waitFor();
      await screenshot(page, 'directory-3-supplier-de');
      await expectAccessible(page, 'the supplier page (German)');
      await switchLanguage(page, 'English');
      await signOut(page);

      await openAndSignIn(page, DEMO.gatekeeper);
      await openFromNav(page, 'Buyer workspace');
      await page.getByRole('navigation').getByRole('link', { name: 'Supplier directory', exact: true }).click();
      await expectH1(page, 'Supplier directory');
      await page.getByLabel('Category (CPV)').fill('hydraulic presses');
      await page.getByRole('option', { name: /^42636100-4/ }).click();
      await page.getByLabel('Search', { exact: true }).fill(SUPPLIER);
      await page.getByRole('link', { name: SUPPLIER }).click();
      await expectH1(page, SUPPLIER);
      await page.getByRole('button', { name: 'Block supplier' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox').fill('Forged certificate found in the audit.');
      await dialog.getByRole('button', { name: 'Block supplier' }).click();
      await page.getByText('This supplier is blocked.').waitFor();
      await page.getByText('Reason: Forged certificate found in the audit.').waitFor();
      await screenshot(page, 'directory-4-blocked');
      await expectAccessible(page, 'the blocked supplier');
    });
  });
});
