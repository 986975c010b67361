import { analyzeWorkbook, type Analysis } from '../../../src/engine/pipeline';
import { planRecalc } from '../../../src/engine/plan/plan-recalc';
import type { WritePlan } from '../../../src/engine/plan/types';
import type { ColumnRole, Table, TableColumn } from '../../../src/engine/recognize/types';
import type { Settings } from '../../../src/engine/settings/types';
import { WARNINGS_SHEET } from '../../../src/engine/workbook/tool-sheets';
import type { Workbook } from '../../../src/engine/workbook/types';

/** Columns whose data rows people type: never written by Hitung Ulang (SPEC §5), only checked. */
const INPUT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'no', 'kode', 'sasaran', 'program', 'uraian', 'indikator', 'satuan', 'polaritas', 'target', 'realisasi', 'kategori',
  'kondisi_awal', 'target_akhir', 'realisasi_lalu', 'pembanding_nasional', 'pembanding_provinsi', 'pembanding_kabupaten',
  'anggaran', 'realisasi_anggaran', 'kebutuhan', 'tersedia', 'unit_pd', 'keterangan',
]);

const key = (sheet: string, row: number, col: number): string => `${sheet}\u0000${row}\u0000${col}`;

/** Where a table has triwulan columns, the year's realisasi beside them is their sum (SPEC §6, E.81 col 13). */
function isTriwulanSum(table: Table, column: TableColumn): boolean {
  return (
    (column.role === 'realisasi' || column.role === 'realisasi_anggaran') &&
    column.triwulan === undefined &&
    table.columns.some((c) => c.triwulan !== undefined)
  );
}

function inputRoleAt(tables: readonly Table[], sheet: string, row: number, col: number): ColumnRole | undefined {
  for (const t of tables) {
    if (t.sheet !== sheet || row < t.range.r1 || row > t.range.r2) continue;
    if (t.rows.find((r) => r.row === row)?.kind.role !== 'data') continue;
    const column = t.columns.find((c) => c.col === col);
    if (column && INPUT_ROLES.has(column.role) && !isTriwulanSum(t, column)) return column.role;
  }
  return undefined;
}

/** Every way a write plan can break SPEC §5 or the writers, described; empty when the plan is safe. */
export function planViolations(workbook: Workbook, analysis: Analysis, plan: WritePlan): string[] {
  const derived = new Set(analysis.derived.map((d) => key(d.sheet, d.row, d.col)));
  const names = new Set(workbook.sheets.map((s) => s.name));
  const problems: string[] = [];
  for (const w of plan.cells) {
    const where = `${w.sheet}!R${w.row}C${w.col}`;
    if (!names.has(w.sheet)) problems.push(`${where}: no such sheet`);
    if (!Number.isInteger(w.row) || !Number.isInteger(w.col) || w.row < 0 || w.col < 0) problems.push(`${where}: not a cell`);
    if (!w.content) continue;
    if (!derived.has(key(w.sheet, w.row, w.col))) problems.push(`${where}: written but not a derived cell`);
    const original = workbook.sheets.find((s) => s.name === w.sheet)?.cells.cell(w.row, w.col);
    if (original?.formula !== undefined) problems.push(`${where}: overwrites the formula ${original.formula}`);
    const role = inputRoleAt(analysis.tables, w.sheet, w.row, w.col);
    if (role) problems.push(`${where}: writes an input cell (${role})`);
    const c = w.content;
    if (c.kind === 'number' && !Number.isFinite(c.value)) problems.push(`${where}: writes the number ${c.value}`);
    if (c.kind === 'formula' && typeof c.cached === 'number' && !Number.isFinite(c.cached)) problems.push(`${where}: caches ${c.cached}`);
  }
  for (const s of plan.sheets) if (s.name !== WARNINGS_SHEET) problems.push(`generates an unexpected sheet ${s.name}`);
  return problems;
}

/** The whole engine on `workbook`; throws whatever the engine throws, returns the plan's violations. */
export function runEngine(workbook: Workbook, settings: Settings): { analysis: Analysis; plan: WritePlan; violations: string[] } {
  const analysis = analyzeWorkbook(workbook, settings);
  const { plan } = planRecalc(workbook, analysis, settings);
  return { analysis, plan, violations: planViolations(workbook, analysis, plan) };
}
