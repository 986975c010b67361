import { HIGHLIGHT_RGB } from '../../../engine/plan/highlight-colors';
import type { Fill } from '../../../engine/plan/types';
import type { CellFormatProps } from '../excel-surface';

/** One fill per severity (SPEC §5), as Office.js writes colours. */
export const HIGHLIGHT_COLORS: Readonly<Record<Exclude<Fill, 'none'>, string>> = {
  error: `#${HIGHLIGHT_RGB.error}`,
  warning: `#${HIGHLIGHT_RGB.warning}`,
  info: `#${HIGHLIGHT_RGB.info}`,
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
