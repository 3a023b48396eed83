/**
 * The source report as records quote it. The text file keeps the PDF's line and page
 * breaks, which fall mid-phrase ("“武\n\n宁创新发展轴”"); a quote is exact once those
 * breaks are removed, and nothing else is normalised (not even the stray " and ").
 */

/** Removes line breaks and the whitespace around them. */
export function normaliseSource(text: string): string {
  return text.replace(/\s*\n\s*/g, '');
}

/** True when `quote` is a passage of the (normalised) source. */
export function isQuoteOf(quote: string, normalisedSource: string): boolean {
  return quote.length > 0 && normalisedSource.includes(quote);
}

/** How a figure is written in the source, e.g. `10亿元`, `22.83%`. */
export function figureText(value: number, unit: string): string {
  return `${value}${unit}`;
}
