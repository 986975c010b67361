import { percent, ref } from '../derive/expr';
import { place } from '../workbook/a1';
import { formatPercentId } from '../derive/format-id';
import type { TableColumn } from '../recognize/types';
import { e81Basis, e81Warning } from '../i18n/e81-messages';
import { kumulatifAnggaran, kumulatifKinerja } from './e81-math';
import type { IndicatorType } from './indicator-type';
import { add, id, read, shows, sumExpr, type RowContext } from './row-context';

/** Column 14 K; for a level whose stated column 14 adds last year's level, the 200 % finding. */
export function kumulatifK(rc: RowContext, type: IndicatorType, tahunIni: number | undefined): number | undefined {
  const { cols } = rc;
  const lalu = read(rc, cols.laluK);
  if (tahunIni === undefined) return read(rc, cols.kumulatifK);
  // Without a known type the count rule applies, but a stated level reading is no mistake.
  const rule: IndicatorType =
    type !== 'tak_tentu' ? type : lalu === undefined ? 'tak_tentu' : lalu !== 0 && shows(rc, cols.kumulatifK, tahunIni) ? 'tingkat' : 'jumlah';
  if (rule === 'tak_tentu') return read(rc, cols.kumulatifK);
  const value = kumulatifKinerja(rule, lalu, tahunIni);
  if (value === undefined) return read(rc, cols.kumulatifK);
  if (!cols.kumulatifK) return value;
  const realisasiRef = cols.realisasiK ? ref(rc.t.name, rc.row, cols.realisasiK.col) : undefined;
  const expr = rule === 'tingkat' ? realisasiRef : sumExpr(rc, cols.laluK, cols.realisasiK);
  add(rc, cols.kumulatifK, {
    kind: 'realisasi_kumulatif', value, format: 'number', mismatch: 'KEMAJUAN_MISMATCH',
    basis: () => rule === 'tingkat' ? e81Basis.kumulatifTingkat(id(tahunIni), lalu ? id(lalu) : undefined) : e81Basis.kumulatifJumlah(id(lalu!), id(tahunIni)),
    expr,
  });
  if (rule === 'tingkat' && lalu) {
    const added = kumulatifKinerja('jumlah', lalu, tahunIni)!;
    if (shows(rc, cols.kumulatifK, added)) reportLevelAdded(rc, lalu, tahunIni, added, value);
  }
  return value;
}

/**
 * A level indicator whose column 14 adds last year's level to this year's: column 15 then shows
 * about 200 %. Reported once per row as KEMAJUAN_MISMATCH where the stated cell is a formula (a
 * typed value gets the same code from the stated-versus-computed check, with the reason in its basis).
 */
function reportLevelAdded(rc: RowContext, lalu: number, tahunIni: number, added: number, kumulatif: number): void {
  const { cols, t, ctx, row } = rc;
  const target = read(rc, cols.targetAkhirK);
  const at = cols.kemajuanK ?? cols.kumulatifK!;
  if (t.sheet.cells.formula(row, at.col) === undefined) return;
  const statedValue = at === cols.kemajuanK && target ? (added / target) * 100 : added;
  const expectedValue = at === cols.kemajuanK && target ? (kumulatif / target) * 100 : kumulatif;
  const shown = at === cols.kemajuanK ? formatPercentId : id;
  ctx.warn(
    'KEMAJUAN_MISMATCH', t.name, row, at.col,
    e81Warning.levelAdded(place(t.name, row, at.col), id(lalu), id(tahunIni), shown(statedValue), shown(expectedValue)),
    { expected: expectedValue, actual: statedValue },
  );
}

export function kumulatifRp(rc: RowContext, tahunIni: number | undefined): number | undefined {
  const { cols } = rc;
  const lalu = read(rc, cols.laluRp);
  const value = kumulatifAnggaran(lalu, tahunIni);
  if (value === undefined) return read(rc, cols.kumulatifRp);
  if (cols.kumulatifRp) {
    const expr = sumExpr(rc, cols.laluRp, cols.realisasiRp);
    add(rc, cols.kumulatifRp, {
      kind: 'realisasi_kumulatif', value, format: 'money', mismatch: 'KEMAJUAN_MISMATCH',
      // The basis keeps the numbers it names, not `rc` (which holds the derive context).
      basis: () => e81Basis.kumulatifJumlah(id(lalu!), id(tahunIni!)), expr,
    });
  }
  return value;
}

export function percentCell(
  rc: RowContext,
  column: TableColumn | undefined,
  value: number | undefined,
  kind: 'kemajuan' | 'capaian' | 'serapan',
  basis: () => string,
  operands: readonly [TableColumn | undefined, TableColumn | undefined],
  /** Rupiah ratios only: a K ratio depends on polarity, capping and grades, which no plain formula says. */
  asFormula = false,
): number | undefined {
  if (value === undefined || !column) return value;
  const [part, whole] = operands;
  const expr = part && whole ? percent(ref(rc.t.name, rc.row, part.col), ref(rc.t.name, rc.row, whole.col)) : undefined;
  const mismatch = kind === 'kemajuan' ? 'KEMAJUAN_MISMATCH' : kind === 'capaian' ? 'CAPAIAN_MISMATCH' : 'SERAPAN_MISMATCH';
  add(rc, column, { kind, value, format: 'percent', mismatch, basis, expr: asFormula ? expr : undefined });
  return value;
}
