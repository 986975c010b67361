import type { TemplateTable } from '../template-table';
import { indikatorColumn, noColumn, sasaranColumn, score, type TableContext } from './context';

/** Tabel 3.11 Efisiensi SDM: capaian against % ketersediaan pegawai (ABK); footers rata-rata and efisiensi. */
export function tabel311(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  const kinerja = h.kinerjaTahun(ctx.tahun);
  return {
    sheet: text.sheets.tabel(11),
    title: text.titles.efisiensiSdm(ctx.tahun),
    columns: [
      noColumn(ctx),
      sasaranColumn(ctx),
      indikatorColumn(ctx),
      { key: 'target', header: [kinerja, h.target], width: 11, format: 'input' },
      { key: 'realisasi', header: [kinerja, h.realisasi], width: 11, format: 'input' },
      { key: 'capaian', header: [kinerja, h.capaian], width: 11, format: 'percent' },
      { key: 'kebutuhan', header: [h.sdmGroup, h.kebutuhanSdm], width: 13, format: 'count' },
      { key: 'tersedia', header: [h.sdmGroup, h.tersediaSdm], width: 13, format: 'count' },
      { key: 'ketersediaan', header: [h.sdmGroup, h.ketersediaanSdm], width: 13, format: 'percent' },
    ],
    rows: [
      {
        no: 1,
        sasaran: text.example.sasaran,
        indikator: text.example.indikator,
        target: example.current.target,
        realisasi: score(example.current.realisasi),
        capaian: example.current.capaian,
        kebutuhan: example.input.sdm.kebutuhan,
        tersedia: example.input.sdm.tersedia,
        ketersediaan: example.ketersediaanSdm,
      },
    ],
    footers: [
      {
        label: text.footers.rataRataSingkat,
        labelTo: 'realisasi',
        values: { capaian: example.rataRata, ketersediaan: example.rataRataKetersediaanSdm },
      },
      { label: text.footers.efisiensiSdm, labelTo: 'tersedia', values: { ketersediaan: example.efisiensiSdm } },
    ],
    source: text.source.sdm,
  };
}
