import { rataRata } from '../../compute/rata-rata';
import { selisih } from '../../compute/selisih';
import type { TableColumn } from '../../recognize/types';
import { deriveCapaianRow, derivePredikat, type IndicatorColumns } from '../capaian-cells';
import type { DeriveContext } from '../context';
import { op, ref } from '../expr';
import { formatId } from '../format-id';
import type { TableAccess } from '../table-access';
import { numberOf } from '../table-access';
import { deriveAverageFooters } from './footers';

function indicatorColumns(t: TableAccess, where: (c: TableColumn) => boolean = () => true): IndicatorColumns {
  return {
    target: t.column('target', where) ?? t.column('target'),
    realisasi: t.column('realisasi', where),
    capaian: t.column('capaian', where),
    indikator: t.column('indikator'),
    polaritas: t.column('polaritas'),
  };
}

/** Tabel 3.1 / 3.6: capaian and predikat per indicator, rata-rata in the footer. */
export function deriveCapaianTable(ctx: DeriveContext, t: TableAccess): void {
  const cols = indicatorColumns(t);
  const predikatColumn = t.column('predikat');
  const capped: (number | undefined)[] = [];
  const raw: (number | undefined)[] = [];
  const valueRows: number[] = [];
  for (const r of t.dataRows()) {
    const c = deriveCapaianRow(ctx, t, r.row, cols);
    derivePredikat(ctx, t, r.row, predikatColumn, c?.capped, cols.capaian ? ref(t.name, r.row, cols.capaian.col) : undefined);
    if (c || cols.capaian) {
      capped.push(c?.capped);
      raw.push(c?.raw);
      valueRows.push(r.row);
    }
  }
  deriveAverageFooters(ctx, t, cols.capaian, capped, predikatColumn, valueRows);
  const hierarchical = t.dataRows().some((r) => r.kind.role === 'data' && r.kind.level !== undefined);
  if (!hierarchical && ctx.mainCapaian === undefined && cols.capaian) {
    ctx.mainCapaian = raw;
    ctx.mainCapaianMean = rataRata(capped).mean;
  }
}

/** Tabel 3.3: the capaian of each year against that year's target (or the one target column). */
export function deriveMultiTahun(ctx: DeriveContext, t: TableAccess): void {
  const years = [...new Set(t.table.columns.filter((c) => c.role === 'realisasi' && c.year !== undefined).map((c) => c.year!))];
  for (const year of years) {
    const cols: IndicatorColumns = {
      target: t.column('target', (c) => c.year === year) ?? t.column('target', (c) => c.year === undefined),
      realisasi: t.column('realisasi', (c) => c.year === year),
      capaian: t.column('capaian', (c) => c.year === year),
      indikator: t.column('indikator'),
      polaritas: t.column('polaritas'),
    };
    const current = ctx.reportYear === undefined || year === ctx.reportYear;
    const values: (number | undefined)[] = [];
    for (const r of t.dataRows()) {
      if (!cols.capaian && !current) continue;
      const c = cols.capaian ? deriveCapaianRow(ctx, t, r.row, cols, 'capaian', current) : undefined;
      if (!cols.capaian && current) factOnly(ctx, t, r.row, cols);
      values.push(c?.capped);
    }
    if (cols.capaian) deriveAverageFooters(ctx, t, cols.capaian, values);
  }
}

function factOnly(ctx: DeriveContext, t: TableAccess, row: number, cols: IndicatorColumns): void {
  deriveCapaianRow(ctx, t, row, { ...cols, target: undefined });
}

/** Tabel 3.4: tingkat kemajuan = realisasi ÷ target akhir Renstra. */
export function deriveKemajuan(ctx: DeriveContext, t: TableAccess): void {
  const cols: IndicatorColumns = {
    target: t.column('target_akhir'),
    realisasi: t.column('realisasi'),
    capaian: t.column('kemajuan'),
    indikator: t.column('indikator'),
    polaritas: t.column('polaritas'),
  };
  const values: (number | undefined)[] = [];
  for (const r of t.dataRows()) values.push(deriveCapaianRow(ctx, t, r.row, cols, 'kemajuan')?.capped);
  deriveAverageFooters(ctx, t, cols.capaian, values);
}

/** Tabel 3.5: selisih = realisasi − nasional (else provinsi, else kabupaten), sign kept. */
export function derivePembanding(ctx: DeriveContext, t: TableAccess): void {
  const realisasi = t.column('realisasi');
  const pembanding = t.column('pembanding_nasional') ?? t.column('pembanding_provinsi') ?? t.column('pembanding_kabupaten');
  const selisihColumn = t.column('selisih');
  for (const r of t.dataRows()) {
    deriveCapaianRow(ctx, t, r.row, { target: undefined, realisasi, capaian: undefined, indikator: t.column('indikator'), polaritas: undefined });
    if (!selisihColumn || !pembanding) continue;
    const R = t.read(r.row, realisasi);
    const P = t.read(r.row, pembanding);
    const d = selisih(R, P);
    if (d.kind !== 'value') continue;
    ctx.add({
      sheet: t.name, row: r.row, col: selisihColumn.col, kind: 'selisih', value: d.value, format: 'signed',
      mismatch: 'CAPAIAN_MISMATCH',
      basis: () => `realisasi ${formatId(numberOf(R) ?? 0)} − pembanding ${formatId(numberOf(P) ?? 0)}`,
      expr: op('-', ref(t.name, r.row, realisasi!.col), ref(t.name, r.row, pembanding.col)),
    });
  }
}
