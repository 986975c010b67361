import type { Warning } from '../check/codes';
import { parseA1 } from '../workbook/a1';
import { WARNINGS_SHEET } from '../workbook/tool-sheets';
import type { Workbook } from '../workbook/types';
import type { GeneratedCell, GeneratedSheet } from './types';


const HEADER = ['No', 'Lembar', 'Sel', 'Kode', 'Tingkat', 'Pesan'] as const;
const SEVERITY_LABEL = { error: 'Galat', warning: 'Peringatan', info: 'Info' } as const;

const text = (value: string, bold = false): GeneratedCell => ({ kind: 'text', value, style: { border: true, wrap: true, ...(bold ? { bold: true, align: 'center' as const } : {}) } });

/** The `Peringatan LKjIP` sheet: every warning, one row each, replaced on each run (SPEC §5). */
export function warningsSheet(warnings: readonly Warning[]): GeneratedSheet {
  const rows: (GeneratedCell | null)[][] = [HEADER.map((h) => text(h, true))];
  warnings.forEach((w, i) => {
    rows.push([
      { kind: 'number', value: i + 1, style: { border: true } },
      text(w.sheet),
      text(w.cell),
      text(w.code),
      { ...text(SEVERITY_LABEL[w.severity]), style: { border: true, fill: w.severity } },
      // Not wrapped: a long message runs on to the right instead of hiding under the next row.
      { kind: 'text', value: w.message, style: { border: true } },
    ]);
  });
  return {
    name: WARNINGS_SHEET,
    rows,
    merges: [],
    columnWidths: [6, 22, 8, 26, 12, 110],
    freeze: { rows: 1, cols: 0 },
    printLandscapeFitWidth: true,
  };
}

/** Cells the previous run highlighted, as listed on its `Peringatan LKjIP` sheet. */
export function previouslyHighlighted(workbook: Workbook): { sheet: string; row: number; col: number }[] {
  const sheet = workbook.sheets.find((s) => s.name === WARNINGS_SHEET);
  if (!sheet) return [];
  const out: { sheet: string; row: number; col: number }[] = [];
  for (let r = 1; r < sheet.cells.height; r++) {
    const name = sheet.cells.value(r, 1);
    const ref = sheet.cells.value(r, 2);
    if (typeof name !== 'string' || typeof ref !== 'string') continue;
    const at = parseA1(ref);
    if (at && workbook.sheets.some((s) => s.name === name)) out.push({ sheet: name, row: at.row, col: at.col });
  }
  return out;
}

export { WARNINGS_SHEET };
