/**
 * The program → kegiatan → sub kegiatan tree of a synthetic perangkat daerah, in kode rekening
 * nomenclature (`1.02.01`, `1.02.01.2.01`, `1.02.01.2.01.0001`), with deterministic amounts.
 */
export interface SubKegiatan {
  readonly kode: string;
  readonly name: string;
  readonly pagu: number;
  readonly realisasi: number;
  /** Output target and realisasi, counted in `unit`. */
  readonly target: number;
  readonly capaianRealisasi: number;
  readonly unit: string;
}

export interface Kegiatan {
  readonly kode: string;
  readonly name: string;
  readonly subs: readonly SubKegiatan[];
}

export interface Program {
  readonly kode: string;
  readonly name: string;
  readonly kegiatan: readonly Kegiatan[];
}

const KEGIATAN_PER_PROGRAM = 5;
const SUB_PER_KEGIATAN = 8;
const UNITS = ['dokumen', 'laporan', 'paket', 'orang', 'kegiatan', 'unit'] as const;
const VERBS = ['Penyediaan', 'Fasilitasi', 'Koordinasi', 'Penyusunan', 'Pembinaan', 'Pengelolaan', 'Evaluasi', 'Pelaksanaan'] as const;
const OBJECTS = ['Dokumen Perencanaan', 'Jasa Pelayanan Umum', 'Administrasi Keuangan', 'Sarana Prasarana', 'Data dan Informasi', 'Pelayanan Publik'] as const;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Program `p` (0-based) gets a distinct three-level kode: urusan, bidang urusan, program. */
function programKode(p: number): string {
  const program = (p % 99) + 1;
  const bidang = (Math.floor(p / 99) % 99) + 1;
  const urusan = Math.floor(p / (99 * 99)) + 1;
  return `${urusan}.${pad(bidang, 2)}.${pad(program, 2)}`;
}

function subKegiatan(kode: string, index: number): SubKegiatan {
  const pagu = 5_000_000 + ((index * 7_919) % 95_000) * 1_000;
  const share = 0.8 + (index % 21) / 100;
  const target = 2 + (index % 23);
  return {
    kode,
    name: `${VERBS[index % VERBS.length]} ${OBJECTS[index % OBJECTS.length]} ${index + 1}`,
    pagu,
    realisasi: Math.floor(pagu * share),
    target,
    capaianRealisasi: index % 7 === 0 ? target - 1 : target,
    unit: UNITS[index % UNITS.length]!,
  };
}

/** A tree with exactly `subCount` sub kegiatan. */
export function syntheticPrograms(subCount: number): Program[] {
  const programs: Program[] = [];
  let made = 0;
  for (let p = 0; made < subCount; p++) {
    const kodeP = programKode(p);
    const kegiatan: Kegiatan[] = [];
    for (let k = 0; k < KEGIATAN_PER_PROGRAM && made < subCount; k++) {
      const kodeK = `${kodeP}.2.${pad(k + 1, 2)}`;
      const subs: SubKegiatan[] = [];
      for (let s = 0; s < SUB_PER_KEGIATAN && made < subCount; s++) subs.push(subKegiatan(`${kodeK}.${pad(s + 1, 4)}`, made++));
      kegiatan.push({ kode: kodeK, name: `${VERBS[(p + k) % VERBS.length]} Urusan Pemerintahan ${p + 1}.${k + 1}`, subs });
    }
    programs.push({ kode: kodeP, name: `Program Sintetis Pelayanan ${p + 1}`, kegiatan });
  }
  return programs;
}

export const sumOf = <T>(items: readonly T[], value: (item: T) => number): number => items.reduce((s, i) => s + value(i), 0);

export const kegiatanPagu = (k: Kegiatan): number => sumOf(k.subs, (s) => s.pagu);
export const kegiatanRealisasi = (k: Kegiatan): number => sumOf(k.subs, (s) => s.realisasi);
export const programPagu = (p: Program): number => sumOf(p.kegiatan, kegiatanPagu);
export const programRealisasi = (p: Program): number => sumOf(p.kegiatan, kegiatanRealisasi);
