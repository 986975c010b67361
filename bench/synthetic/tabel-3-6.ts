import type { FixtureCell, FixtureSheet } from '../../tests/fixtures/spec';
import type { Program } from './hierarchy';

const pct = (fraction: number): FixtureCell => ({ n: Math.round(fraction * 10_000) / 10_000, fmt: '0.00%' });

/**
 * Tabel 3.6 (capaian program, kegiatan, sub kegiatan) over the same tree: programs and kegiatan
 * with percentage indicators typed as text, sub kegiatan with counted outputs (`12 laporan`).
 * Every 101st sub kegiatan states a capaian five points off.
 */
export function tabel36(programs: readonly Program[]): FixtureSheet {
  const rows: FixtureCell[][] = [
    ['Tabel 3.6 Capaian Kinerja Program, Kegiatan dan Sub Kegiatan Tahun 2024'],
    [],
    ['No', 'Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja', 'Target', 'Realisasi', '% Capaian'],
    [1, 2, 3, 4, 5, 6],
  ];
  let subIndex = 0;
  programs.forEach((p, i) => {
    rows.push([i + 1, `Program: ${p.name}`, `Persentase capaian sasaran ${p.name}`, '100%', '97,50%', pct(0.975)]);
    for (const k of p.kegiatan) {
      rows.push([null, `Kegiatan: ${k.name}`, `Persentase layanan ${k.name} yang diselesaikan`, '100%', '100%', pct(1)]);
      for (const s of k.subs) {
        const wrong = ++subIndex % 101 === 0;
        const capaian = s.capaianRealisasi / s.target + (wrong ? 0.05 : 0);
        rows.push([null, `Sub Kegiatan: ${s.name}`, `Jumlah ${s.unit} ${s.name}`, `${s.target} ${s.unit}`, `${s.capaianRealisasi} ${s.unit}`, pct(capaian)]);
      }
    }
  });
  return { name: 'Tabel 3.6', rows };
}
