/*
 * Steps of the RFQ scenario that recur: tabs, the reason and confirm dialogs, a datetime-local
 * value in the browser's own time zone, filling a supplier's quote and reading its receipt.
 */
import type { Locator, Page } from 'playwright-core';

/** Clicks the tab whose name matches and waits for it to be the selected one. */
export async function openTab(page: Page, name: string | RegExp): Promise<void> {
  const exact = typeof name === 'string';
  await page.getByRole('tab', { name, exact }).click();
  await page.getByRole('tab', { name, exact, selected: true }).waitFor();
}

/** The dialog of that title: waits for it to open. */
export async function dialogTitled(page: Page, title: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: title, exact: true });
  await dialog.waitFor({ state: 'visible' });
  return dialog;
}

/** Presses the dialog's button and waits for the dialog to close. */
export async function confirmDialog(dialog: Locator, button: string): Promise<void> {
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * A moment `minutes` from now, rounded up to the whole minute, as a datetime-local input takes
 * it in the browser's own time zone; and the same moment in epoch milliseconds.
 */
export async function localDateTimeIn(page: Page, minutes: number): Promise<{ value: string; at: number }> {
  return page.evaluate((ms) => {
    const d = new Date(Math.ceil((Date.now() + ms) / 60_000) * 60_000);
    const p = (n: number) => String(n).padStart(2, '0');
    const value = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    return { value, at: d.getTime() };
  }, minutes * 60_000);
}

/**
 * Fills the supplier's quote form: each line's unit price (by the start of its description),
 * a lead time where there is none, and an answer ("Met") to every requirement not answered yet.
 */
export async function fillQuote(page: Page, prices: Record<string, string>, leadTimeDays = '21'): Promise<void> {
  const form = page.getByRole('region', { name: 'Prices', exact: true });
  await form.waitFor({ state: 'visible' });
  for (const [line, price] of Object.entries(prices)) {
    const group = form.getByRole('group', { name: new RegExp(`^\\d+\\. ${escapeRegExp(line)}`) });
    await group.getByRole('textbox', { name: 'Unit price' }).fill(price);
    const leadTime = group.getByRole('spinbutton', { name: 'Lead time (days)' });
    if ((await leadTime.inputValue()) === '') await leadTime.fill(leadTimeDays);
  }
  const requirements = page.getByRole('region', { name: 'Requirements', exact: true });
  if (!(await requirements.count())) return;
  const selects = requirements.getByRole('combobox', { name: /^Your offer/ });
  const count = await selects.count();
  for (let i = 0; i < count; i++) {
    const select = selects.nth(i);
    if (/^(Met|Partly met|Not met)$/.test((await select.innerText()).trim())) continue;
    await select.click();
    await page.getByRole('option', { name: 'Met', exact: true }).click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
  }
}

/**
 * The receipt the portal shows after a submission (announced as a status): its revision, total
 * and SHA-256.
 */
export async function readReceipt(page: Page, revision: number): Promise<{ total: string; sha256: string }> {
  const receipt = page.getByRole('status', { name: 'Quote submitted – here is your receipt', exact: true });
  await receipt.waitFor({ state: 'visible' });
  const fact = (term: string) => receipt.locator('dt', { hasText: new RegExp(`^\\s*${term}\\s*$`) }).locator('xpath=following-sibling::dd[1]');
  try {
    await fact('Revision').filter({ hasText: new RegExp(`^\\s*${revision}\\s*$`) }).waitFor();
  } catch {
    throw new Error(`Expected the receipt of revision ${revision}, it shows revision "${await fact('Revision').innerText().catch(() => '?')}"`);
  }
  return {
    total: (await fact('Total').innerText()).trim(),
    sha256: (await fact('SHA-256').locator('code').innerText()).trim(),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
