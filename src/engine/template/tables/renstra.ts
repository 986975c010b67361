import { REPORT_YEAR_INDEX } from '../example-values';
import type { TemplateColumn, TemplateRow, TemplateTable } from '../template-table';
import { indikatorColumn, noColumn, sasaranColumn, score, type TableContext } from './context';

/**
 * Matriks Renstra: kondisi awal, a target per year of the five-year period, the target akhir and
 * the realisasi of the years so far (the report year is the period's third). Nothing is derived
 * here; Tabel 3.4 and E.81 read it.
 */
export function renstra(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  const input = example.input;
  const first = ctx.tahun - REPORT_YEAR_INDEX;
  const last = first + input.targetRenstra.length - 1;
  const targetColumns: TemplateColumn[] = input.targetRenstra.map((_, i) => ({
    key: `target${i}`, header: [h.targetPadaTahun, String(first + i)], width: 9, format: 'input',
  }));
  const realisasiColumns: TemplateColumn[] = input.realisasi.map((_, i) => ({
    key: `realisasi${i}`, header: [h.realisasiPadaTahun, String(first + i)], width: 9, format: 'input',
  }));
  const row: Record<string, TemplateRow[string]> = {
    no: 1,
    sasaran: text.example.sasaran,
    indikator: text.example.indikator,
    satuan: text.example.satuan,
    kondisiAwal: score(input.kondisiAwal),
    targetAkhir: example.targetAkhir,
  };
  input.targetRenstra.forEach((t, i) => (row[`target${i}`] = t));
  input.realisasi.forEach((r, i) => (row[`realisasi${i}`] = score(r)));
  return {
    sheet: text.sheets.renstra,
    title: text.titles.renstra(first, last),
    columns: [
      noColumn(ctx),
      sasaranColumn(ctx),
      indikatorColumn(ctx),
      { key: 'satuan', header: [h.satuan], width: 10, format: 'text' },
      { key: 'kondisiAwal', header: [h.kondisiAwal(first - 1)], width: 11, format: 'input' },
      ...targetColumns,
      { key: 'targetAkhir', header: [h.targetAkhir], width: 13, format: 'input' },
      ...realisasiColumns,
    ],
    rows: [row],
    footers: [],
    source: text.source.renstra,
  };
}
