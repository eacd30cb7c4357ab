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
  expectPath,
  signIn,
  signOut,
  switchLanguage, openFromNav } from './support/e2e';
import { expectDownload, expectRefused, pdfFile } from './support/downloads-e2e';

const STAMP = Date.now().toString(36);
const SUPPLIER = `E2E Pressen ${STAMP}`;
const CERTIFICATE = pdfFile('ISO 9001 Zertifikat – Qualität ü.pdf', `ISO 9001 certificate of ${SUPPLIER}`);

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

  it('the buyer imports the valid rows of a CSV, finds the supplier and keeps its certificate; the gatekeeper blocks it with a reason', async () => {
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
      await page.getByRole('button', { name: 'Import the 1 valid row' }).click();
      await page.getByText('1 of 2 rows imported.').waitFor();

      await page.getByRole('link', { name: 'Go to the directory' }).click();
      await expectH1(page, 'Supplier directory');
      await page.getByLabel('Search', { exact: true }).fill(SUPPLIER);
      await page.getByRole('link', { name: SUPPLIER }).click();
      await expectH1(page, SUPPLIER);
      await screenshot(page, 'directory-2-supplier-en');
      await expectAccessible(page, 'the supplier page');
      await switchLanguage(page, 'Deutsch');
      await page.getByRole('heading', { name: 'Zuverlässigkeit', exact: true }).waitFor();
      await screenshot(page, 'directory-3-supplier-de');
      await expectAccessible(page, 'the supplier page (German)');
      await switchLanguage(page, 'English');

      // A certificate with its file: the link in the certificates table saves it as uploaded.
      await page.getByRole('button', { name: 'Add certificate', exact: true }).click();
      const add = page.getByRole('dialog', { name: `Add a certificate of ${SUPPLIER}` });
      await add.getByRole('textbox', { name: 'Certificate', exact: true }).fill('ISO 9001');
      await add.locator('input[type=file]').setInputFiles(CERTIFICATE);
      await add.getByRole('status').filter({ hasText: CERTIFICATE.name }).waitFor();
      await add.getByRole('button', { name: 'Save', exact: true }).click();
      await add.waitFor({ state: 'hidden' });
      const certificates = page.getByRole('table', { name: 'Certificates', exact: true });
      const certificateUrl = await expectDownload(page, certificates.getByRole('link', { name: 'ISO 9001', exact: true }), CERTIFICATE, 'directory-certificate');
      expect(certificateUrl).toMatch(/^\/api\/files\/[0-9a-f-]{36}$/);
      await screenshot(page, 'directory-2a-certificate');
      await signOut(page);

      // A supplier's portal user, signed in, gets a refusal at the same address.
      await signIn(page, DEMO.supplier);
      await expectPath(page, '/tasks');
      expect(await expectRefused(page, certificateUrl, CERTIFICATE)).toBe(404);
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
