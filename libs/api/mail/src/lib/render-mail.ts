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
  /**
   * The line inbox lists show after the subject (hidden in the message itself). Defaults to the first
   * paragraph that is not a greeting, so the list shows what the email is about, not "Hello".
   */
  preheader?: string;
}

export interface RenderedMail {
  html: string;
  text: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
/** Long words (a SHA-256, a link) wrap instead of widening the message past a phone's screen. */
const WRAP = 'word-wrap:break-word;overflow-wrap:anywhere;';
/** Labels wrap between words only: their column keeps the width of its longest word ("Verhandlungsrunde"). */
const WRAP_WORDS = 'word-wrap:break-word;overflow-wrap:break-word;';
/** Labels longer than this are not padded into a column in the text part: each row then takes two lines. */
const TEXT_COLUMN_MAX = 24;
const GREETING = /^(hello|hi|dear|guten tag|hallo|sehr geehrte)\b.*,$/i;

/** The rows of the plain-text part: aligned columns while the labels are short, else one item per line. */
function textRows(rows: Array<[string, string]>): string[] {
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  if (width <= TEXT_COLUMN_MAX) return rows.map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}`);
  return rows.flatMap(([label, value]) => [`${label}:`, `    ${value}`]);
}

/**
 * An email for old, strict B2B inboxes: table-based HTML with inline styles only, no images,
 * stylesheets or fonts from elsewhere, and a plain-text part that says the same.
 */
export function renderMail(content: MailContent): RenderedMail {
  const action = content.action;
  if (action && !/^https?:\/\//i.test(action.url)) throw new Error(`An action link must be http(s): ${action.url}`);

  const preheader = (content.preheader ?? content.paragraphs.find((p) => !GREETING.test(p.trim())) ?? '').replace(/\s+/g, ' ').trim();
  const paragraphs = content.paragraphs
    .map((p) => `<tr><td style="${FONT}${WRAP}font-size:14px;line-height:20px;color:#222222;padding:0 0 12px 0;">${escapeHtml(p)}</td></tr>`)
    .join('\n');
  const rows = content.rows?.length
    ? `<tr><td style="padding:4px 0 16px 0;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">\n${content.rows
        .map(
          ([label, value]) =>
            `<tr><td style="${FONT}${WRAP_WORDS}font-size:13px;line-height:18px;color:#555555;padding:6px 12px 6px 0;border-bottom:1px solid #e0e0e0;width:35%;vertical-align:top;">${escapeHtml(label)}</td>` +
            `<td style="${FONT}${WRAP}font-size:13px;line-height:18px;color:#222222;padding:6px 0;border-bottom:1px solid #e0e0e0;vertical-align:top;">${escapeHtml(value)}</td></tr>`,
        )
        .join('\n')}\n</table></td></tr>`
    : '';
  const button = action
    ? `<tr><td style="padding:8px 0 16px 0;"><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>` +
      `<td style="background-color:#1f4e79;padding:10px 18px;"><a href="${escapeHtml(action.url)}" style="${FONT}font-size:14px;line-height:20px;color:#ffffff;text-decoration:none;font-weight:bold;">${escapeHtml(action.label)}</a></td>` +
      `</tr></table></td></tr>\n<tr><td style="${FONT}font-size:12px;line-height:16px;color:#555555;padding:0 0 12px 0;word-break:break-all;">${escapeHtml(action.url)}</td></tr>`
    : '';
  const footer = content.footer
    ? `<tr><td style="${FONT}${WRAP}font-size:11px;line-height:15px;color:#777777;padding:16px 0 0 0;border-top:1px solid #e0e0e0;">${escapeHtml(content.footer)}</td></tr>`
    : '';

  const html = `<!DOCTYPE html>
<html lang="${content.locale}">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="x-apple-disable-message-reformatting"><title>${escapeHtml(content.title)}</title></head>
<body style="margin:0;padding:0;background-color:#f4f4f4;-webkit-text-size-adjust:100%;">
<span style="display:none;font-size:1px;line-height:1px;color:#f4f4f4;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;">${escapeHtml(preheader)}${'&#8199;&#847;'.repeat(40)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f4;">
<tr><td align="center" style="padding:12px 8px;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border:1px solid #dddddd;">
<tr><td style="padding:20px 16px 20px 20px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="table-layout:fixed;">
<tr><td style="${FONT}${WRAP}font-size:20px;line-height:26px;font-weight:bold;color:#1f4e79;padding:0 0 16px 0;">${escapeHtml(content.title)}</td></tr>
${paragraphs}
${rows}
${button}
${footer}
</table>
</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`;

  const text = [
    content.title,
    '='.repeat(Math.min(content.title.length, 72)),
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.rows?.length ? [...textRows(content.rows), ''] : []),
    ...(action ? [`${action.label}:`, action.url, ''] : []),
    ...(content.footer ? ['--', content.footer, ''] : []),
  ].join('\n');
  return { html, text };
}
