import type { ColumnRole, Table, TableColumn } from '../recognize/types';

/** The columns of an E.81 form (or of any table with some of them), found by role and K/Rp measure. */
export interface E81Columns {
  readonly no?: TableColumn;
  readonly sasaran?: TableColumn;
  readonly kode: readonly TableColumn[];
  readonly uraian?: TableColumn;
  readonly indikator?: TableColumn;
  readonly satuan?: TableColumn;
  readonly polaritas?: TableColumn;
  /** Column 6. */
  readonly targetAkhirK?: TableColumn;
  readonly targetAkhirRp?: TableColumn;
  /** Column 7. */
  readonly laluK?: TableColumn;
  readonly laluRp?: TableColumn;
  /** Column 8. */
  readonly targetK?: TableColumn;
  readonly pagu?: TableColumn;
  /** Columns 9–12, one per triwulan (undefined where absent). */
  readonly triwulanK: readonly (TableColumn | undefined)[];
  readonly triwulanRp: readonly (TableColumn | undefined)[];
  /** Column 13. */
  readonly realisasiK?: TableColumn;
  readonly realisasiRp?: TableColumn;
  /** Column 14. */
  readonly kumulatifK?: TableColumn;
  readonly kumulatifRp?: TableColumn;
  /** Column 15. */
  readonly kemajuanK?: TableColumn;
  readonly kemajuanRp?: TableColumn;
  /** Capaian of the Renja (column 13 ÷ column 8), where the form has it (variant C). */
  readonly capaianK?: TableColumn;
  readonly capaianRp?: TableColumn;
  readonly unitPd?: TableColumn;
  readonly keterangan?: TableColumn;
}

const QUARTERS = [1, 2, 3, 4] as const;

const isK = (c: TableColumn): boolean => c.measure !== 'Rp' && c.measure !== '%';
const isRp = (c: TableColumn): boolean => c.measure === 'Rp';
const yearly = (c: TableColumn): boolean => c.triwulan === undefined;

export function e81Columns(table: Table): E81Columns {
  const find = (role: ColumnRole, where: (c: TableColumn) => boolean = () => true): TableColumn | undefined =>
    table.columns.find((c) => c.role === role && where(c));
  const renjaTarget = (c: TableColumn): boolean => yearly(c) && isK(c);
  return {
    no: find('no'),
    // Sasaran RPJMD, Tujuan, Sasaran PD side by side (Deli Serdang): the form's column 2 is the PD's, the last one.
    sasaran: table.columns.filter((c) => c.role === 'sasaran').pop(),
    kode: table.columns.filter((c) => c.role === 'kode'),
    uraian: find('uraian') ?? find('program'),
    indikator: find('indikator'),
    satuan: find('satuan'),
    polaritas: find('polaritas'),
    targetAkhirK: find('target_akhir', isK),
    targetAkhirRp: find('target_akhir', isRp),
    laluK: find('realisasi_lalu', isK),
    laluRp: find('realisasi_lalu', isRp),
    targetK: find('target', renjaTarget),
    pagu: find('anggaran', yearly),
    triwulanK: QUARTERS.map((q) => find('realisasi', (c) => c.triwulan === q && isK(c))),
    triwulanRp: QUARTERS.map((q) => find('realisasi_anggaran', (c) => c.triwulan === q)),
    realisasiK: find('realisasi', (c) => yearly(c) && isK(c)),
    realisasiRp: find('realisasi_anggaran', yearly),
    kumulatifK: find('realisasi_kumulatif', isK),
    kumulatifRp: find('realisasi_kumulatif', isRp),
    kemajuanK: find('kemajuan', isK),
    kemajuanRp: find('kemajuan', isRp),
    capaianK: find('capaian', (c) => yearly(c) && isK(c)),
    capaianRp: find('capaian', (c) => yearly(c) && isRp(c)) ?? find('serapan', yearly),
    unitPd: find('unit_pd'),
    keterangan: find('keterangan'),
  };
}

/** Every rupiah column whose parents must equal the sum of their children. */
export function rupiahColumns(cols: E81Columns): TableColumn[] {
  return [cols.targetAkhirRp, cols.laluRp, cols.pagu, ...cols.triwulanRp, cols.realisasiRp, cols.kumulatifRp].filter(
    (c): c is TableColumn => c !== undefined,
  );
}
