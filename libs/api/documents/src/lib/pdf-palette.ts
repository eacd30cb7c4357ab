/** The one palette and page margin of every PDF of the product. */
export const PDF_PALETTE = {
  /** Headings, rules under them, the reference in the page header. */
  accent: '#1f3a5f',
  text: '#1a1a1a',
  muted: '#5b6470',
  /** Thin rules: page header and footer, table lines. */
  rule: '#c9d1db',
  /** Draft watermark and banners, wide-spread flags. */
  alert: '#b3261e',
  warn: '#8a5300',
  warnFill: '#fff4e0',
  ok: '#1e6b35',
  bad: '#a4262c',
} as const;

/** Left, right and (by default) top and bottom margin, in points; the page frame sits inside it. */
export const PDF_MARGIN = 50;
