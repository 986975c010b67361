import type { TemplateTable } from '../template-table';
import { type TableContext, typedPercent } from './context';

/** Tabel 3.6: capaian of each program, kegiatan and sub kegiatan, the level read from the kode. */
export function tabel36(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  const e = text.example;
  const input = example.input;
  const sub = (n: number): string => `${n} ${e.satuanSubKegiatan}`;
  return {
    sheet: text.sheets.tabel(6),
    title: text.titles.capaianProgram(ctx.tahun),
    columns: [
      { key: 'kode', header: [h.kode], width: 18, format: 'text' },
      { key: 'uraian', header: [h.uraianProgram], width: 40, format: 'text' },
      { key: 'indikator', header: [h.indikator], width: 40, format: 'text' },
      { key: 'target', header: [h.target], width: 14, format: 'input' },
      { key: 'realisasi', header: [h.realisasi], width: 14, format: 'input' },
      { key: 'capaian', header: [h.capaian], width: 12, format: 'percent' },
    ],
    rows: [
      {
        kode: e.kodeProgram, uraian: e.program, indikator: e.indikatorProgram,
        target: typedPercent(input.program.target), realisasi: typedPercent(input.program.realisasi), capaian: example.capaianProgram,
      },
      {
        kode: e.kodeKegiatan, uraian: e.kegiatan, indikator: e.indikatorKegiatan,
        target: typedPercent(input.kegiatan.target), realisasi: typedPercent(input.kegiatan.realisasi), capaian: example.capaianKegiatan,
      },
      {
        kode: e.kodeSubKegiatan, uraian: e.subKegiatan, indikator: e.indikatorSubKegiatan,
        target: sub(input.subKegiatan.target), realisasi: sub(input.subKegiatan.realisasi), capaian: example.capaianSubKegiatan,
      },
    ],
    footers: [],
    source: text.source.capaian,
  };
}
