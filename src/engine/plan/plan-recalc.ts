import type { Warning } from '../check/codes';
import type { Derived } from '../derive/types';
import { analyzeWorkbook, type Analysis } from '../pipeline';
import type { Settings } from '../settings/types';
import { parseA1 } from '../workbook/a1';
import { CellMap, CellSet } from '../workbook/cell-map';
import type { Workbook } from '../workbook/types';
import { applyPlanToModel } from './apply-to-model';
import { isPercentFormat } from '../values/num-format';
import { contentOf, percentAsFraction } from './column-convention';
import { formulaText, type RefReading } from './formula-text';
import type { CellWrite, Fill, WritePlan } from './types';
import { previouslyHighlighted, warningsSheet } from './warnings-sheet';

export interface RecalcPlan {
  /** Everything to write: derived cells, highlights, the warnings sheet. */
  readonly plan: WritePlan;
  /** The workbook as it will be, checked again: its warnings are what remains to fix by hand. */
  readonly after: Analysis;
  /** Derived cells whose value changes. */
  readonly corrected: number;
}

/**
 * Derived cells in their column's convention; formula cells are never written (SPEC §5). In the
 * `rumus` mode a derived cell whose inputs are numbers is written as a live formula, with the
 * engine's value as its cached result.
 */
function derivedWrites(workbook: Workbook, derived: readonly Derived[], mode: Settings['modeTulis']): CellWrite[] {
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  const rowsByColumn = new CellMap<number[]>();
  for (let i = 0; i < derived.length; i++) {
    const d = derived[i]!;
    const rows = rowsByColumn.get(d.sheet, 0, d.col);
    if (rows) rows.push(d.row);
    else rowsByColumn.set(d.sheet, 0, d.col, [d.row]);
  }
  const fractionByColumn = new CellMap<boolean>();
  const fraction = (d: Pick<Derived, 'sheet' | 'col'>): boolean => {
    let known = fractionByColumn.get(d.sheet, 0, d.col);
    if (known === undefined) {
      known = percentAsFraction(sheets.get(d.sheet)!, d.col, rowsByColumn.get(d.sheet, 0, d.col)!);
      fractionByColumn.set(d.sheet, 0, d.col, known);
    }
    return known;
  };
  // Only formulas read other cells' conventions: the `nilai` mode never builds this map.
  let byCell: CellMap<Derived> | undefined;
  const derivedAt = (sheet: string, row: number, col: number): Derived | undefined => {
    if (!byCell) {
      byCell = new CellMap<Derived>();
      for (let i = 0; i < derived.length; i++) {
        const d = derived[i]!;
        byCell.set(d.sheet, d.row, d.col, d);
      }
    }
    return byCell.get(sheet, row, col);
  };
  const reading: RefReading = (r) => {
    const d = derivedAt(r.sheet, r.row, r.col);
    if (d) return typeof d.value !== 'number' ? undefined : d.format === 'percent' && fraction(d) ? 'fraction' : 'points';
    const cells = sheets.get(r.sheet)?.cells;
    if (!cells || typeof cells.value(r.row, r.col) !== 'number') return undefined;
    return isPercentFormat(cells.numFmt(r.row, r.col)) ? 'fraction' : 'points';
  };
  const writes: CellWrite[] = [];
  const seen = new CellSet();
  for (let i = 0; i < derived.length; i++) {
    const d = derived[i]!;
    const sheet = sheets.get(d.sheet);
    if (!sheet || seen.has(d.sheet, d.row, d.col)) continue;
    seen.add(d.sheet, d.row, d.col);
    if (sheet.cells.formula(d.row, d.col) !== undefined) continue;
    const content = contentOf(d, fraction(d));
    const formula = mode === 'rumus' && d.expr ? formulaText(d.expr, d.sheet, reading) : undefined;
    if (formula !== undefined && content.kind !== 'empty') {
      const isText = content.kind === 'text';
      const body = content.kind === 'number' && d.format === 'percent' && fraction(d) ? `${formula}/100` : formula;
      writes.push({
        sheet: d.sheet, row: d.row, col: d.col,
        content: { kind: 'formula', formula: isText ? body : `IFERROR(${body},"")`, cached: content.kind === 'number' || isText ? content.value : null, ...(content.kind === 'number' && content.numFmt ? { numFmt: content.numFmt } : {}) },
      });
    } else {
      writes.push({ sheet: d.sheet, row: d.row, col: d.col, content });
    }
  }
  return writes;
}

const SEVERITY_RANK: Readonly<Record<Warning['severity'], number>> = { error: 0, warning: 1, info: 2 };

/** One fill per warned cell (the most severe), and `none` for cells the previous run highlighted that are clean now. */
function highlightWrites(workbook: Workbook, warnings: readonly Warning[]): CellWrite[] {
  const fills = new CellMap<{ sheet: string; row: number; col: number; fill: Fill; rank: number }>();
  for (const w of warnings) {
    const at = parseA1(w.cell);
    if (!at) continue;
    const rank = SEVERITY_RANK[w.severity];
    if ((fills.get(w.sheet, at.row, at.col)?.rank ?? 9) > rank) fills.set(w.sheet, at.row, at.col, { sheet: w.sheet, row: at.row, col: at.col, fill: w.severity, rank });
  }
  const out: CellWrite[] = fills.list().map(({ sheet, row, col, fill }) => ({ sheet, row, col, fill }));
  for (const p of previouslyHighlighted(workbook)) {
    if (!fills.has(p.sheet, p.row, p.col)) out.push({ ...p, fill: 'none' });
  }
  return out;
}

/**
 * Values and fills of the same cell as one write, in the order of the cells (sheet by name, row,
 * column). Values hold a cell once (fills may repeat one: the last counts); fills are few,
 * values many, so only fills are looked up.
 */
function merge(values: readonly CellWrite[], fills: readonly CellWrite[]): CellWrite[] {
  const fillAt = new CellMap<CellWrite>();
  for (const f of fills) fillAt.set(f.sheet, f.row, f.col, f);
  const merged = new CellSet();
  const cells: CellWrite[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const fill = fillAt.get(v.sheet, v.row, v.col);
    if (fill) merged.add(v.sheet, v.row, v.col);
    cells.push(fill ? { ...v, ...fill } : v);
  }
  for (const f of fillAt.list()) if (!merged.has(f.sheet, f.row, f.col)) cells.push(f);
  const sheetOrder = new Map([...new Set(cells.map((w) => w.sheet))].sort((a, b) => a.localeCompare(b)).map((name, i) => [name, i]));
  return cells.sort((a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || a.row - b.row || a.col - b.col);
}

/** A disagreement stated on a derived cell, which writing the cell settles (every written value is a derived cell's). */
function settledByWriting(code: Warning['code']): boolean {
  return code.endsWith('_MISMATCH') && code !== 'CROSS_TABLE_MISMATCH' && code !== 'CHILD_SUM_MISMATCH';
}

/**
 * The analysis of the workbook once the derived cells are written. Writing a derived cell only
 * settles the disagreement stated on that cell, so the first analysis minus those warnings is the
 * answer; the workbook is analyzed again only where that shortcut could be wrong (an E.81 table,
 * whose checks read stated cells of other columns).
 */
function afterWriting(workbook: Workbook, analysis: Analysis, values: readonly CellWrite[], settings: Settings): Analysis {
  if (analysis.tables.some((t) => t.kind === 'e81')) {
    return analyzeWorkbook(applyPlanToModel(workbook, { cells: values, sheets: [] }), settings);
  }
  // The few warned cells are looked up among the many writes, not the other way round.
  const writtenAt = new CellMap<boolean>();
  for (const w of analysis.warnings) {
    const at = settledByWriting(w.code) ? parseA1(w.cell) : undefined;
    if (at) writtenAt.set(w.sheet, at.row, at.col, false);
  }
  for (let i = 0; i < values.length; i++) {
    const w = values[i]!;
    if (w.content && writtenAt.has(w.sheet, w.row, w.col)) writtenAt.set(w.sheet, w.row, w.col, true);
  }
  const settled = (w: Warning): boolean => {
    const at = settledByWriting(w.code) ? parseA1(w.cell) : undefined;
    return at !== undefined && writtenAt.get(w.sheet, at.row, at.col) === true;
  };
  return { ...analysis, warnings: analysis.warnings.filter((w) => !settled(w)) };
}

/**
 * Hitung Ulang (SPEC §5): every derived cell written in its column's convention (inputs and
 * formulas untouched), then the workbook checked again so that the highlights and the
 * `Peringatan LKjIP` sheet list what is still wrong.
 */
export function planRecalc(workbook: Workbook, analysis: Analysis, settings: Settings): RecalcPlan {
  const values = derivedWrites(workbook, analysis.derived, settings.modeTulis);
  const after = afterWriting(workbook, analysis, values, settings);
  const remaining = after.warnings.filter((w) => w.code !== 'UNRECOGNIZED_TABLE');
  const plan: WritePlan = {
    cells: merge(values, highlightWrites(workbook, remaining)),
    sheets: [warningsSheet(after.warnings)],
  };
  const corrected = analysis.warnings.filter((w) => settledByWriting(w.code)).length;
  return { plan, after, corrected };
}
