import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { blankXlsx } from '../../src/adapters/xlsx/blank-package';
import { patchXlsx } from '../../src/adapters/xlsx/patch-xlsx';
import { readXlsx } from '../../src/adapters/xlsx/read-xlsx';
import { templateBytes, templateCommand } from '../../src/cli/template-command';
import { id } from '../../src/engine/i18n/messages';
import { analyzeWorkbook } from '../../src/engine/pipeline';
import { DEFAULT_SETTINGS } from '../../src/engine/settings/types';
import type { Output } from '../../src/cli/output';
import { runCli } from './run-cli';

type ExcelJsInput = Parameters<ExcelJS.Xlsx['load']>[0];

const SHEETS = ['Petunjuk', ...Array.from({ length: 13 }, (_, i) => `Tabel 3.${i + 1}`), 'Renstra'];

function collect(): Output & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (l) => out.push(l), stderr: (l) => err.push(l) };
}

async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJsInput);
  return wb;
}

const dir = mkdtempSync(join(tmpdir(), 'lkjip-template-'));

describe('blankXlsx', () => {
  test('is an empty workbook with one sheet that our reader and ExcelJS both open', async () => {
    const bytes = blankXlsx();
    const read = readXlsx(bytes);
    expect(read.sheets.map((s) => ({ name: s.name, cells: s.cells.size, merges: s.merges }))).toEqual([{ name: 'Sheet1', cells: 0, merges: [] }]);
    expect(read.definedNames).toEqual([]);
    const wb = await loadWithExcelJs(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Sheet1']);
    expect(blankXlsx()).toEqual(bytes);
  });

  test('takes the name of its sheet, so that a generated sheet of that name replaces it', () => {
    const plan = {
      cells: [],
      sheets: [
        { name: 'Data & Catatan', rows: [[{ kind: 'text' as const, value: 'isi' }]], merges: [], columnWidths: [] },
        { name: 'Kedua', rows: [], merges: [], columnWidths: [] },
      ],
    };
    const workbook = readXlsx(patchXlsx(blankXlsx('Data & Catatan'), plan));
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Data & Catatan', 'Kedua']);
    expect(workbook.sheets[0]!.cells.value(0, 0)).toBe('isi');
  });

  test('refuses names Excel refuses', () => {
    for (const bad of ['', 'a'.repeat(32), 'a/b', 'a[1]', "'kutip'"]) expect(() => blankXlsx(bad)).toThrow(RangeError);
  });
});

describe('lkjip template -o OUT', () => {
  const file = join(dir, 'templat-lkjip.xlsx');
  let code: number;
  let run: ReturnType<typeof collect>;

  beforeAll(async () => {
    run = collect();
    code = await templateCommand(file, id, run);
  });

  test('writes a new workbook and says what is in it', () => {
    expect(code).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.out).toEqual([`${file}: templat LKjIP dibuat (15 lembar: ${SHEETS.join(', ')}).`]);
  });

  test('the file holds exactly the template sheets (no empty Sheet1) and the engine recognizes all 14 tables', () => {
    const workbook = readXlsx(new Uint8Array(readFileSync(file)));
    expect(workbook.sheets.map((s) => s.name)).toEqual(SHEETS);
    const analysis = analyzeWorkbook(workbook, DEFAULT_SETTINGS);
    expect(analysis.tables.map((t) => t.kind)).toEqual([
      'capaian', 'ringkasan_capaian', 'multi_tahun', 'kemajuan', 'pembanding', 'capaian', 'alokasi_anggaran',
      'kinerja_anggaran', 'efisiensi', 'realisasi_anggaran', 'efisiensi_sdm', 'sarpras', 'efisiensi_sarpras', 'renstra',
    ]);
    expect(analysis.warnings.filter((w) => w.severity !== 'info')).toEqual([]);
    expect(analysis.year).toBe(new Date().getFullYear() - 1);
  });

  test('ExcelJS, an independent reader, sees the merges, widths, formats, frozen header and print setup', async () => {
    const wb = await loadWithExcelJs(new Uint8Array(readFileSync(file)));
    const t310 = wb.getWorksheet('Tabel 3.10')!;
    expect(t310.getCell('J3').value).toBe('Realisasi Kinerja dan Anggaran per Triwulan');
    expect(t310.getCell('Q3').isMerged).toBe(true);
    expect(t310.getCell('J4').value).toBe('I');
    expect(t310.getCell('K5').value).toBe('Rp');
    expect(t310.getCell('F7').numFmt).toBe('#,##0');
    expect(t310.getCell('H7').numFmt).toBe('0.00');
    expect(t310.getColumn(2).width).toBe(38);
    expect(t310.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(t310.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(t310.getCell('A3').font?.bold).toBe(true);
    const petunjuk = wb.getWorksheet('Petunjuk')!;
    expect(petunjuk.getCell('A1').value).toBe('Petunjuk Pengisian Tabel Bab III LKjIP');
    const filled = petunjuk.getColumn(1).values.filter((v) => typeof v === 'string' && v.startsWith('Merah muda'));
    expect(filled).toHaveLength(1);
  });

  test('never replaces an existing file', async () => {
    const existing = join(dir, 'laporan-saya.xlsx');
    writeFileSync(existing, 'isi lama');
    const again = collect();
    expect(await templateCommand(existing, id, again)).toBe(2);
    expect(again.err).toEqual([`Berkas ${existing} sudah ada dan tidak ditimpa: pilih nama lain atau hapus dahulu berkas itu.`]);
    expect(readFileSync(existing, 'utf8')).toBe('isi lama');
  });

  test('without -o, or with another extension, explains and exits 2', async () => {
    const none = collect();
    expect(await templateCommand(undefined, id, none)).toBe(2);
    expect(none.err[0]).toBe('Sebutkan berkas hasil: lkjip template -o HASIL.xlsx');
    const csv = collect();
    expect(await templateCommand(join(dir, 'templat.csv'), id, csv)).toBe(2);
    expect(csv.err[0]).toMatch(/harus berakhiran \.xlsx/);
  });

  test('a folder that does not exist gives a plain message, exit 2', async () => {
    const missing = collect();
    expect(await templateCommand(join(dir, 'tidak-ada', 'templat.xlsx'), id, missing)).toBe(2);
    expect(missing.err[0]).toMatch(/templat\.xlsx: tidak dapat ditulis\./);
  });

  test('the same day gives the same bytes', () => {
    const day = new Date(2025, 1, 3);
    expect(templateBytes(day).bytes).toEqual(templateBytes(day).bytes);
  });
});

describe('the README example: npm run demo = lkjip check examples/contoh-lkjip-kecamatan.xlsx', () => {
  const repoRoot = join(__dirname, '..', '..');
  const example = join(repoRoot, 'examples', 'contoh-lkjip-kecamatan.xlsx');
  const FINDINGS = [
    /^ {2}\[GALAT\] Tabel 3\.3!I8 CAPAIAN_MISMATCH: Capaian kinerja di Tabel 3\.3!I8 tertulis 80.*seharusnya 120/,
    /^ {2}\[GALAT\] Tabel 3\.5!D6 CROSS_TABLE_MISMATCH: Realisasi indikator "Indeks Kepuasan Masyarakat \(IKM\) Kecamatan Wonorejo"/,
    /^ {2}\[GALAT\] Tabel 3\.7!D8 TOTAL_MISMATCH: Jumlah di Tabel 3\.7!D8 tertulis 3\.027\.555\.000, seharusnya 3\.072\.555\.000/,
    /^ {2}\[GALAT\] Tabel 3\.10!F14 CHILD_SUM_MISMATCH: .*64\.600\.000.*66\.400\.000/,
    /^ {2}\[PERINGATAN\] Tabel 3\.1!I11 PREDIKAT_MISMATCH: .*Sangat Tinggi, seharusnya Tinggi/,
    /^ {2}\[PERINGATAN\] Tabel 3\.10!G22 OVER_BUDGET: .*39\.875\.000.*38\.500\.000/,
  ];

  function expectSixFindings(lines: readonly string[]): void {
    expect(lines[0]).toBe('contoh-lkjip-kecamatan.xlsx — tahun 2024: 14 tabel dikenali');
    expect(lines).toContain('  4 galat, 2 peringatan, 0 info');
    const findings = lines.filter((l) => /^ {2}\[(GALAT|PERINGATAN)\]/.test(l));
    expect(findings).toHaveLength(FINDINGS.length);
    FINDINGS.forEach((pattern, i) => expect(findings[i]).toMatch(pattern));
  }

  test('in-process: exit 1 (errors found), the 14 tables, then the six findings in Indonesian', async () => {
    const run = await runCli('check', example);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([]);
    expectSixFindings(run.stdout);
  });

  test('the installed bin (what npm run demo runs after building) prints the same', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'lkjip.js'), 'check', 'examples/contoh-lkjip-kecamatan.xlsx'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expectSixFindings(run.stdout.trimEnd().split('\n'));
  });

  test('the demo script runs exactly that command', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['demo']).toContain('node bin/lkjip.js check examples/contoh-lkjip-kecamatan.xlsx');
  });
});
