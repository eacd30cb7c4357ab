import type { Response } from 'express';
import { create as contentDisposition } from 'content-disposition';
import type { Sink } from './services/ocds-export.service';

/**
 * Sends a JSON download written piece by piece, waiting for the socket to drain whenever its
 * buffer is full, so a slow reader holds back the database reads instead of filling memory. The
 * headers are those of every download (`sendDownload`): an attachment, never rendered or cached.
 */
export async function streamJson(res: Response, name: string, write: (sink: Sink) => Promise<void>): Promise<void> {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Disposition', contentDisposition(name));
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const sink: Sink = (chunk) =>
    new Promise<void>((resolve, reject) => {
      if (res.destroyed) return reject(new Error('The client went away'));
      if (res.write(chunk, 'utf8')) return resolve();
      res.once('drain', resolve);
      res.once('close', () => reject(new Error('The client went away')));
    });
  try {
    await write(sink);
    res.end();
  } catch {
    // Once the first byte is out, the status cannot change: a broken download is cut off, never completed as valid JSON.
    res.destroy();
  }
}
