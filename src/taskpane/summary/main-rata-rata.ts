import { predikat, rataRata, scaleFor } from '../../engine/compute';
import type { Derived } from '../../engine/derive/types';
import type { Analysis } from '../../engine/pipeline';
import type { Table } from '../../engine/recognize/types';
import type { Settings } from '../../engine/settings/types';
import { toA1 } from '../../engine/workbook/a1';

/** The rata-rata capaian shown in the summary, with where it comes from. */
export interface MainRataRata {
  /** Percentage points. */
  readonly value: number;
  readonly predikat?: string;
  readonly sheet: string;
  /** The footer cell that holds it, when the table has one. */
  readonly cell?: string;
}

function inside(table: Table, d: Derived): boolean {
  return d.sheet === table.sheet && d.row >= table.range.r1 && d.row <= table.range.r2 && d.col >= table.range.c1 && d.col <= table.range.c2;
}

function isHierarchical(table: Table): boolean {
  return table.rows.some((r) => r.kind.role === 'data' && r.kind.level !== undefined);
}

/**
 * The main capaian table is the engine's: the first flat `capaian` table (Tabel 3.1, the IKU),
 * else the first `capaian` table at all. Its `rata_rata` footer value when it has one, else the
 * engine's mean of its capaian values; the predikat on the scale in force.
 */
export function mainRataRata(analysis: Analysis, settings: Settings): MainRataRata | undefined {
  const capaianTables = analysis.tables.filter((t) => t.kind === 'capaian');
  const table = capaianTables.find((t) => !isHierarchical(t)) ?? capaianTables[0];
  if (!table) return undefined;
  const own = analysis.derived.filter((d) => inside(table, d));
  const footer = own.find((d) => d.kind === 'rata_rata' && typeof d.value === 'number');
  const value =
    footer && typeof footer.value === 'number'
      ? footer.value
      : rataRata(own.filter((d) => d.kind === 'capaian').map((d) => (typeof d.value === 'number' ? d.value : undefined))).mean;
  if (value === undefined) return undefined;
  const rating = predikat(value, scaleFor(settings));
  return {
    value,
    ...(rating.kind === 'label' ? { predikat: rating.label } : {}),
    sheet: table.sheet,
    ...(footer ? { cell: toA1(footer.row, footer.col) } : {}),
  };
}
