import type { Table, TableKind } from '../recognize/types';
import type { Settings } from '../settings/types';
import type { Workbook } from '../workbook/types';
import { DeriveContext } from './context';
import { deriveAlokasi, deriveAnggaranTable } from './kinds/anggaran-tables';
import { deriveEfisiensiAnggaran, deriveKetersediaanTable } from './kinds/efisiensi-tables';
import { deriveCapaianTable, deriveKemajuan, deriveMultiTahun, derivePembanding } from './kinds/indicator-tables';
import { deriveRingkasan } from './kinds/ringkasan-table';
import { deriveUnknownTable } from './kinds/unknown-table';
import { deriveE81 } from '../e81/derive-e81';
import { TableAccess } from './table-access';

type Deriver = (ctx: DeriveContext, t: TableAccess) => void;

const DERIVERS: Readonly<Record<TableKind, Deriver | undefined>> = {
  capaian: deriveCapaianTable,
  ringkasan_capaian: deriveRingkasan,
  multi_tahun: deriveMultiTahun,
  kemajuan: deriveKemajuan,
  pembanding: derivePembanding,
  alokasi_anggaran: deriveAlokasi,
  kinerja_anggaran: deriveAnggaranTable,
  efisiensi: deriveEfisiensiAnggaran,
  realisasi_anggaran: deriveAnggaranTable,
  efisiensi_sdm: deriveKetersediaanTable,
  sarpras: deriveKetersediaanTable,
  efisiensi_sarpras: deriveKetersediaanTable,
  renstra: undefined,
  e81: deriveE81,
  unknown: deriveUnknownTable,
};

/**
 * Tables whose results others use go first: the budget total (alokasi, efisiensi), the main
 * capaian table (ringkasan), polarity columns (every other indicator table).
 */
const ORDER: readonly TableKind[] = [
  'realisasi_anggaran', 'capaian', 'kinerja_anggaran', 'multi_tahun', 'kemajuan', 'pembanding', 'alokasi_anggaran',
  'efisiensi', 'efisiensi_sdm', 'sarpras', 'efisiensi_sarpras', 'ringkasan_capaian', 'renstra', 'e81', 'unknown',
];

/** Everything the engine derives from the recognized tables of a workbook. */
export function deriveWorkbook(workbook: Workbook, tables: readonly Table[], settings: Settings, reportYear: number | undefined): DeriveContext {
  const ctx = DeriveContext.of(workbook, settings, reportYear);
  const ordered = [...tables].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  for (const table of ordered) {
    const sheet = workbook.sheets[table.sheetIndex];
    const derive = DERIVERS[table.kind];
    if (sheet && derive) derive(ctx, new TableAccess(table, sheet));
  }
  return ctx;
}
