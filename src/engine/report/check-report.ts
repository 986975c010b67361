import type { Warning } from '../check/codes';
import type { ResultKind } from '../derive/types';
import type { Analysis } from '../pipeline';
import type { Table, TableKind } from '../recognize/types';
import { rangeToA1, toA1 } from '../workbook/a1';

export interface TableSummary {
  readonly sheet: string;
  readonly range: string;
  readonly kind: TableKind;
  readonly title: string | null;
  /** Number of data rows. */
  readonly rows: number;
}

/** The per-file object of `lkjip check --json` (SPEC §9). */
export interface CheckReport {
  readonly file: string;
  readonly year: number | null;
  readonly tables: readonly TableSummary[];
  readonly results: readonly ResultSummary[];
  readonly warnings: readonly Warning[];
  readonly summary: {
    readonly tables: number;
    readonly byKind: Readonly<Partial<Record<TableKind, number>>>;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
  };
}

/** One derived value, stated in the workbook or not (SPEC §9 `results`). */
export interface ResultSummary {
  readonly sheet: string;
  readonly cell: string;
  readonly kind: ResultKind;
  readonly value: number | string;
}

export function summarizeTable(table: Table): TableSummary {
  return {
    sheet: table.sheet,
    range: rangeToA1(table.range),
    kind: table.kind,
    title: table.title ?? null,
    rows: table.rows.filter((r) => r.kind.role === 'data').length,
  };
}

export function buildCheckReport(file: string, analysis: Analysis): CheckReport {
  const byKind: Partial<Record<TableKind, number>> = {};
  for (const t of analysis.tables) byKind[t.kind] = (byKind[t.kind] ?? 0) + 1;
  const count = (severity: Warning['severity']): number => analysis.warnings.filter((w) => w.severity === severity).length;
  return {
    file,
    year: analysis.year ?? null,
    tables: analysis.tables.map(summarizeTable),
    results: analysis.derived.map((d) => ({ sheet: d.sheet, cell: toA1(d.row, d.col), kind: d.kind, value: d.value })),
    warnings: analysis.warnings,
    summary: { tables: analysis.tables.length, byKind, errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}
