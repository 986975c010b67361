import type { TemplateTable } from '../template-table';
import { noColumn, sasaranColumn, type TableContext, typedPercent } from './context';

/** Tabel 3.8 Pencapaian kinerja dan anggaran: one row per program, KINERJA and ANGGARAN groups. */
export function tabel38(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  const input = example.input;
  return {
    sheet: text.sheets.tabel(8),
    title: text.titles.kinerjaAnggaran(ctx.tahun),
    columns: [
      noColumn(ctx),
      sasaranColumn(ctx),
      { key: 'program', header: [h.program], width: 32, format: 'text' },
      { key: 'indikator', header: [h.indikatorProgram], width: 36, format: 'text' },
      { key: 'target', header: [h.kinerja, h.target], width: 11, format: 'input' },
      { key: 'realisasi', header: [h.kinerja, h.realisasi], width: 11, format: 'input' },
      { key: 'capaian', header: [h.kinerja, h.capaian], width: 11, format: 'percent' },
      { key: 'pagu', header: [h.anggaranGroup, h.pagu], width: 16, format: 'money' },
      { key: 'realisasiRp', header: [h.anggaranGroup, h.realisasiRp], width: 16, format: 'money' },
      { key: 'serapan', header: [h.anggaranGroup, h.capaian], width: 11, format: 'percent' },
    ],
    rows: [
      {
        no: 1,
        sasaran: text.example.sasaran,
        program: text.example.program,
        indikator: text.example.indikatorProgram,
        target: typedPercent(input.program.target),
        realisasi: typedPercent(input.program.realisasi),
        capaian: example.capaianProgram,
        pagu: input.pagu,
        realisasiRp: input.realisasiRp,
        serapan: example.serapan,
      },
    ],
    footers: [],
    source: text.source.anggaran,
  };
}
