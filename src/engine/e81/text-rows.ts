import type { TextRowKey } from '../i18n/e81-messages';
import type { Sheet } from '../workbook/types';

/** What the user wrote in the four text rows of an E.81 (SPEC §6), kept when the sheet is regenerated. */
export type TextRows = Partial<Record<TextRowKey, string>>;

const LABELS: readonly (readonly [TextRowKey, RegExp])[] = [
  ['pendorong', /^faktor\s+pendorong/],
  ['penghambat', /^faktor\s+penghambat/],
  ['tindakLanjutTriwulan', /^tindak\s+lanjut\b.*\btriwulan\b/],
  ['tindakLanjutRenja', /^tindak\s+lanjut\b.*\b(renja|rkpd|rencana kerja)\b/],
];

function cellText(sheet: Sheet, row: number, col: number): string {
  const v = sheet.cells.value(row, col);
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

function labelOf(text: string): TextRowKey | undefined {
  const normal = text.toLowerCase().replace(/\s+/g, ' ').replace(/^[\d.\s)-]+/, '');
  return LABELS.find(([, pattern]) => pattern.test(normal))?.[0];
}

/**
 * The four text rows of an existing E.81: on the row of each label, the text of the cells to its
 * right, or what was typed after the label's colon in the label cell itself.
 */
export function readTextRows(sheet: Sheet | undefined): TextRows {
  const out: TextRows = {};
  if (!sheet) return out;
  for (let r = 0; r < sheet.cells.height; r++) {
    const cols = sheet.cells.columnsOf(r);
    const labelCol = cols.find((c) => labelOf(cellText(sheet, r, c)) !== undefined);
    if (labelCol === undefined) continue;
    const key = labelOf(cellText(sheet, r, labelCol))!;
    if (out[key] !== undefined) continue;
    const right = cols.filter((c) => c > labelCol).map((c) => cellText(sheet, r, c)).filter((t) => t !== '');
    const label = cellText(sheet, r, labelCol);
    const colon = label.indexOf(':');
    const afterColon = colon >= 0 ? label.slice(colon + 1).trim() : '';
    const written = right.length > 0 ? right.join('\n') : afterColon;
    if (written !== '') out[key] = written;
  }
  return out;
}
