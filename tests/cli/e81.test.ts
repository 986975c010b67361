import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { patchXlsx } from '../../src/adapters/xlsx/patch-xlsx';
import { readXlsx } from '../../src/adapters/xlsx/read-xlsx';
import { e81Command } from '../../src/cli/e81-command';
import { e81Cli, e81Missing, e81Sheet } from '../../src/engine/i18n/e81-messages';
import { id } from '../../src/engine/i18n/messages';
import type { Sheet } from '../../src/engine/workbook/types';
import { e81Sumber } from '../fixtures/seeds/e81-sumber';
import { writeFixture } from '../fixtures/write-fixture';
import { rowsOf } from '../helpers/sheet-rows';

interface Run {
  readonly code: number;
  readonly stdout: string[];
  readonly stderr: string[];
}

async function run(file: string | undefined, output: string | undefined, settings?: string): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await e81Command(file, output, id, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) }, settings);
  return { code, stdout, stderr };
}

function cell(sheet: Sheet, row: number, col: number): unknown {
  return sheet.cells.value(row, col);
}

function labelRow(sheet: Sheet, label: string): number {
  return rowsOf(sheet).findIndex((r) => r?.[0]?.value === label);
}

describe('lkjip e81', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-e81-'));
  const input = join(dir, 'sumber.xlsx');
  const output = join(dir, 'hasil.xlsx');

  beforeAll(async () => {
    writeFileSync(input, await writeFixture(e81Sumber));
  });

  test('writes OUT with the E.81 sheet, lists what could not be filled, leaves the input untouched', async () => {
    const before = readFileSync(input);
    const result = await run(input, output);
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toBe(`${output}: lembar E.81 dibuat (10 baris indikator).`);
    expect(result.stdout[1]).toBe(e81Cli.missingHeader);
    expect(result.stdout.slice(2)).toHaveLength(4);
    expect(result.stdout[2]).toMatch(/^ {2}- Target akhir periode Renstra \(kolom 6 K\) tidak ditemukan untuk 1 baris: "Jumlah Orang/);
    expect(readFileSync(input)).toEqual(before);

    const written = readXlsx(new Uint8Array(readFileSync(output)));
    expect(written.sheets.map((s) => s.name)).toEqual(['Tabel 3.10', 'Renstra', 'E.81']);
    const e81 = written.sheets[2]!;
    expect(cell(e81, 1, 0)).toBe('EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH');
    expect([cell(e81, 8, 2), cell(e81, 8, 19), cell(e81, 8, 20), cell(e81, 8, 21)]).toEqual(['7.01.01', 95, 2370650000, 95]);
    expect(e81.cells.cell(8, 20)?.numFmt).toBe('#,##0');
    expect(e81.merges.length).toBeGreaterThan(40);
  });

  test('running it again on its own output keeps the text the user wrote into the four text rows', async () => {
    const first = readXlsx(new Uint8Array(readFileSync(output)));
    const row = labelRow(first.sheets[2]!, e81Sheet.factorLabels.penghambat);
    expect(row).toBeGreaterThan(8);
    const edited = join(dir, 'diisi.xlsx');
    writeFileSync(
      edited,
      patchXlsx(new Uint8Array(readFileSync(output)), {
        cells: [{ sheet: 'E.81', row, col: 5, content: { kind: 'text', value: 'Keterlambatan pencairan dana triwulan I.' } }],
        sheets: [],
      }),
    );
    const again = join(dir, 'ulang.xlsx');
    const result = await run(edited, again);
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toBe('Lembar E.81 yang ada sebelumnya diperiksa: 0 galat, 0 peringatan.');
    expect(result.stdout[1]).toBe(`${again}: lembar E.81 dibuat (10 baris indikator), 1 isian teks pengguna dipertahankan.`);
    const regenerated = readXlsx(new Uint8Array(readFileSync(again)));
    expect(regenerated.sheets.map((s) => s.name)).toEqual(['Tabel 3.10', 'Renstra', 'E.81']);
    expect(cell(regenerated.sheets[2]!, row, 5)).toBe('Keterlambatan pencairan dana triwulan I.');
  });

  test('an existing E.81 with a wrong column 13 is reported before it is regenerated', async () => {
    const wrong = join(dir, 'salah.xlsx');
    writeFileSync(
      wrong,
      patchXlsx(new Uint8Array(readFileSync(output)), { cells: [{ sheet: 'E.81', row: 10, col: 19, content: { kind: 'number', value: 3 } }], sheets: [] }),
    );
    const result = await run(wrong, join(dir, 'benar.xlsx'));
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toBe('Lembar E.81 yang ada sebelumnya diperiksa: 1 galat, 0 peringatan.');
  });

  test('-o equal to the input is refused and nothing is written', async () => {
    const before = readFileSync(input);
    const result = await run(input, join(dir, '.', 'sumber.xlsx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([id.cli.sameOutput(join(dir, '.', 'sumber.xlsx'))]);
    expect(readFileSync(input)).toEqual(before);
  });

  test('an unreadable input exits 2 with a clear message', async () => {
    const notXlsx = join(dir, 'laporan.xlsx');
    writeFileSync(notXlsx, 'No;Indikator\n1;IKM\n');
    const bad = await run(notXlsx, join(dir, 'x.xlsx'));
    expect(bad.code).toBe(2);
    expect(bad.stderr[0]).toMatch(/^.*laporan\.xlsx: tidak dapat dibaca\. /);
    const missingFile = await run(join(dir, 'tidak-ada.xlsx'), join(dir, 'y.xlsx'));
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr[0]).toContain('Berkas tidak ditemukan');
  });

  test('missing -o prints the usage; a workbook without a budget table writes nothing', async () => {
    expect(await run(input, undefined)).toEqual({ code: 2, stdout: [], stderr: [e81Cli.usage] });
    const renstraOnly = join(dir, 'renstra.xlsx');
    writeFileSync(renstraOnly, await writeFixture({ ...e81Sumber, sheets: [e81Sumber.sheets[1]!] }));
    const result = await run(renstraOnly, join(dir, 'kosong.xlsx'));
    expect(result).toEqual({ code: 2, stdout: [], stderr: [e81Missing.noSource, e81Cli.notWritten] });
  });

  test('--settings: the instansi goes into the title', async () => {
    const settings = join(dir, 'pengaturan.json');
    writeFileSync(settings, JSON.stringify({ instansi: 'Kecamatan Sukamaju', tahun: 2024 }));
    const out = join(dir, 'dengan-instansi.xlsx');
    expect((await run(input, out, settings)).code).toBe(0);
    const e81 = readXlsx(new Uint8Array(readFileSync(out))).sheets.find((s) => s.name === 'E.81')!;
    expect(cell(e81, 1, 0)).toBe('EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KECAMATAN SUKAMAJU');
  });
});
