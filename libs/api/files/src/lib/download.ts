import type { Response } from 'express';
import { create as contentDisposition } from 'content-disposition';
import type { Readable } from 'node:stream';

export const MAX_FILE_NAME_LENGTH = 255;

/**
 * Characters a file name must never carry: C0/C1 controls and DEL (they break headers and logs)
 * and the bidirectional controls (U+202E and friends make `gpj.exe` read as `exe.jpg`).
 */
const UNSAFE_IN_NAMES = /[\p{Cc}\p{Bidi_Control}]/gu;

/** A file name fit to show and to send back in Content-Disposition: no path, no control or bidi characters. */
export function cleanFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  return [...base.replace(UNSAFE_IN_NAMES, '').trim()].slice(0, MAX_FILE_NAME_LENGTH).join('');
}

/** The plain-ASCII `filename=` for clients without RFC 5987: accents dropped (ü → u), anything else non-ASCII as `_`. */
function asciiFallback(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
}

export interface Download {
  /** Shown to the user as the saved file's name; cleaned again here, whatever its source. */
  name: string;
  contentType: string;
  body: Buffer | Readable;
  /** Extra headers for this kind of download (e.g. `X-Content-SHA256`). */
  headers?: Record<string, string>;
}

/**
 * The one way the product sends a file: always an attachment (never rendered in our origin), the
 * name per RFC 6266 with its UTF-8 kept in `filename*` (RFC 5987/8187), not sniffed, not cached.
 */
export function sendDownload(res: Response, download: Download): void {
  const name = cleanFileName(download.name) || 'download';
  res.setHeader('Content-Type', download.contentType);
  res.setHeader('Content-Disposition', contentDisposition(name, { fallback: asciiFallback(name) }));
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  for (const [header, value] of Object.entries(download.headers ?? {})) res.setHeader(header, value);
  if (Buffer.isBuffer(download.body)) {
    res.setHeader('Content-Length', String(download.body.length));
    res.end(download.body);
    return;
  }
  const stream = download.body;
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
