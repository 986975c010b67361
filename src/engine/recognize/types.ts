import type { RangeRef } from '../workbook/types';

export type TableKind =
  | 'capaian'
  | 'ringkasan_capaian'
  | 'multi_tahun'
  | 'kemajuan'
  | 'pembanding'
  | 'alokasi_anggaran'
  | 'kinerja_anggaran'
  | 'efisiensi'
  | 'realisasi_anggaran'
  | 'efisiensi_sdm'
  | 'sarpras'
  | 'efisiensi_sarpras'
  | 'renstra'
  | 'e81'
  | 'unknown';

/** What a column means, whatever its header says. */
export type ColumnRole =
  | 'no'
  | 'kode'
  | 'sasaran'
  | 'program'
  | 'uraian'
  | 'indikator'
  | 'satuan'
  | 'polaritas'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'predikat'
  | 'kategori'
  | 'jumlah'
  | 'persen'
  | 'kondisi_awal'
  | 'target_akhir'
  | 'realisasi_lalu'
  | 'realisasi_kumulatif'
  | 'kemajuan'
  | 'pembanding_nasional'
  | 'pembanding_provinsi'
  | 'pembanding_kabupaten'
  | 'selisih'
  | 'anggaran'
  | 'realisasi_anggaran'
  | 'serapan'
  | 'sisa'
  | 'persen_sisa'
  | 'persen_anggaran'
  | 'efisiensi'
  | 'kebutuhan'
  | 'tersedia'
  | 'ketersediaan'
  | 'unit_pd'
  | 'keterangan'
  | 'other';

/** E.81 and triwulan columns split each measure into K (kinerja), Rp and sometimes %. */
export type Measure = 'K' | 'Rp' | '%';

export interface TableColumn {
  /** 0-based column index in the sheet. */
  readonly col: number;
  /** Normalised header texts from the top header row down, e.g. ['anggaran', 'realisasi']. */
  readonly path: readonly string[];
  readonly role: ColumnRole;
  readonly year?: number;
  readonly triwulan?: 1 | 2 | 3 | 4;
  readonly measure?: Measure;
  /** SIPD `Kelompok Belanja` group (operasi, modal, tak terduga, transfer) for money columns. */
  readonly kelompok?: string;
  /** Multiplier from a unit in the header: `Rp. (000)` → 1000. */
  readonly scale?: number;
}

export type HierarchyLevel = 'urusan' | 'bidang' | 'organisasi' | 'program' | 'kegiatan' | 'sub_kegiatan' | 'rekening';

export type FooterKind = 'total' | 'average' | 'efisiensi' | 'predikat' | 'other';

export type RowRole =
  | { readonly role: 'data'; readonly level?: HierarchyLevel; readonly depth: number }
  | { readonly role: 'section'; readonly label: string }
  | { readonly role: 'footer'; readonly footer: FooterKind; readonly label: string }
  | { readonly role: 'column_numbers' }
  | { readonly role: 'note'; readonly label: string };

export interface TableRow {
  /** 0-based row index in the sheet. */
  readonly row: number;
  readonly kind: RowRole;
}

export interface Table {
  readonly sheet: string;
  /** Index of the sheet in the workbook. */
  readonly sheetIndex: number;
  /** From the first header row to the last row of the table. */
  readonly range: RangeRef;
  readonly kind: TableKind;
  /** The title line above the header, when there is one (`Tabel 3.1 Pencapaian Kinerja`). */
  readonly title?: string;
  /** 0-based header rows. */
  readonly headerRows: readonly number[];
  readonly columns: readonly TableColumn[];
  /** Every row below the header inside the range, in order. */
  readonly rows: readonly TableRow[];
}
