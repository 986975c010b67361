import { decimalsOfFormat } from '../engine/compute/precision';
import { isCellError, type Cell } from '../engine/workbook/types';

/** General-format numbers can carry 15 digits; the preview shows at most this many decimals. */
const MAX_GENERAL_DECIMALS = 4;

/** `1234567.5` at 2 decimals → `1.234.567,50` (Indonesian separators, fixed decimals as Excel shows them). */
export function formatFixedId(value: number, decimals: number): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const negative = value < 0 && Number(`${whole}.${fraction ?? 0}`) !== 0;
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** What a cell shows in the page's preview: roughly what Excel shows with the cell's number format. */
export function cellDisplay(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return '';
  const { value } = cell;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isCellError(value)) return value.error;
  const percent = cell.numFmt !== undefined && /%/.test(cell.numFmt.replace(/"[^"]*"/g, ''));
  const shown = percent ? value * 100 : value;
  const decimals = Math.min(decimalsOfFormat(cell.numFmt, shown), cell.numFmt === undefined ? MAX_GENERAL_DECIMALS : 10);
  return `${formatFixedId(shown, decimals)}${percent ? '%' : ''}`;
}
