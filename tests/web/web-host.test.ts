import { readFileSync } from 'fs';
import { join } from 'path';
import { readXlsx } from '../../src/adapters/xlsx/read-xlsx';
import { analyzeWorkbook } from '../../src/engine/pipeline';
import { DEFAULT_SETTINGS } from '../../src/engine/settings/types';
import { readWorkbookSettings } from '../../src/engine/settings/workbook-settings';
import { WARNINGS_SHEET } from '../../src/engine/workbook/tool-sheets';
import type { Progress } from '../../src/taskpane/host';
import { cellDisplay, formatFixedId } from '../../src/web/cell-display';
import { downloadName } from '../../src/web/file-names';
import { regionOfCell, regionOfTable, warnedCells } from '../../src/web/preview-region';
import { WebHost } from '../../src/web/web-host';

const EXAMPLE = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'examples', 'contoh-lkjip-kecamatan.xlsx')));
const BANGSAL = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'xlsx', 'bangsal-2024.xlsx')));

function opened(bytes = EXAMPLE): WebHost {
  const host = new WebHost();
  host.open(bytes, 'contoh.xlsx');
  return host;
}

describe('web host', () => {
  test('before a file is opened every action says to open one first', async () => {
    const host = new WebHost();
    await expect(host.check(DEFAULT_SETTINGS)).rejects.toThrow('Belum ada berkas yang dibuka. Buka berkas .xlsx lebih dulu.');
    await expect(host.loadSettings()).resolves.toBe(DEFAULT_SETTINGS);
    expect(host.canUndo()).toBe(false);
  });

  test('a file that cannot be read leaves the open one in place', () => {
    const host = opened();
    expect(() => host.open(new TextEncoder().encode('No;Indikator\n'), 'rusak.xlsx')).toThrow();
    expect(host.openedFile()).toEqual({ name: 'contoh.xlsx', size: EXAMPLE.byteLength });
  });

  test('Periksa reads, reports progress, and changes nothing', async () => {
    const host = opened();
    const progress: Progress[] = [];
    const analysis = await host.check(DEFAULT_SETTINGS, (p) => progress.push(p));
    expect(analysis).toEqual(analyzeWorkbook(readXlsx(EXAMPLE), DEFAULT_SETTINGS));
    expect(progress.map((p) => p.message)).toEqual(['Mengenali dan memeriksa tabel…']);
    expect(host.canUndo()).toBe(false);
    expect(host.download('recalc')).toBeUndefined();
  });

  test('Hitung Ulang writes the file, Batalkan gives back the very same bytes', async () => {
    const host = opened();
    const outcome = await host.recalc(DEFAULT_SETTINGS);
    expect(outcome.sheetsWritten).toEqual([WARNINGS_SHEET]);
    expect(outcome.cellsWritten).toBeGreaterThan(0);
    const written = host.download('recalc')!;
    expect(written).toBeDefined();
    expect(analyzeWorkbook(readXlsx(written), DEFAULT_SETTINGS)).toEqual(outcome.analysis);
    expect(host.canUndo()).toBe(true);
    await expect(host.undo()).resolves.toBe(true);
    expect(host.bytes()).toBe(EXAMPLE);
    expect(host.download('recalc')).toBeUndefined();
    expect(host.canUndo()).toBe(false);
    await expect(host.undo()).resolves.toBe(false);
    // Back to the original bytes: recalculating again writes the same file as the first time.
    await host.recalc(DEFAULT_SETTINGS);
    expect(host.download('recalc')).toEqual(written);
  });

  test('settings are saved in the file and survive Batalkan', async () => {
    const host = opened(BANGSAL);
    expect(readWorkbookSettings(host.workbook()!)).toBeUndefined();
    await host.recalc(DEFAULT_SETTINGS);
    const chosen = { ...DEFAULT_SETTINGS, tahun: 2024, skalaPredikat: 'lkjip-4' as const };
    await host.saveSettings(chosen);
    await expect(host.loadSettings()).resolves.toEqual(chosen);
    await host.undo();
    await expect(host.loadSettings()).resolves.toEqual(chosen);
    expect(host.download('recalc')).toBeUndefined();
  });

  test('Buat E.81 adds the sheet and says what it could not find', async () => {
    const host = opened();
    const outcome = await host.buildE81(DEFAULT_SETTINGS);
    expect(outcome.sheetsWritten).toEqual(['E.81']);
    expect(Array.isArray(outcome.missing)).toBe(true);
    expect(host.workbook()!.sheets.some((s) => s.name === 'E.81')).toBe(true);
    expect(host.download('e81')).toBeDefined();
    expect(host.download('recalc')).toBeUndefined();
  });

  test('Sisipkan template adds only the sheets whose names are free', async () => {
    const host = opened();
    const before = host.workbook()!.sheets.map((s) => s.name);
    const outcome = await host.insertTemplate();
    expect(outcome.sheetsWritten.filter((name) => before.includes(name))).toEqual([]);
    expect(outcome.sheetsWritten).toContain('Petunjuk');
    const after = host.workbook()!;
    for (const name of before) expect(after.sheets.find((s) => s.name === name)).toEqual(readXlsx(EXAMPLE).sheets.find((s) => s.name === name));
  });

  test('showCell tells the page which cell to show', async () => {
    const host = opened();
    const seen: string[] = [];
    const stop = host.onShowCell((t) => seen.push(`${t.sheet}!${t.cell}`));
    await host.showCell({ sheet: 'Tabel 3.1', cell: 'I11' });
    stop();
    await host.showCell({ sheet: 'Tabel 3.1', cell: 'I12' });
    expect(seen).toEqual(['Tabel 3.1!I11']);
  });
});

describe('page helpers', () => {
  test('download names keep the file name', () => {
    expect(downloadName('Laporan LKjIP 2024.xlsx', 'recalc')).toBe('Laporan LKjIP 2024-hitung-ulang.xlsx');
    expect(downloadName('data.XLSX', 'e81')).toBe('data-e81.xlsx');
    expect(downloadName('.xlsx', 'recalc')).toBe('lkjip-hitung-ulang.xlsx');
  });

  test('cells show roughly as Excel shows them, the Indonesian way', () => {
    expect(cellDisplay({ value: 0.9476, numFmt: '0.00%' })).toBe('94,76%');
    expect(cellDisplay({ value: 2684530000, numFmt: '#,##0' })).toBe('2.684.530.000');
    expect(cellDisplay({ value: 97.6875439831 })).toBe('97,6875');
    expect(cellDisplay({ value: 'Sangat Baik' })).toBe('Sangat Baik');
    expect(cellDisplay({ value: { error: '#DIV/0!' }, formula: 'A1/B1' })).toBe('#DIV/0!');
    expect(cellDisplay({ value: null, formula: 'SUM(A1:A3)' })).toBe('');
    expect(formatFixedId(-1375000, 0)).toBe('-1.375.000');
    expect(formatFixedId(-0.001, 2)).toBe('0,00');
  });

  test('the preview region of a finding is its table; findings colour their cells, the worst wins', async () => {
    const analysis = await opened().check(DEFAULT_SETTINGS);
    const index = analysis.tables.findIndex((t) => t.sheet === 'Tabel 3.1');
    expect(regionOfCell(analysis.tables, 'Tabel 3.1', 'I11')).toEqual(regionOfTable(analysis.tables, index));
    const outside = regionOfCell(analysis.tables, 'Tabel 3.1', 'Z200')!;
    expect(outside.tableIndex).toBeUndefined();
    expect(outside.range.r1).toBeLessThanOrEqual(199);
    expect(outside.range.r2).toBeGreaterThanOrEqual(199);
    const warned = warnedCells([
      { code: 'OVER_BUDGET', severity: 'warning', sheet: 'S', cell: 'B2', message: '' },
      { code: 'TOTAL_MISMATCH', severity: 'error', sheet: 'S', cell: 'B2', message: '' },
    ]);
    expect([...warned.values()]).toEqual(['error']);
  });
});
