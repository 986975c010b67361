import { readFileSync } from 'fs';
import { join } from 'path';
import { readXlsx } from '../../../src/adapters/xlsx/read-xlsx';
import type { Warning } from '../../../src/engine/check/codes';
import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { applyPlanToModel } from '../../../src/engine/plan/apply-to-model';
import { planRecalc } from '../../../src/engine/plan/plan-recalc';
import { serializeSettings } from '../../../src/engine/settings/serialize-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/engine/settings/types';
import { readWorkbookSettings } from '../../../src/engine/settings/workbook-settings';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { contohKecamatan } from '../../fixtures/seeds/contoh-kecamatan';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const workbook = fixtureWorkbook(contohKecamatan);

/** The six deliberate mistakes of the example, as examples/README.md lists them. */
const MISTAKES = [
  { code: 'CAPAIAN_MISMATCH', severity: 'error', sheet: 'Tabel 3.3', cell: 'I8', expected: 120, actual: 80 },
  { code: 'CROSS_TABLE_MISMATCH', severity: 'error', sheet: 'Tabel 3.5', cell: 'D6', expected: 85.62, actual: 85.26 },
  { code: 'TOTAL_MISMATCH', severity: 'error', sheet: 'Tabel 3.7', cell: 'D8', expected: 3_072_555_000, actual: 3_027_555_000 },
  { code: 'CHILD_SUM_MISMATCH', severity: 'error', sheet: 'Tabel 3.10', cell: 'F14', expected: 66_400_000, actual: 64_600_000 },
  { code: 'PREDIKAT_MISMATCH', severity: 'warning', sheet: 'Tabel 3.1', cell: 'I11', expected: 'Tinggi', actual: 'Sangat Tinggi' },
  { code: 'OVER_BUDGET', severity: 'warning', sheet: 'Tabel 3.10', cell: 'G22', expected: 38_500_000, actual: 39_875_000 },
] as const;

function settingsOf(): Settings {
  const read = readWorkbookSettings(workbook);
  if (!read || !read.ok) throw new Error('the example has no valid settings sheet');
  return read.settings;
}

function findings(warnings: readonly Warning[]): Omit<Warning, 'message'>[] {
  return warnings
    .filter((w) => w.severity !== 'info')
    .map(({ message: _message, ...rest }) => rest);
}

describe('the example workbook (Kecamatan Wonorejo 2024)', () => {
  const analysis = analyzeWorkbook(workbook, settingsOf());

  test('carries its settings on LKjIP_Pengaturan, in the format the add-in writes', () => {
    const settings = settingsOf();
    expect(settings).toMatchObject({ tahun: 2024, instansi: 'Kecamatan Wonorejo', skalaPredikat: 'permendagri86' });
    const sheet = workbook.sheets.find((s) => s.name === 'LKjIP_Pengaturan')!;
    expect(sheet.cells.value(0, 0)).toBe(serializeSettings(settings));
  });

  test('the engine reports exactly the six documented mistakes as error or warning, and nothing else', () => {
    expect(findings(analysis.warnings)).toEqual(
      expect.arrayContaining(MISTAKES.map((m) => expect.objectContaining(typeof m.expected === 'number' ? { ...m, expected: expect.closeTo(m.expected, 6) } : m))),
    );
    expect(findings(analysis.warnings)).toHaveLength(MISTAKES.length);
  });

  test('with the default settings (no settings sheet read) the findings are the same', () => {
    expect(findings(analyzeWorkbook(workbook, DEFAULT_SETTINGS).warnings)).toEqual(findings(analysis.warnings));
  });

  test('the messages say both numbers in Indonesian', () => {
    const message = (code: string): string => analysis.warnings.find((w) => w.code === code)!.message;
    expect(message('CAPAIAN_MISMATCH')).toMatch(/tertulis 80.*seharusnya 120.*polaritas negatif/);
    expect(message('CROSS_TABLE_MISMATCH')).toMatch(/85,26.*Tabel 3\.1!G5 85,62/);
    expect(message('TOTAL_MISMATCH')).toMatch(/3\.027\.555\.000.*3\.072\.555\.000/);
    expect(message('CHILD_SUM_MISMATCH')).toMatch(/64\.600\.000.*66\.400\.000/);
    expect(message('PREDIKAT_MISMATCH')).toMatch(/Sangat Tinggi.*seharusnya Tinggi/);
    expect(message('OVER_BUDGET')).toMatch(/39\.875\.000.*38\.500\.000/);
  });

  test('every table is read and derived: the year, 14 tables, a derived value for every computed column', () => {
    expect(analysis.year).toBe(2024);
    expect(analysis.tables).toHaveLength(14);
    expect(analysis.derived.length).toBeGreaterThan(200);
  });

  test('Hitung Ulang corrects the three derived mistakes; the three input mistakes remain for a person to fix', () => {
    const { plan } = planRecalc(workbook, analysis, settingsOf());
    const after = analyzeWorkbook(applyPlanToModel(workbook, plan), settingsOf());
    expect(findings(after.warnings).map((w) => `${w.code} ${w.sheet}!${w.cell}`).sort()).toEqual([
      'CHILD_SUM_MISMATCH Tabel 3.10!F14',
      'CROSS_TABLE_MISMATCH Tabel 3.5!D6',
      'OVER_BUDGET Tabel 3.10!G22',
    ]);
  });

  test('examples/contoh-lkjip-kecamatan.xlsx is this fixture as a file (npm run fixtures) and gives the same findings', () => {
    const file = readXlsx(new Uint8Array(readFileSync(join(EXAMPLES, 'contoh-lkjip-kecamatan.xlsx'))));
    expect(file.sheets.map((s) => s.name)).toEqual(contohKecamatan.sheets.map((s) => s.name));
    expect(findings(analyzeWorkbook(file, settingsOf()).warnings)).toEqual(findings(analysis.warnings));
  });

  test('examples/README.md documents each mistake at its cell, and the command to run', () => {
    const readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8');
    for (const m of MISTAKES) expect(readme).toContain(`${m.sheet}!${m.cell}`);
    expect(readme).toContain('npm run demo');
    expect(readme).toContain('examples/contoh-lkjip-kecamatan.xlsx');
  });
});
