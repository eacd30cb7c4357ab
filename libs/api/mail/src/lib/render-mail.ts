import { Locale } from '@bc/shared/domain';

export interface MailContent {
  locale: Locale;
  /** The heading, also the first line of the plain text. */
  title: string;
  paragraphs: string[];
  /** Facts as label and value (reference, deadline, buyer). */
  rows?: Array<[label: string, value: string]>;
  /** The one thing the reader should do, as a button-like link. */
  action?: { label: string; url: string };
  /** A closing line in small print (why the reader gets this). */
  footer?: string;
}

export interface RenderedMail {
  html: string;
  text: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const FONT = 'font-family:Arial,Helvetica,sans-serif;';

/**
 * An email for old, strict B2B inboxes: table-based HTML with inline styles only, no images,
 * stylesheets or fonts from elsewhere, and a plain-text part that says the same.
 */
export function renderMail(content: MailContent): RenderedMail {
  const action = content.action;
  if (action && !/^https?:\/\//i.test(action.url)) throw new Error(`An action link must be http(s): ${action.url}`);

  const paragraphs = content.paragraphs
    .map((p) => `<tr><td style="${FONT}font-size:14px;line-height:20px;color:#222222;padding:0 0 12px 0;">${escapeHtml(p)}</td></tr>`)
    .join('\n');
  const rows = content.rows?.length
    ? `<tr><td style="padding:4px 0 16px 0;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">\n${content.rows
        .map(
          ([label, value]) =>
            `<tr><td style="${FONT}font-size:13px;color:#555555;padding:6px 12px 6px 0;border-bottom:1px solid #e0e0e0;width:35%;vertical-align:top;">${escapeHtml(label)}</td>` +
            `<td style="${FONT}font-size:13px;color:#222222;padding:6px 0;border-bottom:1px solid #e0e0e0;vertical-align:top;">${escapeHtml(value)}</td></tr>`,
        )
        .join('\n')}\n</table></td></tr>`
    : '';
  const button = action
    ? `<tr><td style="padding:8px 0 16px 0;"><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>` +
      `<td style="background-color:#1f4e79;padding:10px 18px;"><a href="${escapeHtml(action.url)}" style="${FONT}font-size:14px;color:#ffffff;text-decoration:none;font-weight:bold;">${escapeHtml(action.label)}</a></td>` +
      `</tr></table></td></tr>\n<tr><td style="${FONT}font-size:12px;color:#555555;padding:0 0 12px 0;">${escapeHtml(action.url)}</td></tr>`
    : '';
  const footer = content.footer
    ? `<tr><td style="${FONT}font-size:11px;color:#777777;padding:16px 0 0 0;border-top:1px solid #e0e0e0;">${escapeHtml(content.footer)}</td></tr>`
    : '';

  const html = `<!DOCTYPE html>
<html lang="${content.locale}">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${escapeHtml(content.title)}</title></head>
<body style="margin:0;padding:0;background-color:#f4f4f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f4;">
<tr><td align="center" style="padding:16px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border:1px solid #dddddd;">
<tr><td style="padding:20px 24px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="${FONT}font-size:20px;font-weight:bold;color:#1f4e79;padding:0 0 16px 0;">${escapeHtml(content.title)}</td></tr>
${paragraphs}
${rows}
${button}
${footer}
</table>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

  const width = Math.max(0, ...(content.rows ?? []).map(([label]) => label.length));
  const text = [
    content.title,
    '='.repeat(Math.min(content.title.length, 72)),
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.rows?.length ? [...content.rows.map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}`), ''] : []),
    ...(action ? [`${action.label}:`, action.url, ''] : []),
    ...(content.footer ? ['--', content.footer, ''] : []),
  ].join('\n');
  return { html, text };
}
