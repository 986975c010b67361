import type { Warning } from './check/codes';
import { crossTableWarnings } from './check/cross-table';
import { yearWarnings } from './check/year-mismatch';
import { deriveWorkbook } from './derive/derive-workbook';
import type { Derived } from './derive/types';
import { recognizeWorkbook } from './recognize/recognize-workbook';
import type { Table } from './recognize/types';
import { reportYear } from './report/report-year';
import type { Settings } from './settings/types';
import { naturalOrder } from './values/natural-order';
import type { Workbook } from './workbook/types';

/** Everything one look at a workbook tells: its tables, every derived value, every warning. */
export interface Analysis {
  readonly year: number | undefined;
  readonly tables: readonly Table[];
  readonly derived: readonly Derived[];
  readonly warnings: readonly Warning[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The whole read-only pipeline: recognize, derive, check (SPEC §2–§4, §7). Pure; never writes. */
export function analyzeWorkbook(workbook: Workbook, settings: Settings): Analysis {
  const tables = recognizeWorkbook(workbook);
  const year = settings.tahun ?? reportYear(tables);
  const ctx = deriveWorkbook(workbook, tables, settings, year);
  const order = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const warnings = [...ctx.mismatches, ...crossTableWarnings(workbook, ctx.facts), ...yearWarnings(tables, year), ...ctx.findings];
  warnings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
      naturalOrder(a.cell, b.cell),
  );
  return { year, tables, derived: ctx.derived, warnings };
}
