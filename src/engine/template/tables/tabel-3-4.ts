import type { TemplateTable } from '../template-table';
import { indikatorColumn, noColumn, sasaranColumn, score, type TableContext } from './context';

/** Tabel 3.4: tingkat kemajuan = realisasi of the report year ÷ target akhir periode Renstra. */
export function tabel34(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  return {
    sheet: text.sheets.tabel(4),
    title: text.titles.kemajuan(ctx.tahun),
    columns: [
      noColumn(ctx),
      sasaranColumn(ctx),
      indikatorColumn(ctx),
      { key: 'targetAkhir', header: [h.targetAkhir], width: 16, format: 'input' },
      { key: 'realisasi', header: [h.realisasiTahun(ctx.tahun)], width: 14, format: 'input' },
      { key: 'kemajuan', header: [h.kemajuan], width: 14, format: 'percent' },
    ],
    rows: [
      {
        no: 1,
        sasaran: text.example.sasaran,
        indikator: text.example.indikator,
        targetAkhir: example.targetAkhir,
        realisasi: score(example.current.realisasi),
        kemajuan: example.kemajuan,
      },
    ],
    footers: [],
    source: text.source.renstra,
  };
}
