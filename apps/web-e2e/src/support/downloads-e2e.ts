/*
 * Files as people handle them in the browser: chosen in a file input (the bytes and a UTF-8 name
 * made up in memory, no fixture files), then saved through a link the way Chromium saves a
 * download. Saved copies land in test-results/web-e2e/downloads/, next to the screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';

const DOWNLOADS_DIR = resolve(__dirname, '../../../../test-results/web-e2e/downloads');

/** A file to put into a file input: a small PDF-looking body that names its run, under a UTF-8 name. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function pdfFile(name: string, marker: string): FilePayload {
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${marker}\n%%EOF\n`, 'utf8') };
}

/**
 * Clicks `link` and waits for the download it starts (also when the link opens a new tab: Chromium
 * reports that download on the page that opened it). Checks the name the browser suggests and the
 * bytes it saved, keeps a copy as downloads/<keepAs>-<name> and returns the link's address.
 */
export async function expectDownload(page: Page, link: Locator, expected: FilePayload, keepAs: string): Promise<string> {
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`The link to "${expected.name}" has no address`);
  const [download] = await Promise.all([nextDownload(page), link.click()]);
  const failure = await download.failure();
  if (failure) throw new Error(`The download of ${href} failed: ${failure}`);
  expect(download.suggestedFilename()).toBe(expected.name);
  const saved = await download.path();
  const bytes = readFileSync(saved);
  if (!bytes.equals(expected.buffer)) {
    throw new Error(`${href} saved ${bytes.length} bytes that differ from the ${expected.buffer.length} uploaded: "${bytes.toString('utf8').slice(0, 120)}"`);
  }
  mkdirSync(DOWNLOADS_DIR, { recursive: true });
  await download.saveAs(join(DOWNLOADS_DIR, `${keepAs}-${expected.name}`));
  return href;
}

/**
 * The next download the page starts: Chromium reports one that a link opens in a new tab on the
 * opener, or on the new tab once that is up; either way it is this one (and the tab is closed).
 */
function nextDownload(page: Page): Promise<Download> {
  const context = page.context();
  return new Promise<Download>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error('No download started within 20 s')), 20_000);
    const onDownload = (download: Download) => done(null, download);
    const onPopup = (popup: Page) => popup.once('download', (download) => {
      done(null, download);
      void popup.close().catch(() => undefined);
    });
    function done(error: Error | null, download?: Download): void {
      clearTimeout(timer);
      page.off('download', onDownload);
      context.off('page', onPopup);
      if (download) resolve(download);
      else reject(error);
    }
    page.on('download', onDownload);
    context.on('page', onPopup);
  });
}

/**
 * Fetches `path` from inside the page (its session cookie, same origin, as a script of a signed-in
 * user could) and expects a refusal: 403 or 404 in JSON, never the file and never the web app.
 */
export async function expectRefused(page: Page, path: string, secret: FilePayload): Promise<number> {
  const answer = await page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'same-origin' });
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
  }, path);
  const what = `${path} answered ${answer.status} (${answer.type}): ${answer.body.slice(0, 200)}`;
  if (![403, 404].includes(answer.status)) throw new Error(`Expected a refusal, ${what}`);
  if (!answer.type.startsWith('application/json') || /<html|<!doctype/i.test(answer.body)) throw new Error(`Expected a JSON refusal, not the web app: ${what}`);
  if (answer.body.includes(secret.buffer.toString('utf8').trim())) throw new Error(`The refusal gave the file away: ${what}`);
  return answer.status;
}
