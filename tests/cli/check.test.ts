import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { allFixtures } from '../fixtures/all';
import { runCli } from './run-cli';

const fixtureFile = (name: string): string => join(__dirname, '..', 'fixtures', 'xlsx', `${name}.xlsx`);
const repoRoot = join(__dirname, '..', '..');

describe('lkjip check', () => {
  test.each(allFixtures.map((f) => [f.name, f] as const))('--json on %s lists every expected table', async (name, fixture) => {
    const run = await runCli('check', fixtureFile(name), '--json');
    expect(run.stderr).toEqual([]);
    expect(run.stdout).toHaveLength(1);
    const report = JSON.parse(run.stdout[0]!) as {
      file: string; year: number | null; tables: { sheet: string; range: string; kind: string; title: string | null; rows: number }[];
      results: unknown[]; warnings: unknown[]; summary: Record<string, unknown>;
    };
    expect(Object.keys(report).sort()).toEqual(['file', 'results', 'summary', 'tables', 'warnings', 'year']);
    expect(report.file).toBe(fixtureFile(name));
    const found = report.tables.map((t) => `${t.sheet}!${t.range} ${t.kind}`);
    expect(found.sort()).toEqual(fixture.expected.map((e) => `${e.sheet}!${e.range} ${e.kind}`).sort());
    for (const t of report.tables) {
      const e = fixture.expected.find((x) => x.sheet === t.sheet && x.range === t.range)!;
      expect(t.rows).toBe(e.data.length);
    }
  });

  test('the readable summary is Indonesian and names each table', async () => {
    const run = await runCli('check', fixtureFile('standar'));
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toBe('standar.xlsx — tahun 2024: 14 tabel dikenali');
    expect(run.stdout).toContain('  Tabel 3.10!A3:F26  Realisasi Anggaran — Tabel 3.10 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024 (21 baris data)');
  });

  test('an unreadable file gives a clear message and exit 2 while the other files are still checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-'));
    const csv = join(dir, 'laporan.xlsx');
    writeFileSync(csv, 'No;Indikator;Target\n1;IKM;90\n');
    const run = await runCli('check', join(dir, 'tidak-ada.xlsx'), csv, fixtureFile('bangsal-2024'), '--json');
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toMatch(/tidak-ada\.xlsx: tidak dapat dibaca\. Berkas tidak ditemukan/);
    expect(run.stderr[1]).toMatch(/laporan\.xlsx: tidak dapat dibaca\..*bukan/i);
    expect(run.stdout).toHaveLength(3);
    expect(JSON.parse(run.stdout[2]!).tables.length).toBe(13);
  });

  test('usage errors exit 2 with the usage text', async () => {
    expect((await runCli('check')).code).toBe(2);
    const unknown = await runCli('periksa', 'x.xlsx');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.join('\n')).toContain('Perintah tidak dikenal');
    expect((await runCli('check', '--bogus', 'x.xlsx')).stderr[0]).toBe('Opsi tidak dikenal: --bogus.');
  });

  test('the installed bin runs the built CLI', () => {
    const ok = spawnSync(process.execPath, [join(repoRoot, 'bin', 'lkjip.js'), 'check', fixtureFile('standar')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('14 tabel dikenali');
    const out = execFileSync(process.execPath, [join(repoRoot, 'bin', 'lkjip.js'), 'help'], { encoding: 'utf8' });
    expect(out).toContain('lkjip check');
  });
});
