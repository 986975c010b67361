import { HIGHLIGHT_RGB } from '../../../engine/plan/highlight-colors';
import type { Fill } from '../../../engine/plan/types';

/** Highlight colours per severity (SPEC §5) as the ARGB that styles.xml holds. */
export const HIGHLIGHT_COLORS: Readonly<Record<Exclude<Fill, 'none'>, string>> = {
  error: `FF${HIGHLIGHT_RGB.error}`,
  warning: `FF${HIGHLIGHT_RGB.warning}`,
  info: `FF${HIGHLIGHT_RGB.info}`,
};

const OUR_COLORS = new Set(Object.values(HIGHLIGHT_COLORS));

/** styles.xml for a workbook that has none: what Excel itself writes for an empty workbook. */
export const MINIMAL_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The items Excel expects at the start of each collection; `p` is the namespace prefix. */
export const defaultItems = (p: string) => ({
  font: `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`,
  noFill: `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
  grayFill: `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
  border: `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`,
  xf: `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`,
});

export function highlightFillXml(p: string, fill: Exclude<Fill, 'none'>): string {
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${HIGHLIGHT_COLORS[fill]}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

/** Whether a `<fill>` is one of our highlights (solid, in one of our colours). */
export function isHighlightFillXml(xml: string): boolean {
  if (!/patternType\s*=\s*["']solid["']/.test(xml)) return false;
  const rgb = /<(?:[\w.-]+:)?fgColor\b[^>]*\brgb\s*=\s*["']([0-9A-Fa-f]{8})["']/.exec(xml)?.[1];
  return rgb !== undefined && OUR_COLORS.has(rgb.toUpperCase());
}

export function thinBorderXml(p: string): string {
  const side = (name: string): string => `<${p}${name} style="thin"><${p}color indexed="64"/></${p}${name}>`;
  return `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`;
}

/** `font` (a `<font>` element) made bold, or undefined when it already is. */
export function boldFontXml(p: string, font: string): string | undefined {
  if (/<(?:[\w.-]+:)?b\s*\/>/.test(font)) return undefined;
  if (font.endsWith('/>')) return `${font.slice(0, -2)}><${p}b/></${p}font>`;
  const openEnd = font.indexOf('>') + 1;
  // `b` comes first among a font's children.
  return `${font.slice(0, openEnd)}<${p}b/>${font.slice(openEnd)}`;
}
