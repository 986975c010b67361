import type { Warning, WarningCode } from '../../../src/engine/check/codes';
import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { bangsal2024 } from '../../fixtures/seeds/bangsal-2024';
import { mojoagung2024 } from '../../fixtures/seeds/mojoagung-2024';
import { sooko2023 } from '../../fixtures/seeds/sooko-2023';
import { standar } from '../../fixtures/seeds/standar';

const bangsal = analyzeWorkbook(fixtureWorkbook(bangsal2024), DEFAULT_SETTINGS).warnings;
const mojoagung = analyzeWorkbook(fixtureWorkbook(mojoagung2024), DEFAULT_SETTINGS).warnings;
const sooko = analyzeWorkbook(fixtureWorkbook(sooko2023), DEFAULT_SETTINGS).warnings;

function at(warnings: readonly Warning[], sheet: string, cell: string, code: WarningCode): Warning | undefined {
  return warnings.find((w) => w.sheet === sheet && w.cell === cell && w.code === code);
}

describe('the real mistakes of the seed reports are found', () => {
  test('Bangsal Tabel 3.10: realisasi 18.989.150 over anggaran 17.850.000 shown as 98,90 %', () => {
    const serapan = at(bangsal, '3.9 - 3.10', 'E14', 'SERAPAN_MISMATCH');
    expect(serapan).toMatchObject({ severity: 'error', actual: 98.9 });
    expect(serapan!.expected as number).toBeCloseTo(106.3818, 3);
    expect(serapan!.message).toContain('18.989.150');
    expect(serapan!.message).toContain('17.850.000');
    expect(at(bangsal, '3.9 - 3.10', 'D14', 'OVER_BUDGET')).toMatchObject({ severity: 'warning', expected: 17850000, actual: 18989150 });
  });

  test('Bangsal realisasi anggaran total shown as 99,99 % instead of 94,76 %', () => {
    const w = at(bangsal, 'Realisasi Anggaran', 'I36', 'SERAPAN_MISMATCH');
    expect(w).toMatchObject({ severity: 'error', actual: 99.99 });
    expect(w!.expected as number).toBeCloseTo(94.756, 2);
    expect(w!.message).toMatch(/99,99%.*94,76%/);
  });

  test('Bangsal Tabel 1.1: 13 + 7 shown as 19', () => {
    expect(at(bangsal, 'Tabel 1.1', 'C5', 'TOTAL_MISMATCH')).toMatchObject({ expected: 20, actual: 19 });
  });

  test('Bangsal IKM realisasi 91 in Tabel 3.1 vs 90,54 in Tabel 3.3', () => {
    const w = at(bangsal, 'Tabel 3.3', 'G5', 'CROSS_TABLE_MISMATCH');
    expect(w).toMatchObject({ expected: 91, actual: 90.54 });
    expect(w!.message).toContain('Tabel 3.1!E4');
  });

  test('Mojoagung Tabel 3.9: the efisiensi column repeats the capaian; its total is mean capaian − total penyerapan', () => {
    const rows = mojoagung.filter((w) => w.sheet === 'Tabel 3.9' && w.code === 'EFISIENSI_MISMATCH').map((w) => w.cell);
    expect(rows).toEqual(expect.arrayContaining(['F3', 'F4', 'F5', 'F6']));
    expect(at(mojoagung, 'Tabel 3.9', 'F3', 'EFISIENSI_MISMATCH')!.expected as number).toBeCloseTo(9.03, 2);
    // The footer's 6,29 is 97,69 − 91,40, but the total penyerapan is 91,42 (2.904.458.072 ÷ 3.177.163.407):
    // the root cause is reported on E14, and the efisiensi follows the corrected penyerapan.
    expect(at(mojoagung, 'Tabel 3.9', 'E14', 'SERAPAN_MISMATCH')).toMatchObject({ actual: 91.4 });
    const total = at(mojoagung, 'Tabel 3.9', 'F14', 'EFISIENSI_MISMATCH')!;
    expect(total.expected as number).toBeCloseTo(97.685 - 91.4168, 2);
    expect(total.message).toContain('97,69% − penyerapan total 91,42%');
  });

  test('Mojoagung SDM: efisiensi 58,57 = 97,69 − 39,12 is accepted', () => {
    expect(mojoagung.filter((w) => w.sheet === 'SDM' && (w.cell === 'G14' || w.cell === 'I13'))).toEqual([]);
  });

  test('Mojoagung sarpras "1 of 1" shown as 50 %', () => {
    expect(at(mojoagung, 'Sarpras', 'D20', 'KETERSEDIAAN_MISMATCH')).toMatchObject({ expected: 100, actual: 50 });
  });

  test('Sooko 2023: realisasi 425 % for a percentage indicator, capaian 632 %', () => {
    expect(at(sooko, 'Cost per Outcome', 'D33', 'PERCENT_OVER_100')).toMatchObject({ actual: 425 });
    expect(at(sooko, 'Tabel 3.1', 'F6', 'CAPAIAN_OUTLIER')!.actual as number).toBeCloseTo(632.4, 1);
  });

  test('messages are Indonesian and name both numbers and the place', () => {
    for (const w of [...bangsal, ...mojoagung, ...sooko]) {
      expect(w.message).toContain(w.code === 'YEAR_MISMATCH' || w.code === 'UNRECOGNIZED_TABLE' ? w.sheet : `${w.sheet}!`);
    }
  });
});

describe('no false alarms', () => {
  test('the consistent standard workbook gives no error and, on its own scale, no warning', () => {
    const analysis = analyzeWorkbook(fixtureWorkbook(standar), { ...DEFAULT_SETTINGS, skalaPredikat: 'sakip-5' });
    expect(analysis.warnings.filter((w) => w.severity !== 'info')).toEqual([]);
    expect(analysis.derived.length).toBeGreaterThan(100);
  });

  test('with the default scale only the predikat wording differs', () => {
    const warnings = analyzeWorkbook(fixtureWorkbook(standar), DEFAULT_SETTINGS).warnings;
    expect(new Set(warnings.filter((w) => w.severity !== 'info').map((w) => w.code))).toEqual(new Set(['PREDIKAT_MISMATCH']));
  });
});
