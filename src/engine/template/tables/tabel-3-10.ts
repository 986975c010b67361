import type { TemplateColumn, TemplateRow, TemplateTable } from '../template-table';
import { fraction, type TableContext, typedPercent } from './context';

/**
 * Tabel 3.10 Realisasi anggaran per program, kegiatan and sub kegiatan (the SIPD figures), with
 * the indicator, its target and realisasi, and the realisasi per triwulan (K and Rp): everything
 * Buat E.81 needs. Derived: penyerapan, sisa, JUMLAH.
 */
export function tabel310(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  const e = text.example;
  const input = example.input;
  const triwulanColumns: TemplateColumn[] = h.triwulan.flatMap((tw, i) => [
    { key: `k${i}`, header: [h.triwulanGroup, tw, h.k], width: 10, format: 'input' },
    { key: `rp${i}`, header: [h.triwulanGroup, tw, h.rp], width: 14, format: 'money' },
  ]);
  const money = {
    pagu: input.pagu,
    realisasiRp: input.realisasiRp,
    serapan: example.serapan,
    sisa: example.sisa,
    ...Object.fromEntries(input.triwulanRp.map((rp, i) => [`rp${i}`, rp])),
  };
  const triwulanK = (values: readonly number[], as: (n: number) => TemplateRow[string]): TemplateRow =>
    Object.fromEntries(values.map((v, i) => [`k${i}`, as(v)]));
  const sub = (n: number): string => `${n} ${e.satuanSubKegiatan}`;
  return {
    sheet: text.sheets.tabel(10),
    title: text.titles.realisasiAnggaran(ctx.tahun),
    columns: [
      { key: 'kode', header: [h.kode], width: 18, format: 'text' },
      { key: 'uraian', header: [h.uraianProgram], width: 38, format: 'text' },
      { key: 'indikator', header: [h.kinerja, h.indikator], width: 34, format: 'text' },
      { key: 'target', header: [h.kinerja, h.target], width: 12, format: 'input' },
      { key: 'realisasi', header: [h.kinerja, h.realisasi], width: 12, format: 'input' },
      { key: 'pagu', header: [h.anggaranGroup, h.pagu], width: 16, format: 'money' },
      { key: 'realisasiRp', header: [h.anggaranGroup, h.realisasiRp], width: 16, format: 'money' },
      { key: 'serapan', header: [h.anggaranGroup, h.serapan], width: 12, format: 'percent' },
      { key: 'sisa', header: [h.anggaranGroup, h.sisa], width: 15, format: 'money' },
      ...triwulanColumns,
    ],
    rows: [
      {
        kode: e.kodeProgram, uraian: e.program, indikator: e.indikatorProgram,
        target: typedPercent(input.program.target), realisasi: typedPercent(input.program.realisasi),
        ...money, ...triwulanK(input.program.triwulan, fraction),
      },
      {
        kode: e.kodeKegiatan, uraian: e.kegiatan, indikator: e.indikatorKegiatan,
        target: typedPercent(input.kegiatan.target), realisasi: typedPercent(input.kegiatan.realisasi),
        ...money, ...triwulanK(input.kegiatan.triwulan, fraction),
      },
      {
        kode: e.kodeSubKegiatan, uraian: e.subKegiatan, indikator: e.indikatorSubKegiatan,
        target: sub(input.subKegiatan.target), realisasi: sub(input.subKegiatan.realisasi),
        ...money, ...triwulanK(input.subKegiatan.triwulan, (n) => n),
      },
    ],
    footers: [
      {
        label: text.footers.jumlah,
        labelTo: 'uraian',
        values: {
          pagu: example.jumlah.pagu,
          realisasiRp: example.jumlah.realisasi,
          serapan: example.serapanTotal,
          sisa: example.jumlah.sisa,
          ...Object.fromEntries(example.jumlah.triwulan.map((rp, i) => [`rp${i}`, rp])),
        },
      },
    ],
    source: text.source.anggaran,
  };
}
