import type { TemplateTable } from '../template-table';
import { noColumn, type TableContext } from './context';

/** Tabel 3.12 Ketersediaan sarana dan prasarana: tersedia ÷ kebutuhan standar. */
export function tabel312(ctx: TableContext): TemplateTable {
  const { text, example } = ctx;
  const h = text.headers;
  return {
    sheet: text.sheets.tabel(12),
    title: text.titles.sarpras(ctx.tahun),
    columns: [
      noColumn(ctx),
      { key: 'jenis', header: [h.jenisSarpras], width: 36, format: 'text' },
      { key: 'tersedia', header: [h.tersediaSarpras], width: 18, format: 'count' },
      { key: 'kebutuhan', header: [h.kebutuhanStandar], width: 14, format: 'count' },
      { key: 'ketersediaan', header: [h.ketersediaan], width: 14, format: 'percent' },
    ],
    rows: [
      {
        no: 1,
        jenis: text.example.sarpras,
        tersedia: example.input.sarpras.tersedia,
        kebutuhan: example.input.sarpras.kebutuhan,
        ketersediaan: example.ketersediaanSarpras,
      },
    ],
    footers: [],
    source: text.source.sarpras,
  };
}
