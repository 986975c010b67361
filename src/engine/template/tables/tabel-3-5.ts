import type { TemplateTable } from '../template-table';
import { indikatorColumn, noColumn, sasaranColumn, score, type TableContext } from './context';

/** Tabel 3.5: realisasi against kabupaten, provinsi and nasional; selisih = realisasi − nasional. */
export function tabel35(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  const pembanding = example.input.pembanding;
  return {
    sheet: text.sheets.tabel(5),
    title: text.titles.pembanding(ctx.tahun),
    columns: [
      noColumn(ctx),
      sasaranColumn(ctx),
      indikatorColumn(ctx),
      { key: 'realisasi', header: [h.realisasiTahun(ctx.tahun)], width: 14, format: 'input' },
      { key: 'kabupaten', header: [h.pembanding, h.kabupaten], width: 12, format: 'input' },
      { key: 'provinsi', header: [h.pembanding, h.provinsi], width: 12, format: 'input' },
      { key: 'nasional', header: [h.pembanding, h.nasional], width: 12, format: 'input' },
      { key: 'selisih', header: [h.selisih], width: 14, format: 'signed' },
    ],
    rows: [
      {
        no: 1,
        sasaran: text.example.sasaran,
        indikator: text.example.indikator,
        realisasi: score(example.current.realisasi),
        kabupaten: score(pembanding.kabupaten),
        provinsi: score(pembanding.provinsi),
        nasional: score(pembanding.nasional),
        selisih: example.selisih,
      },
    ],
    footers: [],
    source: text.source.pembanding,
  };
}
