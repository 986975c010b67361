import type { Fill } from '../../../engine/plan/types';
import type { CellFormatProps } from '../excel-surface';

/** One fill per severity (SPEC §5), the same colours the .xlsx writer uses. */
export const HIGHLIGHT_COLORS: Readonly<Record<Exclude<Fill, 'none'>, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const OURS = new Set(Object.values(HIGHLIGHT_COLORS));

/** Whether a cell's fill is one of our highlights, which a later run may remove. */
export function isOurHighlight(fill: CellFormatProps['fill'] | undefined): boolean {
  return fill?.pattern === 'Solid' && typeof fill.color === 'string' && OURS.has(fill.color.toUpperCase());
}

/** No fill at all (Excel's `pattern` is `None`): restored with `fill.clear()`. */
export function isNoFill(fill: CellFormatProps['fill'] | undefined): boolean {
  return fill === undefined || fill.pattern === undefined || fill.pattern === 'None';
}
