import { warningText } from '../../i18n/warning-messages';
import { rangeToA1 } from '../../workbook/a1';
import type { DeriveContext } from '../context';
import type { TableAccess } from '../table-access';
import { numberOf } from '../table-access';
import { deriveTotalFooters } from './footers';

/** A table of no LKjIP kind: reported (UNRECOGNIZED_TABLE), and its JUMLAH rows still checked. */
export function deriveUnknownTable(ctx: DeriveContext, t: TableAccess): void {
  const { r1, c1 } = t.table.range;
  ctx.warn('UNRECOGNIZED_TABLE', t.name, r1, c1, warningText.unrecognized(`${t.name}!${rangeToA1(t.table.range)}`));
  const data = t.dataRows();
  const numeric = t.table.columns.filter((c) => {
    if (c.role === 'no' || c.role === 'kode') return false;
    const values = data.map((r) => numberOf(t.read(r.row, c)));
    return values.filter((v) => v !== undefined).length * 2 > data.length;
  });
  deriveTotalFooters(ctx, t, numeric);
}
