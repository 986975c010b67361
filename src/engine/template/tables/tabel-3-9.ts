import type { TemplateTable } from '../template-table';
import { indikatorColumn, noColumn, sasaranColumn, type TableContext } from './context';

/** Tabel 3.9 Efisiensi anggaran: % capaian − % penyerapan per row; total: rata-rata capaian − penyerapan total. */
export function tabel39(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  return {
    sheet: text.sheets.tabel(9),
    title: text.titles.efisiensi(ctx.tahun),
    columns: [
      noColumn(ctx),
      sasaranColumn(ctx),
      indikatorColumn(ctx),
      { key: 'capaian', header: [h.capaianKinerja], width: 14, format: 'percent' },
      { key: 'serapan', header: [h.penyerapanAnggaran], width: 14, format: 'percent' },
      { key: 'efisiensi', header: [h.efisiensi], width: 14, format: 'percent' },
    ],
    rows: [
      {
        no: 1,
        sasaran: text.example.sasaran,
        indikator: text.example.indikator,
        capaian: example.current.capaian,
        serapan: example.serapan,
        efisiensi: example.efisiensi,
      },
    ],
    footers: [
      {
        label: text.footers.efisiensiAnggaran,
        labelTo: 'indikator',
        values: { capaian: example.rataRata, serapan: example.serapanTotal, efisiensi: example.efisiensiTotal },
      },
    ],
    source: text.source.anggaran,
  };
}
