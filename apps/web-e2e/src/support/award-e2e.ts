/*
 * Steps of the award journey that recur: the case's stage badge, the RFQ status line, the reason
 * dialog, a request in the supplier portal, an evaluator's own scores, the closing wait, and PDFs
 * fetched with the signed-in person's session and kept next to the screenshots.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const RESULTS_DIR = resolve(__dirname, '../../../../test-results/web-e2e');
const MINUTE = 60_000;

/** The stage badge in the case header (the case page) or the page header (the RFQ page). */
export async function expectStage(page: Page, stage: string): Promise<void> {
  const badge = page.locator('header bc-stage-badge, .bc-page-header bc-stage-badge').first();
  try {
    await page.locator('header bc-stage-badge, .bc-page-header bc-stage-badge').filter({ hasText: new RegExp(`^\\s*${stage}\\s*$`) }).first().waitFor();
  } catch {
    throw new Error(`Expected the case to be in stage "${stage}", the page shows "${await badge.innerText().catch(() => '?')}"`);
  }
}

/** The RFQ page's status line (reference, status, closing time). */
export async function expectRfqStatus(page: Page, reference: string, status: string): Promise<void> {
  const line = page.getByRole('status').filter({ hasText: reference });
  try {
    await line.locator('.bc-status', { hasText: new RegExp(`^\\s*${status}\\s*$`) }).waitFor();
  } catch {
    throw new Error(`Expected ${reference} to be "${status}", the status line reads "${await line.innerText().catch(() => '?')}"`);
  }
}

/** Answers the reason dialog that is open and waits for it to close. */
export async function giveReason(page: Page, reason: string, confirm: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(reason);
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** From the portal's start page, opens the request (open or past) by its reference. */
export async function openRequestInPortal(page: Page, reference: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Supplier portal', exact: true }).waitFor();
  await page.getByRole('link', { name: `Open ${reference}`, exact: true }).click();
  await page.waitForURL((url) => /^\/portal\/rfqs\/[0-9a-f-]{36}$/.test(url.pathname));
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${reference} `) }).waitFor();
}

/**
 * Scores every cell of "My scores" that is open to the signed-in evaluator: `scoreOf` gives the
 * score by supplier and criterion. Returns what was scored, as "supplier / criterion = score".
 */
export async function scoreOpenCells(page: Page, scoreOf: (supplier: string, criterion: string) => number): Promise<string[]> {
  const mine = page.getByRole('table', { name: 'My scores', exact: true });
  await mine.waitFor();
  const inputs = mine.getByRole('spinbutton', { name: /^Score \(0–10\) – / });
  const count = await inputs.count();
  const done: string[] = [];
  for (let i = 0; i < count; i++) {
    const input = inputs.nth(i);
    const label = (await input.getAttribute('aria-label')) ?? '';
    const match = /^Score \(0–10\) – (.+?), (.+)$/.exec(label);
    if (!match) throw new Error(`Unexpected name of a score field: "${label}"`);
    const [, supplier, criterion] = match;
    const score = scoreOf(supplier, criterion);
    const form = input.locator('xpath=ancestor::form[1]');
    await input.fill(String(score));
    await form.getByRole('textbox', { name: /^Comment – / }).fill(`${criterion}: ${score} of 10 for ${supplier}, from the quote and the answers to the requirements.`);
    await form.getByRole('button', { name: 'Save score', exact: true }).click();
    try {
      await form.getByText(new RegExp(`^\\s*Your current score: ${score} `)).waitFor();
    } catch {
      throw new Error(`The score ${score} of ${supplier} on ${criterion} was not saved; the cell reads "${await form.innerText().catch(() => '?')}"`);
    }
    done.push(`${supplier} / ${criterion} = ${score}`);
  }
  return done;
}

/** Reloads the RFQ page until the closing job has closed it (at most `graceMinutes` after `closesAt`). */
export async function waitForRfqClosed(page: Page, reference: string, closesAt: number, graceMinutes = 3): Promise<void> {
  const line = page.getByRole('status').filter({ hasText: reference });
  const closed = line.locator('.bc-status', { hasText: /^\s*Closed\s*$/ });
  await line.waitFor();
  const giveUp = closesAt + graceMinutes * MINUTE;
  while (!(await closed.isVisible())) {
    if (Date.now() > giveUp) {
      throw new Error(
        `${reference} should have closed at ${new Date(closesAt).toISOString()}; at ${new Date().toISOString()} its status line still reads "${await line.innerText().catch(() => '?')}"`,
      );
    }
    await page.waitForTimeout(Math.min(10_000, Math.max(1_000, closesAt + 2_000 - Date.now())));
    await page.reload();
    await line.waitFor();
  }
}

/**
 * GETs a PDF with the page's session, checks that it is one (200, application/pdf, "%PDF-") and
 * keeps it in the screenshot folder as `<name>.pdf`. Returns its size in bytes.
 */
export async function downloadPdf(page: Page, path: string, name: string): Promise<number> {
  const response = await page.request.get(path);
  const body = await response.body();
  if (response.status() !== 200) throw new Error(`GET ${path} answered ${response.status()}: ${body.toString('utf8').slice(0, 300)}`);
  const type = response.headers()['content-type'] ?? '';
  if (!type.startsWith('application/pdf')) throw new Error(`GET ${path} answered ${type}, not application/pdf`);
  if (body.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`GET ${path} does not start like a PDF`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${name}.pdf`), body);
  return body.length;
}

