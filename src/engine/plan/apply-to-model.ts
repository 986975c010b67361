import type { Cell, Sheet, Workbook } from '../workbook/types';
import type { CellContent, GeneratedSheet, WritePlan } from './types';

function cellOf(content: CellContent, previous: Cell | undefined): Cell | undefined {
  switch (content.kind) {
    case 'number':
      return { value: content.value, ...(content.numFmt ?? previous?.numFmt ? { numFmt: content.numFmt ?? previous?.numFmt } : {}) };
    case 'text':
      return { value: content.value };
    case 'formula':
      return { value: content.cached, formula: content.formula, ...(content.numFmt ? { numFmt: content.numFmt } : {}) };
    case 'empty':
      return undefined;
  }
}

function generated(sheet: GeneratedSheet): Sheet {
  return {
    name: sheet.name,
    rows: sheet.rows.map((row) => row.map((c) => (c ? cellOf(c, undefined) : undefined))),
    merges: sheet.merges,
    ...(sheet.visibility ? { hidden: true } : {}),
  };
}

/**
 * The workbook as it will be after a plan is written, in memory: what a writer does to a file or
 * to Excel, for re-checking after Hitung Ulang and for tests. Fills are not part of the model.
 */
export function applyPlanToModel(workbook: Workbook, plan: WritePlan): Workbook {
  const writesBySheet = new Map<string, { row: number; col: number; content: CellContent }[]>();
  for (const w of plan.cells) {
    if (!w.content) continue;
    const list = writesBySheet.get(w.sheet);
    const write = { row: w.row, col: w.col, content: w.content };
    if (list) list.push(write);
    else writesBySheet.set(w.sheet, [write]);
  }
  const sheets = workbook.sheets.map((sheet) => {
    const writes = writesBySheet.get(sheet.name);
    if (!writes) return sheet;
    // Rows are shared with the input model; only the rows written into are copied, once each.
    const rows: (ReadonlyArray<Cell | undefined> | undefined)[] = sheet.rows.slice();
    const copies = new Map<number, (Cell | undefined)[]>();
    for (const w of writes) {
      let row = copies.get(w.row);
      if (!row) {
        row = rows[w.row] ? [...rows[w.row]!] : [];
        copies.set(w.row, row);
        rows[w.row] = row;
      }
      row[w.col] = cellOf(w.content, row[w.col]);
    }
    return { ...sheet, rows };
  });
  const out = [...sheets];
  for (const g of plan.sheets) {
    const index = out.findIndex((s) => s.name === g.name);
    if (index >= 0) out[index] = generated(g);
    else out.push(generated(g));
  }
  return { ...workbook, sheets: out };
}
