import { isNumbering, looksNumeric } from './row-patterns';
import type { SheetGrid } from './sheet-grid';
import type { TableColumn, TableKind, TableRow } from './types';

const KATEGORI = /melampaui|melebihi|sesuai target|tidak mencapai|belum mencapai|di bawah target|kurang dari target/i;

function dataTexts(grid: SheetGrid, rows: readonly TableRow[], col: number): string[] {
  return rows
    .filter((r) => r.kind.role === 'data')
    .filter((r) => (grid.merges.at(r.row, col)?.c2 ?? col) === col)
    .map((r) => grid.ownText(r.row, col))
    .filter((t) => t !== '');
}

/** At least two data cells of the column say `Melampaui target`, `Sesuai target`, …; only text cells can. */
function holdsKategori(grid: SheetGrid, rows: readonly TableRow[], col: number): boolean {
  let found = 0;
  for (const r of rows) {
    if (r.kind.role !== 'data' || (grid.merges.at(r.row, col)?.c2 ?? col) !== col) continue;
    const value = grid.value(r.row, col);
    if (typeof value === 'string' && KATEGORI.test(value) && ++found === 2) return true;
  }
  return false;
}

/** A `Realisasi` column beside a pagu column whose cells are rupiah amounts is realisasi anggaran. */
function isMoneyRealisasi(grid: SheetGrid, rows: readonly TableRow[], c: TableColumn, columns: readonly TableColumn[]): boolean {
  if (c.role !== 'realisasi' || !columns.some((k) => k.role === 'anggaran')) return false;
  const values = dataTexts(grid, rows, c.col).map((t) => Number(t.replace(/[^\d]/g, '')));
  return values.length > 0 && values.filter((v) => v >= 100_000).length * 2 > values.length;
}

/**
 * Meanings only the cells tell: a merged header over a numbering column and a name column
 * (`Indikator Kinerja` over `1.1 | Persentase …`), and a summary table whose header does not
 * say `Kategori` but whose rows are `Melampaui target / Sesuai target / Tidak mencapai target`.
 */
export function refineByContent(
  grid: SheetGrid,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  kind: TableKind,
): { columns: TableColumn[]; kind: TableKind } {
  let out = columns.map((c, i) => {
    if (isMoneyRealisasi(grid, rows, c, columns)) return { ...c, role: 'realisasi_anggaran' as const };
    const next = columns[i + 1];
    if (!next || c.role === 'no' || c.role === 'kode' || next.path.join('/') !== c.path.join('/')) return c;
    const texts = dataTexts(grid, rows, c.col);
    return texts.length > 0 && texts.every(isNumbering) ? { ...c, role: 'no' as const } : c;
  });
  if (kind !== 'unknown' && kind !== 'capaian') return { columns: out, kind };
  const label = out.find((c) => holdsKategori(grid, rows, c.col));
  if (!label) return { columns: out, kind };
  let seenCount = false;
  out = out.map((c) => {
    if (c === label) return { ...c, role: 'kategori' };
    if (c.col < label.col || c.role === 'no') return c;
    const numeric = dataTexts(grid, rows, c.col).some(looksNumeric);
    if (!numeric) return c;
    if (!seenCount) {
      seenCount = true;
      return { ...c, role: 'jumlah' };
    }
    return { ...c, role: 'persen' };
  });
  return { columns: out, kind: 'ringkasan_capaian' };
}
