/*
 * Steps of the live reverse auction scenario (issue 15): the buyer's schedule dialog, a bidder's
 * bid form, reading the clock section of either live page, and waiting for a moment by the clock.
 */
import type { Locator, Page } from 'playwright-core';
import { dialogTitled } from './rfq-e2e';

export interface AuctionSettings {
  /** The start as a datetime-local value in the browser's time zone. */
  startsAt: string;
  durationMinutes: number;
  decrementPercent: string;
  softCloseMinutes: number;
  extensionMinutes: number;
  capMinutes: number;
}

/** Fills the "Schedule reverse auction" dialog (bids on the total, ranked by price, bidders see their rank) and sends it. */
export async function scheduleAuction(page: Page, s: AuctionSettings): Promise<void> {
  const panel = page.getByRole('region', { name: 'Reverse auctions', exact: true });
  await panel.getByRole('button', { name: 'Schedule reverse auction', exact: true }).click();
  const dialog = await dialogTitled(page, 'Schedule reverse auction');
  await dialog.getByLabel('Start', { exact: true }).fill(s.startsAt);
  await dialog.getByRole('spinbutton', { name: 'Duration (minutes)' }).fill(String(s.durationMinutes));
  await dialog.getByRole('textbox', { name: 'Minimum decrement', exact: true }).fill(s.decrementPercent);
  await dialog.getByRole('spinbutton', { name: 'Window N (minutes)' }).fill(String(s.softCloseMinutes));
  await dialog.getByRole('spinbutton', { name: 'Extension M (minutes)' }).fill(String(s.extensionMinutes));
  await dialog.getByRole('spinbutton', { name: 'Cap (minutes, optional)' }).fill(String(s.capMinutes));
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The live page's clock section (status, countdown, end, extensions). */
export function clockOf(page: Page): Locator {
  return page.locator('section.bc-auction-clock');
}

/** Waits for the live page's status chip to read `status` (the words of the active language). */
export async function expectAuctionStatus(page: Page, status: string | RegExp, timeout?: number): Promise<void> {
  const chip = clockOf(page).locator('.bc-status');
  try {
    await chip.filter({ hasText: status }).waitFor({ timeout });
  } catch {
    throw new Error(`Expected the auction status "${status}" at ${page.url()}, it reads "${await chip.innerText().catch(() => '?')}"`);
  }
}

/** The clock section's "Ends <date> · Times follow the server clock" line. */
export function endsAtLine(page: Page): Locator {
  return clockOf(page).getByText(/^(Ends|Endet) .+ · /);
}

/** The "Ends …" line of the clock section, as shown. */
export async function endsAtText(page: Page): Promise<string> {
  return (await endsAtLine(page).innerText()).trim();
}

/**
 * Places a bid on the total through the bidder's form and waits for its confirmation ("Bid received:
 * €…"). Returns what the form said the next valid bid was before, and the amount the server took (a
 * total bid scales the line prices down to four places, so it may be a cent below the one typed).
 */
export async function placeBid(page: Page, amount: string): Promise<{ next: string; received: string }> {
  const form = page.getByRole('region', { name: 'Your bid', exact: true });
  const next = (await form.getByText(/^Your next bid may be at most /).innerText()).trim();
  await form.getByRole('textbox', { name: /^New total/ }).fill(amount);
  await form.getByRole('button', { name: 'Place bid', exact: true }).click();
  const confirmation = (await form.getByText(/^Bid received: /).innerText()).trim();
  return { next, received: confirmation.replace(/^Bid received: /, '') };
}

/** Waits until the clock of this machine (the server's too: both run here) reaches `at` (epoch ms). */
export async function waitUntil(page: Page, at: number): Promise<void> {
  const wait = at - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
}

/** The whole page must fit the viewport's width (no sideways scrolling on a phone). */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  if (scroll > width) throw new Error(`${where} scrolls sideways at ${width} px: the page is ${scroll} px wide`);
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.bc-table-wrap'))
      .filter((w) => w.scrollWidth > w.clientWidth + 1)
      .map((w) => `${w.closest('section')?.querySelector('h2')?.textContent?.trim() ?? '?'}: ${w.scrollWidth} > ${w.clientWidth}`),
  );
  if (wide.length) throw new Error(`${where}: a table scrolls sideways at ${width} px (${wide.join('; ')})`);
}
