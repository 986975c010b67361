import type { Table, TableKind } from '../recognize/types';
import type { Workbook } from '../workbook/types';
import { e81Columns } from './e81-columns';
import type { E81Sources } from './e81-lines';
import { renstraLines } from './renstra-lines';
import { SourceIndex } from './source-index';
import { sourceLines } from './source-lines';

/** The sheet Buat E.81 writes, and regenerates in place. */
export const E81_SHEET = 'E.81';

const BUDGET_KINDS: ReadonlySet<TableKind> = new Set<TableKind>(['realisasi_anggaran', 'kinerja_anggaran', 'e81']);

export interface ChosenSources {
  readonly sources: E81Sources;
  readonly primary: Table;
  readonly renstra: readonly Table[];
  /** Some source has realisasi per triwulan. */
  readonly triwulan: boolean;
  /** The year of the Renstra's last period, from a target akhir header (`… Tahun 2026`). */
  readonly targetAkhirYear?: number;
}

function leveled(table: Table): number {
  return table.rows.filter((r) => r.kind.role === 'data' && r.kind.level !== undefined).length;
}

function hasTriwulan(table: Table): boolean {
  return table.columns.some((c) => c.triwulan !== undefined && c.role === 'realisasi');
}

const DEPTH_LEVELS = new Set(['program', 'kegiatan', 'sub_kegiatan']);

/** How many of program, kegiatan and sub kegiatan the table lists. */
function depth(table: Table): number {
  return new Set(table.rows.flatMap((r) => (r.kind.role === 'data' && r.kind.level && DEPTH_LEVELS.has(r.kind.level) ? [r.kind.level] : []))).size;
}

/**
 * How well a table can be the backbone of the E.81, compared in order: the depth of its
 * hierarchy (an E.81 goes down to sub kegiatan), an indicator column, a target, triwulan, pagu,
 * realisasi, and last the number of rows.
 */
function rank(table: Table): number[] {
  const cols = e81Columns(table);
  const flag = (b: unknown): number => (b ? 1 : 0);
  return [depth(table), flag(cols.indikator), flag(cols.targetK), flag(hasTriwulan(table)), flag(cols.pagu), flag(cols.realisasiRp), leveled(table)];
}

function byRank(a: Table, b: Table): number {
  const ra = rank(a);
  const rb = rank(b);
  const i = ra.findIndex((v, k) => v !== rb[k]);
  return i < 0 ? 0 : rb[i]! - ra[i]!;
}

/**
 * The tables an E.81 is built from (SPEC §6): the best hierarchical realisasi / kinerja anggaran
 * table as the backbone (a triwulan table counts: it is one with the year split in four), the
 * other such tables and hierarchical capaian tables for what it lacks, Renstra tables for
 * columns 6 and 7, and last the E.81 sheet being replaced, so that what the user typed there
 * survives. Undefined when there is no hierarchical budget table at all.
 */
export function chooseSources(workbook: Workbook, tables: readonly Table[], reportYear: number | undefined): ChosenSources | undefined {
  const sheetOf = (t: Table) => workbook.sheets[t.sheetIndex]!;
  const existingTables = tables.filter((t) => t.sheet === E81_SHEET && t.kind === 'e81');
  const candidates = tables.filter((t) => t.sheet !== E81_SHEET && BUDGET_KINDS.has(t.kind) && leveled(t) > 0).sort(byRank);
  const primary = candidates[0] ?? existingTables.filter((t) => leveled(t) > 0)[0];
  if (!primary) return undefined;
  const others = [
    ...candidates.slice(1),
    ...tables.filter((t) => t.sheet !== E81_SHEET && t.kind === 'capaian' && leveled(t) > 0),
  ].filter((t) => t !== primary);
  const renstra = tables.filter((t) => t.kind === 'renstra');
  const existing = existingTables.find((t) => t !== primary);
  const targetAkhirYear = [...renstra, ...existingTables, primary]
    .map((t) => e81Columns(t).targetAkhirK?.year ?? e81Columns(t).targetAkhirRp?.year)
    .find((y) => y !== undefined);
  return {
    sources: {
      primary: sourceLines(primary, sheetOf(primary)),
      renstra: renstra.map((t) => new SourceIndex(renstraLines(t, sheetOf(t), reportYear))),
      others: others.map((t) => new SourceIndex(sourceLines(t, sheetOf(t)))),
      ...(existing ? { existing: new SourceIndex(sourceLines(existing, sheetOf(existing))) } : {}),
    },
    primary,
    renstra,
    triwulan: [primary, ...others, ...existingTables].some(hasTriwulan),
    ...(targetAkhirYear !== undefined ? { targetAkhirYear } : {}),
  };
}
