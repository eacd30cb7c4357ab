import type { Browser, Page } from 'playwright-core';
import { DEMO, expectH1, expectPath, launchBrowser, openAndSignIn, scenario, screenshot, switchLanguage, openFromNav } from './support/e2e';

/*
 * A form says what is wrong at the field, in the reader's language: the need form with a negative
 * quantity, a 20-digit value, a too-long unit and a past date shows a message under each field,
 * not only a red frame, and a length counter instead of cutting the text.
 */

/** The error text shown under the form field labelled `label`. */
async function errorUnder(page: Page, label: string): Promise<string> {
  const field = page.locator('mat-form-field').filter({ has: page.getByLabel(label, { exact: true }) });
  return (await field.locator('mat-error').innerText()).trim();
}

describe('forms say what is wrong', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the need form shows a message at every invalid field, in English and in German', async () => {
    await scenario(browser, 'need-form-errors', async (page) => {
      await openAndSignIn(page, DEMO.requester);
      await openFromNav(page, 'My needs');
      await page.getByRole('link', { name: 'Raise a need' }).click();
      await expectH1(page, 'Raise a need');
      await page.getByLabel('Title').fill('Safety gloves');
      await page.getByLabel('Justification').fill('Stock runs out');
      await page.getByLabel('Quantity').fill('-2');
      await page.getByLabel('Unit', { exact: true }).fill('boxes of one hundred pcs');
      await page.getByLabel('Needed by').fill('2020-01-31');
      await page.getByLabel('Estimated value').fill('20000000000000000000');
      // Limits are shown as counters, and a longer text is kept (to be corrected), not cut at the limit.
      await page.getByText('13 / 200', { exact: true }).waitFor();
      expect(await page.getByLabel('Unit', { exact: true }).inputValue()).toBe('boxes of one hundred pcs');
      await page.getByRole('button', { name: 'Submit need' }).click();

      expect(await errorUnder(page, 'Quantity')).toBe('Enter 0 or more');
      expect(await errorUnder(page, 'Unit')).toBe('At most 20 characters');
      expect(await errorUnder(page, 'Needed by')).toBe('This date is in the past');
      expect(await errorUnder(page, 'Estimated value')).toMatch(/\b14\b.*\b2\b/);
      await screenshot(page, 'need-form-errors-en');

      await switchLanguage(page, 'Deutsch');
      await expectH1(page, 'Bedarf melden');
      expect(await errorUnder(page, 'Menge')).toBe('Bitte 0 oder mehr eingeben');
      expect(await errorUnder(page, 'Einheit')).toBe('Höchstens 20 Zeichen');
      await screenshot(page, 'need-form-errors-de');
    });
  });
});
