import type { SubjectFigures } from './figures';
import { REALWORLD_RUNS_PER_ROUND } from './options';
import { STAGES, type Stage } from './stage-types';
import type { BenchSummary, Target } from './summary';

const STAGE_LABEL: Readonly<Record<Stage, string>> = {
  read: 'baca',
  recognize: 'kenali',
  compute_check: 'hitung+periksa',
  plan: 'rencana',
  write: 'tulis',
};

const n = (v: number | null | undefined, decimals = 0): string =>
  v === null || v === undefined ? '—' : v.toLocaleString('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const pad = (s: string, width: number): string => s.padStart(width);

function stageLines(f: SubjectFigures): string[] {
  if (!f.stageMs || !f.stageCpuMs) return ['    tahap: —'];
  const total = STAGES.reduce((sum, s) => sum + f.stageCpuMs![s], 0);
  return STAGES.map(
    (s) =>
      `    ${STAGE_LABEL[s].padEnd(15)}${pad(n(f.stageCpuMs![s]), 9)} ms cpu  ${pad(n((f.stageCpuMs![s] / total) * 100, 1), 5)} %  (dinding ${pad(n(f.stageMs![s]), 7)} ms)`,
  );
}

function subjectBlock(f: SubjectFigures): string[] {
  const size = f.subKegiatan !== null ? `${n(f.subKegiatan)} sub kegiatan × 2 tabel, ` : '';
  const lines = [`  ${f.label} — ${size}${n(f.dataCells)} sel, ${n(f.fileMb, 1)} MB, ${f.runs} kali`];
  lines.push(...stageLines(f));
  lines.push(
    `    mesin (kenali+hitung+rencana) ${n(f.engineMs)} ms cpu, ${n(f.engineMainThreadMs)} di utas utama, sisanya utas V8 (kompilasi JIT, GC) (dinding ${n(f.engineWallMs)}); parse ExcelJS ${n(f.parseMs)} ms cpu (dinding ${n(f.parseWallMs)}); mesin ÷ parse ${n(f.engineToParse, 3)}`,
    `    baca kita ${n(f.readMs)} ms cpu vs ExcelJS ${n(f.parseMs)} ms cpu: ${n(f.readSpeedup, 1)}× lebih cepat; memori baca +${n(f.readRssMb)} MB vs +${n(f.exceljsRssMb)} MB (rasio ${n(f.readMemoryRatio, 2)})`,
    `    lkjip recalc ujung ke ujung ${n(f.recalcMs)} ms cpu (dinding ${n(f.recalcWallMs)}) = ${n(f.recalcToParse, 2)} × parse ExcelJS; ${n(f.writes)} sel ditulis`,
    `    memori puncak lkjip recalc +${n(f.recalcPeakMb)} MB = ${n(f.recalcPeakToModel, 1)} × model (${n(f.modelMb, 1)} MB); tahap demi tahap dengan semua hasil disimpan: puncak ${n(f.peakRssMb)} MB, (puncak − awal) ÷ model ${n(f.memoryToModel, 1)}`,
  );
  if (f.office) {
    for (const [label, o] of [['web, 5 MB', f.office.web], ['desktop', f.office.desktop]] as const) {
      lines.push(
        `    Office.js (Excel palsu, ${label}): sync periksa ${o.checkSyncs}, hitung ulang ${o.recalcSyncs}, batalkan ${o.undoSyncs}; permintaan terbesar ${n(o.requestBytesMax / 1024, 0)} KB, jawaban terbesar ${n(o.responseBytesMax / 1024, 0)} KB; ditolak ${o.refusedSyncs}`,
      );
    }
  }
  for (const failure of f.failures) lines.push(`    GAGAL: ${failure}`);
  return lines;
}

export function humanReport(
  synthetic: readonly SubjectFigures[],
  realworld: readonly SubjectFigures[],
  summary: BenchSummary,
  targets: readonly Target[],
  batch: { files: number; note?: string },
): string {
  const lines = [
    `Benchmark LKjIP — median dari ${summary.runs} kali (berkas nyata ${summary.runs * REALWORLD_RUNS_PER_ROUND} kali), waktu CPU proses (dinding dalam kurung); ${summary.machine}; beban rata-rata ${summary.load_avg}`,
    '',
    'Buku kerja sintetis (13 tabel standar + Renstra; Tabel 3.6 dan 3.10 sebesar N sub kegiatan):',
    ...synthetic.flatMap(subjectBlock),
    '',
    `Berkas nyata${realworld.length === 0 ? ': folder tidak ada, dilewati' : ':'}`,
    ...realworld.flatMap(subjectBlock),
    '',
    `lkjip check atas folder ${batch.files} buku kerja: ${n(summary.batch_files_per_s, 1)} berkas/detik dengan worker per inti, ${n(summary.batch_files_per_s_1_worker, 1)} dengan 1 worker${batch.note ? ` (${batch.note})` : ''}`,
    `pertumbuhan waktu mesin ${n(summary.growth_2x, 2)}× saat baris dua kali lipat`,
    '',
    'Target:',
    ...targets.map((t) => `  ${t.holds === null ? '—   ' : t.holds ? 'YA  ' : 'TIDAK'} ${t.name}: ${n(t.value, 3)} (${t.limit})`),
  ];
  return `${lines.join('\n')}\n`;
}
