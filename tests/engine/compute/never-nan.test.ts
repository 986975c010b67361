import fc from 'fast-check';
import { capaian } from '../../../src/engine/compute/capaian';
import { efisiensi } from '../../../src/engine/compute/efisiensi';
import { ketersediaan } from '../../../src/engine/compute/ketersediaan';
import { selisih } from '../../../src/engine/compute/selisih';
import { serapan, sisaAnggaran } from '../../../src/engine/compute/serapan';
import { shareAnggaran } from '../../../src/engine/compute/share';
import { total } from '../../../src/engine/compute/totals';
import { parseCell } from '../../../src/engine/values/parse-cell';
import type { ParsedValue } from '../../../src/engine/values/types';

const typed = fc.oneof(
  fc.constantFrom('90', '0', '-', 'A', 'BB', 'Baik', '81 (A)', '94,95%', 'Rp 1.000', '3162 Pelayanan', 'x', '', '1e308'),
  fc.string({ unit: fc.constantFrom(...'0123456789.,%- ()RpABaik'.split('')), maxLength: 12 }),
);
const operand: fc.Arbitrary<ParsedValue | number> = fc.oneof(
  typed.map((text) => parseCell({ value: text }, 'any')),
  fc.double().map((value) => parseCell({ value }, 'any')),
  fc.double(),
);

function wellFormed(result: { kind: 'value'; value: number } | { kind: 'none'; reason: string }): boolean {
  return result.kind === 'value' ? Number.isFinite(result.value) : result.reason.length > 0;
}

describe('formulas never throw and never return NaN or Infinity', () => {
  it('on any pair of operands', () => {
    fc.assert(
      fc.property(operand, operand, fc.constantFrom('positif' as const, 'negatif' as const), fc.constantFrom('selisih' as const, 'rasio' as const), (a, b, polaritas, rumusNegatif) =>
        [
          capaian(a, b, { polaritas, rumusNegatif }),
          serapan(a, b),
          sisaAnggaran(a, b),
          shareAnggaran(a, b),
          ketersediaan(a, b),
          efisiensi(a, b),
          selisih(a, b),
        ].every(wellFormed),
      ),
    );
  });

  it('total of any operands is finite', () => {
    fc.assert(fc.property(fc.array(operand), (values) => Number.isFinite(total(values).sum)));
  });

  it('total of overflowing numbers is no sum', () => {
    expect(total([Number.MAX_VALUE, Number.MAX_VALUE])).toEqual({ sum: 0, used: 0, missing: 0, invalid: 2 });
  });
});
