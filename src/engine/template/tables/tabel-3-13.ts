import type { TemplateTable } from '../template-table';
import { indikatorColumn, noColumn, sasaranColumn, score, type TableContext } from './context';

/** Tabel 3.13 Efisiensi sarana dan prasarana: capaian against % ketersediaan sarpras; footers rata-rata and efisiensi. */
export function tabel313(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  const kinerja = h.kinerjaTahun(ctx.tahun);
  const sarpras = h.sarprasGroup(ctx.tahun);
  return {
    sheet: text.sheets.tabel(13),
    title: text.titles.efisiensiSarpras(ctx.tahun),
    columns: [
      noColumn(ctx),
      sasaranColumn(ctx),
      indikatorColumn(ctx),
      { key: 'target', header: [kinerja, h.target], width: 11, format: 'input' },
      { key: 'realisasi', header: [kinerja, h.realisasi], width: 11, format: 'input' },
      { key: 'capaian', header: [kinerja, h.capaian], width: 11, format: 'percent' },
      { key: 'tersedia', header: [sarpras, h.tersediaSarprasGroup], width: 15, format: 'count' },
      { key: 'kebutuhan', header: [sarpras, h.kebutuhanStandar], width: 13, format: 'count' },
      { key: 'ketersediaan', header: [sarpras, h.ketersediaanSarpras], width: 13, format: 'percent' },
    ],
    rows: [
      {
        no: 1,
        sasaran: text.example.sasaran,
        indikator: text.example.indikator,
        target: example.current.target,
        realisasi: score(example.current.realisasi),
        capaian: example.current.capaian,
        tersedia: example.input.sarprasIndikator.tersedia,
        kebutuhan: example.input.sarprasIndikator.kebutuhan,
        ketersediaan: example.ketersediaanSarprasIndikator,
      },
    ],
    footers: [
      {
        label: text.footers.rataRataSingkat,
        labelTo: 'realisasi',
        values: { capaian: example.rataRata, ketersediaan: example.rataRataKetersediaanSarpras },
      },
      { label: text.footers.efisiensiSarpras, labelTo: 'kebutuhan', values: { ketersediaan: example.efisiensiSarpras } },
    ],
    source: text.source.sarpras,
  };
}
