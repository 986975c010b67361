/**
 * The engine's hot helpers take shortcuts on common inputs (ASCII names, integers, products far
 * from a half, formats read once). Each shortcut must give exactly what the plain definition
 * gives: the plain definitions are written out here as the oracles.
 */
import fc from 'fast-check';
import { decimalsOfFormat, roundAtDecimals } from '../../../src/engine/compute/precision';
import { nearestAncestor } from '../../../src/engine/derive/kode-ancestor';
import { valueText } from '../../../src/engine/recognize/cell-text';
import { hasVisibleText } from '../../../src/engine/workbook/visible-text';
import { kodeSegments } from '../../../src/engine/recognize/hierarchy';
import { classifyFooter, footerKind, looksLikeValue, looksNumeric, valueLooksLikeValue, valueLooksNumeric } from '../../../src/engine/recognize/row-patterns';
import { indicatorKey } from '../../../src/engine/settings/indicator-key';
import { gradeIn } from '../../../src/engine/values/grades';
import { isMoneyFormat, isPercentFormat } from '../../../src/engine/values/num-format';
import { parseText } from '../../../src/engine/values/parse-text';
import { roundSignificant } from '../../../src/engine/values/round';

const plainKey = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const plainRoundAt = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
};


describe('shortcuts agree with the plain definitions', () => {
  it('indicatorKey: ASCII and any other text', () => {
    const nameArb = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'Aa Zz09()%/-.,_\t\n'.split('')) }),
      fc.string({ unit: 'grapheme' }),
      fc.string(),
    );
    fc.assert(fc.property(nameArb, (name) => indicatorKey(name) === plainKey(name)), { numRuns: 5000 });
    expect(indicatorKey('Angka Kematian Ibu (AKI)')).toBe('angka kematian ibu aki');
    expect(indicatorKey('  Indeks   Kepuasan—Masyarakat ')).toBe('indeks kepuasan masyarakat');
  });

  it('roundAtDecimals: near a half and far from it, any sign and size', () => {
    const valueArb = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 1000 + 0.0005),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 200),
    );
    fc.assert(
      fc.property(valueArb, fc.integer({ min: 0, max: 6 }), (value, decimals) => Object.is(roundAtDecimals(value, decimals), plainRoundAt(value, decimals))),
      { numRuns: 10000 },
    );
    expect(roundAtDecimals(1.005, 2)).toBe(1.01);
    expect(roundAtDecimals(-0.005, 2)).toBe(-0.01);
    expect(roundAtDecimals(94.76000000000001, 2)).toBe(94.76);
  });

  it('roundSignificant: integers are their own rounding, fractions as toPrecision', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.maxSafeInteger()), (value) =>
        Object.is(roundSignificant(value), value === 0 ? 0 : Number(value.toPrecision(12))),
      ),
      { numRuns: 10000 },
    );
  });

  it('number formats read once give the same answers each time', () => {
    const formats = ['0.00%', '0.00"%"', '0\\%', '#,##0;[Red]-#,##0.0', '"Rp"#,##0', '[$Rp-421] #,##0.00', '[Red]0.0', 'General', '_(* #,##0_)', '0_%'];
    for (let pass = 0; pass < 2; pass++) {
      expect(formats.map(isPercentFormat)).toEqual([true, false, false, false, false, false, false, false, false, false]);
      expect(formats.map(isMoneyFormat)).toEqual([false, false, false, false, true, true, false, false, false, false]);
      expect(formats.map((f) => decimalsOfFormat(f, -3.25))).toEqual([2, 2, 0, 1, 0, 2, 1, 2, 0, 0]);
    }
  });

  it('gradeIn: words in any case and spacing, letters as typed', () => {
    expect(gradeIn('  sangat   BAIK ', 'kata')).toEqual({ grade: 'Sangat Baik', scale: 'kata', rank: 5 });
    expect(gradeIn('BB', 'sakip')).toEqual({ grade: 'BB', scale: 'sakip', rank: 5 });
    expect(gradeIn('bb', 'sakip')).toBeUndefined();
    expect(gradeIn(`Baik${' '.repeat(80)}`, 'kata')?.grade).toBe('Baik');
    expect(gradeIn(`Baik ${'sekali '.repeat(20)}`, 'kata')).toBeUndefined();
  });

  it('hasVisibleText: exactly when the text, or its part, is not empty once trimmed', () => {
    const spaces = ' \t\n\r\u000b\f\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b\u180e';
    const textArb = fc.string({ unit: fc.constantFrom(...spaces.split(''), 'a', '1') });
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(hasVisibleText(text)).toBe(text.trim() !== '');
        expect(hasVisibleText(text, start, end)).toBe(text.slice(start, end).trim() !== '');
      }),
      { numRuns: 5000 },
    );
  });

  it('valueLooksNumeric and valueLooksLikeValue: numbers judged without their text, as their text would be', () => {
    const numberArb = fc.oneof(
      fc.double(),
      fc.integer({ min: 1900, max: 2200 }),
      fc.constantFrom(0, -0, 1e21, 9.99e20, -1e21, 1e-6, 9.99e-7, -1e-7, 2024.5, -2024, Infinity, -Infinity, NaN),
      fc.double({ min: -1e-5, max: 1e-5 }),
    );
    const valueArb = fc.oneof(numberArb, fc.constantFrom('12', '2024', '80 %', 'Rp 1.000', '12 laporan', 'teks', ''), fc.constantFrom(null, { error: '#DIV/0!' }));
    fc.assert(
      fc.property(valueArb, (value) => {
        expect(valueLooksNumeric(value)).toBe(looksNumeric(valueText(value)));
        expect(valueLooksLikeValue(value)).toBe(looksLikeValue(valueText(value)));
      }),
      { numRuns: 5000 },
    );
    expect(valueLooksNumeric(null)).toBe(false);
  });

  it('footerKind: labels ruled out by their first word are exactly those the patterns refuse', () => {
    const words = ['Jumlah', 'TOTAL', 'grand total', 'Sub Total', 'subtotal', 'Rata-rata', 'rerata', 'Nilai rata', 'capaian rata', 'rata - rata', 'Tingkat efisiensi', 'EFISIENSI', 'Predikat', 'faktor', 'Tindak lanjut', 'program', 'kegiatan', 'x', 'Sub Kegiatan', 'nilai', 'Capaian', 'tingkat', 'grand', 'tindak', 'fa\u212Ator', '\u017Fub total'];
    const labelArb = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '  ', '\t', '\u00a0', '-', ':', '1'), fc.string({ maxLength: 3 })), { maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(labelArb, (label) => footerKind(label) === classifyFooter(label)), { numRuns: 10000 });
    expect(footerKind('  Jumlah Total')).toBe('total');
    expect(footerKind('Capaian kinerja rata-rata')).toBe('average');
    expect(footerKind('Program Penunjang')).toBeUndefined();
  });

  it('parseText read once per text and expectation: the same value, and the expectation still counts', () => {
    const texts = ['85', '85 %', '1.250.000', 'Rp 1.250.000', '12 dokumen', '81 (A)', '-', 'n/a', 'teks bebas'];
    const first = texts.map((t) => [parseText(t, 'percent'), parseText(t, 'money'), parseText(t, 'any')]);
    const again = texts.map((t) => [parseText(t, 'percent'), parseText(t, 'money'), parseText(t, 'any')]);
    expect(again).toEqual(first);
    expect(parseText('85', 'percent')).toEqual({ kind: 'percent', value: 85 });
    expect(parseText('85', 'money')).toEqual({ kind: 'money', value: 85 });
    expect(parseText('85', 'any')).toEqual({ kind: 'number', value: 85 });
  });

  it('kodeSegments: the digit groups counted in place, as splitting at the separators counts them', () => {
    const plain = (text: string): number => (/^\d+(?:[.\s]+\d+)*\.?$/.test(text.trim()) ? text.trim().split(/[.\s]+/).filter((s) => s !== '').length : 0);
    const kodeArb = fc.string({ unit: fc.constantFrom('1', '0', '7', '.', ' ', '\t', 'a'), maxLength: 20 });
    fc.assert(fc.property(kodeArb, (text) => kodeSegments(text) === plain(text)), { numRuns: 10000 });
    expect(kodeSegments(' 7.01.01.2.01 ')).toBe(5);
    expect(kodeSegments('1.02.01.2.01.0001')).toBe(6);
  });

  it('nearestAncestor: prefixes of the joined key, as rebuilding the parts step by step gives them', () => {
    const plain = <T>(parts: readonly string[], byKey: ReadonlyMap<string, T>, self: T): T | undefined => {
      const current = [...parts];
      while (current.length > 0) {
        const last = current[current.length - 1]!;
        const cut = last.lastIndexOf('.');
        if (cut < 0) current.pop();
        else current[current.length - 1] = last.slice(0, cut);
        if (current.length === 0) return undefined;
        const found = byKey.get(current.join('|'));
        if (found !== undefined && found !== self) return found;
      }
      return undefined;
    };
    // Parts as kode cells give them (a `|` typed in a cell is junk and cuts like a column boundary).
    const partArb = fc.string({ unit: fc.constantFrom('1', '2', '.'), minLength: 1, maxLength: 6 });
    const partsArb = fc.array(partArb, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(partsArb, fc.array(partsArb, { maxLength: 12 }), (parts, others) => {
        const byKey = new Map<string, number>();
        [parts, ...others].forEach((p, i) => byKey.set(p.join('|'), i));
        const self = byKey.get(parts.join('|'))!;
        expect(nearestAncestor(parts.join('|'), byKey, self)).toBe(plain(parts, byKey, self));
      }),
      { numRuns: 10000 },
    );
  });
});
