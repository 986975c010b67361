import { CellGridBuilder, type CellGrid } from '../workbook/cell-grid';
import { cellKey } from '../workbook/cell-map';
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
  const cells = new CellGridBuilder();
  sheet.rows.forEach((row, r) => row.forEach((c, col) => cells.addCell(r, col, c ? cellOf(c, undefined) : undefined)));
  return { name: sheet.name, cells: cells.build(), merges: sheet.merges, ...(sheet.visibility ? { hidden: true } : {}) };
}

interface Write {
  readonly row: number;
  readonly col: number;
  readonly content: CellContent;
}

/** The grid with `writes` made: a written cell replaces the one there (an empty write clears it). */
function written(grid: CellGrid, writes: readonly Write[]): CellGrid {
  const last = new Map<number, Write>();
  for (const w of writes) last.set(cellKey(w.row, w.col), w);
  const cells = grid.rebuild((row, col) => last.has(cellKey(row, col)));
  last.forEach((w) => cells.addCell(w.row, w.col, cellOf(w.content, grid.cell(w.row, w.col))));
  return cells.build();
}

/**
 * The workbook as it will be after a plan is written, in memory: what a writer does to a file or
 * to Excel, for re-checking after Hitung Ulang and for tests. Fills are not part of the model.
 */
export function applyPlanToModel(workbook: Workbook, plan: WritePlan): Workbook {
  const writesBySheet = new Map<string, Write[]>();
  for (const w of plan.cells) {
    if (!w.content) continue;
    const list = writesBySheet.get(w.sheet);
    const write = { row: w.row, col: w.col, content: w.content };
    if (list) list.push(write);
    else writesBySheet.set(w.sheet, [write]);
  }
  const sheets = workbook.sheets.map((sheet) => {
    const writes = writesBySheet.get(sheet.name);
    return writes ? { ...sheet, cells: written(sheet.cells, writes) } : sheet;
  });
  const out = [...sheets];
  for (const g of plan.sheets) {
    const index = out.findIndex((s) => s.name === g.name);
    if (index >= 0) out[index] = generated(g);
    else out.push(generated(g));
  }
  return { ...workbook, sheets: out };
}
