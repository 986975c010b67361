import { rangeToA1 } from '../workbook/a1';
import type { Table, TableKind } from '../recognize/types';

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
  readonly results: readonly unknown[];
  readonly warnings: readonly unknown[];
  readonly summary: {
    readonly tables: number;
    readonly byKind: Readonly<Partial<Record<TableKind, number>>>;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
  };
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

export function buildCheckReport(file: string, year: number | undefined, tables: readonly Table[]): CheckReport {
  const byKind: Partial<Record<TableKind, number>> = {};
  for (const t of tables) byKind[t.kind] = (byKind[t.kind] ?? 0) + 1;
  return {
    file,
    year: year ?? null,
    tables: tables.map(summarizeTable),
    results: [],
    warnings: [],
    summary: { tables: tables.length, byKind, errors: 0, warnings: 0, infos: 0 },
  };
}
