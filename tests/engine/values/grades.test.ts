import { commonRanks, compareGrades, gradeIn, gradeRank, readGrade, scaleSize } from '../../../src/engine/values/grades';
import type { GradeScale } from '../../../src/engine/values/types';

describe('readGrade', () => {
  test.each([
    ['AA', 'AA', 'sakip', 7],
    ['A', 'A', 'sakip', 6], // a lone letter is sakip, never mutu
    ['BB', 'BB', 'sakip', 5],
    ['B', 'B', 'sakip', 4],
    ['CC', 'CC', 'sakip', 3],
    ['C', 'C', 'sakip', 2],
    ['D', 'D', 'sakip', 1],
    ['Istimewa', 'Istimewa', 'kata', 6],
    ['Sangat Baik', 'Sangat Baik', 'kata', 5],
    ['sangat  baik', 'Sangat Baik', 'kata', 5],
    ['SANGAT TINGGI', 'Sangat Tinggi', 'kata', 5],
    ['Baik', 'Baik', 'kata', 4],
    ['Tinggi', 'Tinggi', 'kata', 4],
    ['Cukup', 'Cukup', 'kata', 3],
    ['Sedang', 'Sedang', 'kata', 3],
    ['Kurang', 'Kurang', 'kata', 2],
    ['Rendah', 'Rendah', 'kata', 2],
    ['Kurang Baik', 'Kurang Baik', 'kata', 2],
    ['Sangat Kurang', 'Sangat Kurang', 'kata', 1],
    ['Sangat Rendah', 'Sangat Rendah', 'kata', 1],
    ['Tidak Baik', 'Tidak Baik', 'kata', 1],
    ['Baik (B)', 'B', 'mutu', 3],
    ['Baik ( A )', 'A', 'mutu', 4],
    ['Sangat Baik (A)', 'A', 'mutu', 4],
    ['B (Baik)', 'B', 'mutu', 3],
    ['Sangat Baik (BB)', 'BB', 'sakip', 5],
  ] as const)('%j is %s in %s with rank %d', (text, name, scale, rank) => {
    expect(readGrade(text)).toEqual({ grade: name, scale, rank });
  });

  test.each(['a', 'b', 'aa', 'E', 'A+', 'Memuaskan', 'Baik (E)', 'Bagus (A)', '', '(A)'])('%j is no grade', (text) => {
    expect(readGrade(text)).toBeUndefined();
  });
});

describe('ranks and comparison', () => {
  test('scale sizes', () => {
    const sizes: Record<GradeScale, number> = { sakip: 7, mutu: 4, kata: 6 };
    for (const scale of Object.keys(sizes) as GradeScale[]) expect(scaleSize(scale)).toBe(sizes[scale]);
  });

  test('ranks are ordinal within a scale', () => {
    expect(gradeRank('AA', 'sakip')).toBe(7);
    expect(gradeRank('A', 'mutu')).toBe(4);
    expect(gradeRank('AA', 'mutu')).toBeUndefined();
    expect(gradeRank('Baik', 'sakip')).toBeUndefined();
  });

  const g = (text: string, scale: GradeScale) => {
    const reading = gradeIn(text, scale);
    if (reading === undefined) throw new Error(`no grade ${text}`);
    return reading;
  };

  test.each([
    ['AA', 'sakip', 'A', 'sakip', 1],
    ['BB', 'sakip', 'BB', 'sakip', 0],
    ['CC', 'sakip', 'B', 'sakip', -1],
    ['Sangat Baik', 'kata', 'Baik', 'kata', 1],
    ['Tinggi', 'kata', 'Baik', 'kata', 0],
    ['Rendah', 'kata', 'Sedang', 'kata', -1],
    // `A` read alone (sakip) against an SKM `B` (mutu): compared as mutu
    ['A', 'sakip', 'B', 'mutu', 1],
    ['B', 'mutu', 'A', 'sakip', -1],
  ] as const)('%s (%s) vs %s (%s) → %d', (a, sa, b, sb, sign) => {
    expect(compareGrades(g(a, sa), g(b, sb))).toBe(sign);
  });

  test('ranks on the common scale', () => {
    expect(commonRanks(g('A', 'sakip'), g('B', 'mutu'))).toEqual({ scale: 'mutu', a: 4, b: 3 });
    expect(commonRanks(g('BB', 'sakip'), g('A', 'sakip'))).toEqual({ scale: 'sakip', a: 5, b: 6 });
  });

  test('grades of different scales with no common scale are incomparable', () => {
    expect(compareGrades(g('A', 'sakip'), g('Baik', 'kata'))).toBeUndefined();
    expect(compareGrades(g('AA', 'sakip'), g('B', 'mutu'))).toBeUndefined();
  });
});
