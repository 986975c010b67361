import type { TemplateTable } from '../template-table';
import { indikatorColumn, noColumn, sasaranColumn, type TableContext } from './context';

/** Tabel 3.7 Alokasi anggaran per sasaran (cost per outcome): % anggaran = anggaran ÷ JUMLAH. */
export function tabel37(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  return {
    sheet: text.sheets.tabel(7),
    title: text.titles.alokasi(ctx.tahun),
    columns: [
      noColumn(ctx),
      sasaranColumn(ctx),
      indikatorColumn(ctx),
      { key: 'anggaran', header: [h.anggaran], width: 18, format: 'money' },
      { key: 'persen', header: [h.persenAnggaran], width: 13, format: 'percent' },
    ],
    rows: [
      {
        no: 1,
        sasaran: text.example.sasaran,
        indikator: text.example.indikator,
        anggaran: example.input.pagu,
        persen: example.persenAnggaran,
      },
    ],
    footers: [
      { label: text.footers.jumlah, labelTo: 'indikator', values: { anggaran: example.jumlah.pagu, persen: example.persenAnggaranJumlah } },
    ],
    source: text.source.anggaran,
  };
}
