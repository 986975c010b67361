import { readXlsx } from '../../src/adapters/xlsx/read-xlsx';
import { recognizeWorkbook } from '../../src/engine/recognize/recognize-workbook';
import type { Table } from '../../src/engine/recognize/types';
import { columnLetters, rangeToA1 } from '../../src/engine/workbook/a1';
import { E81_FILE, SIPD_FILE, describeRealworld, realworldBytes } from './realworld-files';

function roleMap(table: Table): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of table.columns) {
    out[columnLetters(c.col)] = [c.role, c.triwulan && `tw${c.triwulan}`, c.measure, c.kelompok].filter(Boolean).join('/');
  }
  return out;
}

function levelCounts(table: Table): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of table.rows) {
    const key = r.kind.role === 'data' ? `data:${r.kind.level ?? '-'}` : r.kind.role === 'footer' ? `footer:${r.kind.footer}` : r.kind.role;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describeRealworld('real workbooks staff made', () => {
  test('SIPD rekap belanja: kode over four columns, kelompok belanja, levels from the kode', () => {
    const tables = recognizeWorkbook(readXlsx(realworldBytes(SIPD_FILE)));
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.kind).toBe('realisasi_anggaran');
    expect(rangeToA1(t.range)).toBe('A6:M490');
    expect(t.headerRows.map((r) => r + 1)).toEqual([6, 7, 8]);
    expect(roleMap(t)).toEqual({
      A: 'kode', B: 'kode', C: 'kode', D: 'kode', E: 'uraian',
      F: 'anggaran/operasi', G: 'realisasi_anggaran/operasi',
      H: 'anggaran/modal', I: 'realisasi_anggaran/modal',
      J: 'anggaran/tak terduga', K: 'realisasi_anggaran/tak terduga',
      L: 'anggaran/transfer', M: 'realisasi_anggaran/transfer',
    });
    expect(levelCounts(t)).toEqual({
      column_numbers: 1, 'data:urusan': 1, 'data:bidang': 3, 'data:organisasi': 3, 'data:program': 5,
      'data:kegiatan': 11, 'data:sub_kegiatan': 42, 'data:rekening': 415, 'footer:total': 1,
    });
    const levelAt = (row: number): string | undefined => {
      const r = t.rows.find((x) => x.row === row - 1)!.kind;
      return r.role === 'data' ? r.level : r.role;
    };
    expect([10, 11, 12, 13, 14, 15, 16].map(levelAt)).toEqual([
      'urusan', 'bidang', 'organisasi', 'program', 'kegiatan', 'sub_kegiatan', 'rekening',
    ]);
  });

  test('Deli Serdang E.81: K / % / Rp triwulan groups, extra leading columns, positional hierarchy', () => {
    const tables = recognizeWorkbook(readXlsx(realworldBytes(E81_FILE)));
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.kind).toBe('e81');
    expect(t.headerRows.map((r) => r + 1)).toEqual([6, 7, 9]);
    const roles = roleMap(t);
    expect(roles).toMatchObject({
      A: 'no', H: 'indikator', I: 'satuan', G: 'uraian',
      J: 'target_akhir/K', K: 'target_akhir/Rp', L: 'realisasi_lalu/K', M: 'realisasi_lalu/Rp',
      N: 'target/K', O: 'anggaran/Rp',
      P: 'realisasi/tw1/K', Q: 'capaian/tw1/%', R: 'realisasi_anggaran/tw1/Rp',
      Y: 'realisasi/tw4/K', Z: 'capaian/tw4/%', AA: 'realisasi_anggaran/tw4/Rp',
      AB: 'realisasi/K', AC: 'realisasi_anggaran/Rp', AD: 'realisasi_kumulatif/K', AE: 'realisasi_kumulatif/Rp',
      AF: 'kemajuan/K', AG: 'kemajuan/Rp',
    });
    const counts = levelCounts(t);
    expect(counts['data:program']).toBe(7);
    expect(counts['data:kegiatan']).toBe(23);
    expect(counts['data:sub_kegiatan']).toBe(70);
    expect(counts['footer:total']).toBe(1);
  });
});
