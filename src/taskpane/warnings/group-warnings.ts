import type { Severity, Warning } from '../../engine/check/codes';
import type { Table } from '../../engine/recognize/types';
import { parseA1 } from '../../engine/workbook/a1';

export type SeverityFilter = Severity | 'all';

export interface SheetGroup {
  readonly sheet: string;
  readonly warnings: readonly Warning[];
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function filterBySeverity(warnings: readonly Warning[], filter: SeverityFilter): readonly Warning[] {
  return filter === 'all' ? warnings : warnings.filter((w) => w.severity === filter);
}

/** Sheet names in workbook order, as far as the recognized tables tell it. */
export function sheetOrderOf(tables: readonly Pick<Table, 'sheet' | 'sheetIndex'>[]): readonly string[] {
  return [...tables].sort((a, b) => a.sheetIndex - b.sheetIndex).map((t) => t.sheet).filter((s, i, all) => all.indexOf(s) === i);
}

/** Row-major position of an A1 address, so I5 comes before A6; unreadable addresses last. */
function position(cell: string): number {
  const at = parseA1(cell);
  return at ? at.row * 20_000 + at.col : Number.MAX_SAFE_INTEGER;
}

/**
 * Warnings grouped by sheet, sheets in workbook order (sheets without a recognized table after,
 * in the order their first warning comes); inside a sheet the most severe first, then by position.
 */
export function groupBySheet(warnings: readonly Warning[], sheetOrder: readonly string[] = []): readonly SheetGroup[] {
  const groups = new Map<string, Warning[]>();
  for (const w of warnings) {
    const list = groups.get(w.sheet);
    if (list) list.push(w);
    else groups.set(w.sheet, [w]);
  }
  const rank = new Map(sheetOrder.map((name, i) => [name, i]));
  const firstSeen = [...groups.keys()];
  const order = (sheet: string): number => rank.get(sheet) ?? sheetOrder.length + firstSeen.indexOf(sheet);
  const inSheet = (a: Warning, b: Warning): number => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || position(a.cell) - position(b.cell);
  return [...groups]
    .map(([sheet, list]) => ({ sheet, warnings: [...list].sort(inSheet) }))
    .sort((a, b) => order(a.sheet) - order(b.sheet));
}
