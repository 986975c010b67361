import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readXlsx } from '../../src/adapters/xlsx/read-xlsx';
import { analyzeWorkbook } from '../../src/engine/pipeline';
import { DEFAULT_SETTINGS } from '../../src/engine/settings/types';
import { readWorkbookSettings } from '../../src/engine/settings/workbook-settings';
import { allFixtures } from '../fixtures/all';
import { runCli } from './run-cli';
import { rowsOf } from '../helpers/sheet-rows';

const fixtureFile = (name: string): string => join(__dirname, '..', 'fixtures', 'xlsx', `${name}.xlsx`);
const DERIVED_CODES = /^(CAPAIAN|KEMAJUAN|SERAPAN|EFISIENSI|SHARE|KETERSEDIAAN|TOTAL|AVERAGE|SUMMARY_COUNT|PREDIKAT)_MISMATCH$/;

describe('lkjip recalc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-recalc-'));

  test.each(allFixtures.map((f) => [f.name] as const))('%s: recalc, then check: no mismatch on derived cells; twice: same cells', async (name) => {
    const once = join(dir, `${name}-1.xlsx`);
    const twice = join(dir, `${name}-2.xlsx`);
    const run = await runCli('recalc', fixtureFile(name), '-o', once);
    expect(run.stderr).toEqual([]);
    expect([0, 1]).toContain(run.code);
    expect(run.stdout[0]).toMatch(/sel turunan ditulis/);
    const after = analyzeWorkbook(readXlsx(readFileSync(once)), DEFAULT_SETTINGS);
    expect(after.warnings.filter((w) => DERIVED_CODES.test(w.code)).map((w) => `${w.sheet}!${w.cell} ${w.code}`)).toEqual([]);
    await runCli('recalc', once, '-o', twice);
    const a = readXlsx(readFileSync(once));
    const b = readXlsx(readFileSync(twice));
    expect(b.sheets.map(rowsOf)).toEqual(a.sheets.map(rowsOf));
  });

  test('ExcelJS, as an independent reader, reads the written values and formats', async () => {
    const out = join(dir, 'bangsal-exceljs.xlsx');
    await runCli('recalc', fixtureFile('bangsal-2024'), '-o', out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const total = wb.getWorksheet('Realisasi Anggaran')!.getCell('I36');
    expect(total.value).toBeCloseTo(2860173435 / 3018446000, 10);
    expect(total.numFmt).toBe('0.00%');
    const sheet = wb.getWorksheet('Peringatan LKjIP')!;
    expect(sheet.getCell('A1').value).toBe('No');
    expect(String(sheet.getCell('F2').value)).toMatch(/tertulis|tetapi|melebihi/);
  });

  test('--settings is validated, used, and saved into the output', async () => {
    const settings = join(dir, 'pengaturan.json');
    writeFileSync(settings, JSON.stringify({ skalaPredikat: 'sakip-5', tahun: 2024 }));
    const out = join(dir, 'standar-settings.xlsx');
    const run = await runCli('recalc', fixtureFile('standar'), '-o', out, '--settings', settings);
    expect(run.code).toBe(0);
    const saved = readWorkbookSettings(readXlsx(readFileSync(out)));
    expect(saved).toMatchObject({ ok: true, settings: { skalaPredikat: 'sakip-5', tahun: 2024 } });
    const check = await runCli('check', out, '--json');
    expect(JSON.parse(check.stdout[0]!).summary).toMatchObject({ errors: 0, warnings: 0 });

    writeFileSync(settings, JSON.stringify({ skalaPredikat: 'sakip-5', warna: 'merah', __proto__: { x: 1 } }));
    const bad = await runCli('recalc', fixtureFile('standar'), '-o', join(dir, 'tidak-jadi.xlsx'), '--settings', settings);
    expect(bad.code).toBe(2);
    expect(bad.stderr.join(' ')).toContain('warna');
    expect(existsSync(join(dir, 'tidak-jadi.xlsx'))).toBe(false);
  });

  test('the input is never the output, and an unreadable file writes nothing', async () => {
    const same = await runCli('recalc', fixtureFile('standar'), '-o', fixtureFile('standar'));
    expect(same.code).toBe(2);
    expect(same.stderr[0]).toMatch(/sama dengan berkas masukan/);
    const junk = join(dir, 'rusak.xlsx');
    writeFileSync(junk, 'PK\u0003\u0004 bukan zip yang utuh');
    const out = join(dir, 'rusak-hasil.xlsx');
    const run = await runCli('recalc', junk, '-o', out);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await runCli('recalc', fixtureFile('standar'))).code).toBe(2);
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (soffice) {
    test('LibreOffice opens the output and reads back the written values', () => {
      const out = join(dir, 'bangsal-lo.xlsx');
      const cli = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'lkjip.js'), 'recalc', fixtureFile('bangsal-2024'), '-o', out]);
      expect([0, 1]).toContain(cli.status);
      const conv = spawnSync(soffice, ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, out], { encoding: 'utf8', timeout: 120_000 });
      expect(conv.status).toBe(0);
      const csv = readdirSync(dir).filter((f) => f.startsWith('bangsal-lo') && f.endsWith('.csv')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
      expect(csv).toMatch(/TOTAL,+3018446000,+2860173435,94\.756\d*%/);
      expect(csv).toMatch(/17850000,18989150,106\.38\d*%/);
    });
  } else {
    test('LibreOffice check: skipped, soffice is not installed', () => expect(soffice).toBeUndefined());
  }
});

describe('lkjip recalc --mode rumus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-rumus-'));

  test('derived cells over numeric inputs are written as live formulas with their values cached', async () => {
    const out = join(dir, 'standar-rumus.xlsx');
    const run = await runCli('recalc', fixtureFile('standar'), '-o', out, '--mode', 'rumus');
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const serapan = wb.getWorksheet('Tabel 3.10')!.getCell('E5').value as { formula: string; result: number };
    expect(serapan.formula).toBe('IFERROR(((D5/C5)*100),"")');
    expect(serapan.result).toBeCloseTo(94.59, 2);
    const after = analyzeWorkbook(readXlsx(readFileSync(out)), DEFAULT_SETTINGS);
    expect(after.warnings.filter((w) => DERIVED_CODES.test(w.code) || w.code === 'FORMULA_DIFFERS')).toEqual([]);
  });

  test('an unknown mode is a usage error', async () => {
    const run = await runCli('recalc', fixtureFile('standar'), '-o', join(dir, 'x.xlsx'), '--mode', 'hidup');
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toContain('--mode nilai|rumus');
  });
});
