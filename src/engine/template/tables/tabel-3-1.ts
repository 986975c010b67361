import type { TemplateTable } from '../template-table';
import { indikatorColumn, noColumn, sasaranColumn, score, type TableContext } from './context';

/** Tabel 3.1 Pencapaian Kinerja Sasaran: capaian and predikat per indicator, rata-rata in the footer. */
export function tabel31(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  return {
    sheet: text.sheets.tabel(1),
    title: text.titles.capaian(ctx.tahun),
    columns: [
      noColumn(ctx),
      sasaranColumn(ctx),
      indikatorColumn(ctx),
      { key: 'satuan', header: [h.satuan], width: 11, format: 'text' },
      { key: 'polaritas', header: [h.polaritas], width: 11, format: 'text' },
      { key: 'target', header: [h.target], width: 13, format: 'input' },
      { key: 'realisasi', header: [h.realisasi], width: 13, format: 'input' },
      { key: 'capaian', header: [h.capaian], width: 12, format: 'percent' },
      { key: 'predikat', header: [h.predikat], width: 15, format: 'text' },
    ],
    rows: [
      {
        no: 1,
        sasaran: text.example.sasaran,
        indikator: text.example.indikator,
        satuan: text.example.satuan,
        polaritas: text.example.polaritas,
        target: example.current.target,
        realisasi: score(example.current.realisasi),
        capaian: example.current.capaian,
        predikat: example.predikat,
      },
    ],
    footers: [
      { label: text.footers.rataRata, labelTo: 'realisasi', values: { capaian: example.rataRata, predikat: example.predikatRataRata } },
    ],
    source: text.source.capaian,
  };
}
