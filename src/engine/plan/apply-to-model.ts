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
  const byName = new Map(plan.cells.filter((w) => w.content).map((w) => [`${w.sheet}\u0000${w.row}\u0000${w.col}`, w.content!]));
  const sheets = workbook.sheets.map((sheet) => {
    const writes = plan.cells.filter((w) => w.sheet === sheet.name && w.content);
    if (writes.length === 0) return sheet;
    const rows = sheet.rows.map((row) => (row ? [...row] : row));
    for (const w of writes) {
      const content = byName.get(`${w.sheet}\u0000${w.row}\u0000${w.col}`)!;
      const row = rows[w.row] ? [...rows[w.row]!] : [];
      row[w.col] = cellOf(content, row[w.col]);
      rows[w.row] = row;
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
