import {
  capaianFunction,
  efisiensiFunction,
  kemajuanFunction,
  nilaiFunction,
  predikatFunction,
  serapanFunction,
  type FunctionResult,
} from '../../src/functions/lkjip-functions';

function value<T>(result: FunctionResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error}: ${result.message}`);
  return result.value;
}

function error<T>(result: FunctionResult<T>): string {
  if (result.ok) throw new Error(`expected an error, got ${String(result.value)}`);
  expect(result.message.length).toBeGreaterThan(10);
  return result.error;
}

describe('LKJIP.CAPAIAN', () => {
  test('positive polarity over the seed values (Bangsal 91/90, graded scores, text percentages)', () => {
    expect(value(capaianFunction(90, 91))).toBeCloseTo(101.111111, 5);
    expect(value(capaianFunction('81 (A)', '81,10 (A)'))).toBeCloseTo(100.123457, 5);
    expect(value(capaianFunction('94,95%', '93.91%'))).toBeCloseTo((93.91 / 94.95) * 100, 8);
    expect(value(capaianFunction('19 Orang/Bulan', '19 Orang/Bulan'))).toBe(100);
    expect(value(capaianFunction(0.9, 0.9476))).toBeCloseTo(105.288889, 5);
  });

  test('negative polarity: (2T − R) / T × 100, every spelling of the Polaritas column', () => {
    expect(value(capaianFunction(5, 3, 'negatif'))).toBe(140);
    expect(value(capaianFunction(5, 3, '-'))).toBe(140);
    expect(value(capaianFunction(5, 3, 'Minimal'))).toBe(140);
    expect(value(capaianFunction(5, 3, 'positif'))).toBe(60);
    expect(value(capaianFunction(5, 3, null))).toBe(60);
  });

  test('capping at 100, 110, 120 (number or text), none when empty', () => {
    expect(value(capaianFunction(80, 100, 'positif', 100))).toBe(100);
    expect(value(capaianFunction(80, 100, 'positif', 110))).toBe(110);
    expect(value(capaianFunction(80, 100, undefined, '120'))).toBe(120);
    expect(value(capaianFunction(80, 100, undefined, ''))).toBe(125);
    expect(value(capaianFunction(80, 60, 'positif', 100))).toBe(75);
    expect(error(capaianFunction(80, 100, 'positif', 105))).toBe('#VALUE!');
  });

  test('grades: 100 when the realisasi grade reaches the target grade', () => {
    expect(value(capaianFunction('BB', 'A'))).toBe(100);
    expect(value(capaianFunction('A', 'BB'))).toBeLessThan(100);
  });

  test('missing input is #N/A, junk and zero targets are #VALUE!, never a number', () => {
    expect(error(capaianFunction('', 5))).toBe('#N/A');
    expect(error(capaianFunction(null, 5))).toBe('#N/A');
    expect(error(capaianFunction(90, '-'))).toBe('#N/A');
    expect(error(capaianFunction('abc', 5))).toBe('#VALUE!');
    expect(error(capaianFunction(0, 5))).toBe('#VALUE!');
    expect(error(capaianFunction(true, 5))).toBe('#VALUE!');
    expect(error(capaianFunction('Rp 1.000.000', '90%'))).toBe('#VALUE!');
    expect(error(capaianFunction(90, 91, 'naik'))).toBe('#VALUE!');
  });
});

describe('LKJIP.KEMAJUAN', () => {
  test('realisasi ÷ target akhir × 100 with the same polarity rules', () => {
    expect(value(kemajuanFunction(82, 91))).toBeCloseTo(110.97561, 5);
    expect(value(kemajuanFunction(5, 3, 'negatif'))).toBe(140);
    expect(error(kemajuanFunction('N/A', 91))).toBe('#N/A');
    expect(error(kemajuanFunction('xyz', 91))).toBe('#VALUE!');
  });
});

describe('LKJIP.SERAPAN', () => {
  test('realisasi ÷ pagu × 100, rupiah text included', () => {
    expect(value(serapanFunction(17850000, 18989150))).toBeCloseTo(106.381793, 5);
    expect(value(serapanFunction('Rp. 2.684.530.000,00', '2.684.530.000'))).toBe(100);
    expect(error(serapanFunction(0, 5))).toBe('#VALUE!');
    expect(error(serapanFunction(17850000, ''))).toBe('#N/A');
  });
});

describe('LKJIP.EFISIENSI', () => {
  test('capaian − pembanding in percentage points (Mojoagung 97,69 − 91,40 and − 39,12)', () => {
    expect(value(efisiensiFunction(97.69, 91.4))).toBe(6.29);
    expect(value(efisiensiFunction('97,69%', '39,12%'))).toBe(58.57);
    expect(error(efisiensiFunction(97.69, '-'))).toBe('#N/A');
    expect(error(efisiensiFunction('baik sekali', 91.4))).toBe('#VALUE!');
  });
});

describe('LKJIP.PREDIKAT', () => {
  test('every preset scale of SPEC §4, permendagri86 by default', () => {
    expect(value(predikatFunction(90.5, 'permendagri86'))).toBe('Sangat Tinggi');
    expect(value(predikatFunction(90, undefined))).toBe('Tinggi');
    expect(value(predikatFunction(50, null))).toBe('Sangat Rendah');
    expect(value(predikatFunction(91, 'sakip-5'))).toBe('Sangat Baik');
    expect(value(predikatFunction(66, 'SAKIP-5'))).toBe('Cukup');
    expect(value(predikatFunction(111, 'lkjip-5'))).toBe('Istimewa');
    expect(value(predikatFunction(110, 'lkjip-5'))).toBe('Baik');
    expect(value(predikatFunction(100, 'lkjip-4'))).toBe('Baik');
    expect(value(predikatFunction(55, 'lkjip-4'))).toBe('Cukup');
    expect(value(predikatFunction(54.99, 'lkjip-4'))).toBe('Kurang');
    expect(value(predikatFunction('94,95%', 'lkjip-4'))).toBe('Baik');
  });

  test('unknown scale, missing value and a grade without a number are errors', () => {
    expect(error(predikatFunction(90, 'skala-saya'))).toBe('#VALUE!');
    expect(error(predikatFunction(90, 'custom'))).toBe('#VALUE!');
    expect(error(predikatFunction('', 'lkjip-4'))).toBe('#N/A');
    expect(error(predikatFunction('BB', 'lkjip-4'))).toBe('#VALUE!');
  });
});

describe('LKJIP.NILAI', () => {
  test('the value parser as a function', () => {
    expect(value(nilaiFunction('81,10 (A)'))).toBe(81.1);
    expect(value(nilaiFunction('94,95%'))).toBe(94.95);
    expect(value(nilaiFunction('1 inovasi'))).toBe(1);
    expect(value(nilaiFunction('19 Orang/Bulan'))).toBe(19);
    expect(value(nilaiFunction('Rp. 2.684.530.000,00'))).toBe(2684530000);
    expect(value(nilaiFunction(0.9476))).toBe(0.9476);
  });

  test('missing is #N/A, junk and pure grades are #VALUE!', () => {
    expect(error(nilaiFunction('-'))).toBe('#N/A');
    expect(error(nilaiFunction(''))).toBe('#N/A');
    expect(error(nilaiFunction(null))).toBe('#N/A');
    expect(error(nilaiFunction('abc'))).toBe('#VALUE!');
    expect(error(nilaiFunction('BB'))).toBe('#VALUE!');
    expect(error(nilaiFunction(false))).toBe('#VALUE!');
  });
});
