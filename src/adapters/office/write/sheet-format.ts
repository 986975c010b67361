import type { GeneratedCellStyle } from '../../../engine/plan/types';
import type { BorderEdge, RangeFormat } from '../excel-surface';
import { HIGHLIGHT_COLORS } from './highlight-colors';

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** The style as a key: cells with equal keys are styled together, one rectangle at a time. */
export function styleKey(style: GeneratedCellStyle | undefined): string {
  if (!style) return '';
  const { bold, wrap, align, border, fill } = style;
  const key = JSON.stringify({ bold, wrap, align, border, fill: fill === 'none' ? undefined : fill });
  return key === '{}' ? '' : key;
}

/**
 * Styles a rectangle of equally styled cells through `range.format` (a few actions whatever
 * its size, where per-cell properties would weigh hundreds of bytes per cell). Inside borders
 * are set only where the rectangle has inside lines.
 */
export function applyStyle(format: RangeFormat, style: GeneratedCellStyle, rows: number, cols: number): void {
  if (style.bold) format.font.bold = true;
  if (style.wrap) {
    format.wrapText = true;
    format.verticalAlignment = 'Top';
  }
  if (style.align) format.horizontalAlignment = ALIGN[style.align];
  if (style.fill && style.fill !== 'none') format.fill.color = HIGHLIGHT_COLORS[style.fill];
  if (style.border) {
    const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (rows > 1) edges.push('InsideHorizontal');
    if (cols > 1) edges.push('InsideVertical');
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#000000';
    }
  }
}

/** Actions `applyStyle` queues, for the request-size estimate. */
export function styleActionCount(style: GeneratedCellStyle): number {
  return (style.bold ? 1 : 0) + (style.wrap ? 2 : 0) + (style.align ? 1 : 0) + (style.fill && style.fill !== 'none' ? 1 : 0) + (style.border ? 18 : 0);
}

/**
 * A column width in Excel's character units (what the plan and .xlsx files use) to points (what
 * Office.js uses): Calibri 11's digit is 7 px wide plus 5 px of padding, and 1 px is 0.75 pt.
 */
export function charactersToPoints(characters: number): number {
  return Math.round(Math.trunc(characters * 7 + 5) * 0.75 * 100) / 100;
}
