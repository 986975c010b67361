import { capaian } from '../compute/capaian';
import { efisiensi } from '../compute/efisiensi';
import { kemajuan } from '../compute/kemajuan';
import { ketersediaan } from '../compute/ketersediaan';
import { predikat } from '../compute/predikat';
import { scaleFor } from '../compute/predikat-scales';
import { rataRata } from '../compute/rata-rata';
import { percentOf } from '../compute/ratio';
import type { Computed } from '../compute/result';
import { ringkasan, type Ringkasan } from '../compute/ringkasan';
import { selisih } from '../compute/selisih';
import { serapan, sisaAnggaran } from '../compute/serapan';
import { shareAnggaran } from '../compute/share';
import { total } from '../compute/totals';
import { DEFAULT_SETTINGS, type Settings } from '../settings/types';

/**
 * The numbers of the template's example rows: one indicator (an index, positive polarity) and
 * one program with one kegiatan and one sub kegiatan, the same in every table so that the
 * template passes its own cross-table checks. Inputs are plain data; every derived number is
 * computed here with the engine's own formulas, never typed by hand.
 */
const INPUT = {
  /** The indicator's targets from the first year of the Renstra period to the last (5 years). */
  targetRenstra: [82, 83.5, 85, 86.5, 88],
  /** Realisasi of the first three years of the period: the report year is the third. */
  realisasi: [83.1, 84.25, 87.5],
  kondisiAwal: 80.5,
  pembanding: { kabupaten: 84.2, provinsi: 83.75, nasional: 82.4 },
  program: { target: 100, realisasi: 98.5, triwulan: [0.96, 0.97, 0.98, 0.985] },
  kegiatan: { target: 100, realisasi: 97.5, triwulan: [0.95, 0.96, 0.97, 0.975] },
  subKegiatan: { target: 1200, realisasi: 1254, triwulan: [280, 310, 305, 359] },
  pagu: 48_500_000,
  realisasiRp: 46_217_500,
  triwulanRp: [9_850_000, 12_300_000, 11_420_000, 12_647_500],
  sdm: { kebutuhan: 6, tersedia: 5 },
  sarpras: { kebutuhan: 10, tersedia: 8 },
  sarprasIndikator: { kebutuhan: 20, tersedia: 18 },
} as const;

/** Where the report year sits in the Renstra period (its third year, 0-based). */
export const REPORT_YEAR_INDEX = 2;
export const RENSTRA_YEARS = INPUT.targetRenstra.length;

export interface YearValues {
  readonly target: number;
  readonly realisasi: number;
  readonly capaian: number;
}

export interface ExampleValues {
  readonly input: typeof INPUT;
  /** The indicator in each year of the comparison (report year last). */
  readonly years: readonly YearValues[];
  readonly current: YearValues;
  readonly predikat: string;
  readonly rataRata: number;
  readonly predikatRataRata: string;
  readonly ringkasan: Ringkasan;
  readonly jumlahIndikator: number;
  readonly ringkasanPersen: Readonly<Record<'melampaui' | 'sesuai' | 'tidakMencapai' | 'jumlah', number>>;
  readonly targetAkhir: number;
  readonly kemajuan: number;
  readonly selisih: number;
  readonly capaianProgram: number;
  readonly capaianKegiatan: number;
  readonly capaianSubKegiatan: number;
  readonly serapan: number;
  readonly sisa: number;
  /** JUMLAH of the realisasi anggaran table: the sums of its program rows (one here). */
  readonly jumlah: { readonly pagu: number; readonly realisasi: number; readonly sisa: number; readonly triwulan: readonly number[] };
  readonly serapanTotal: number;
  readonly persenAnggaran: number;
  readonly persenAnggaranJumlah: number;
  readonly efisiensi: number;
  readonly efisiensiTotal: number;
  readonly ketersediaanSdm: number;
  readonly rataRataKetersediaanSdm: number;
  readonly efisiensiSdm: number;
  readonly ketersediaanSarpras: number;
  readonly ketersediaanSarprasIndikator: number;
  readonly rataRataKetersediaanSarpras: number;
  readonly efisiensiSarpras: number;
}

function value(result: Computed<string>, what: string): number {
  if (result.kind !== 'value') throw new Error(`template example: ${what} gave no value (${result.reason})`);
  return result.value;
}

function label(of: number, settings: Settings): string {
  const result = predikat(of, scaleFor(settings));
  if (result.kind !== 'label') throw new Error(`template example: no predikat for ${of}`);
  return result.label;
}

type Positif = { readonly polaritas: 'positif'; readonly rumusNegatif: Settings['rumusNegatif'] };

function budget() {
  const sisa = value(sisaAnggaran(INPUT.pagu, INPUT.realisasiRp), 'sisa');
  // One program: the JUMLAH is the sum of that one row.
  const jumlah = {
    pagu: total([INPUT.pagu]).sum,
    realisasi: total([INPUT.realisasiRp]).sum,
    sisa: total([sisa]).sum,
    triwulan: INPUT.triwulanRp.map((rp) => total([rp]).sum),
  };
  return {
    serapan: value(serapan(INPUT.pagu, INPUT.realisasiRp), 'serapan'),
    sisa,
    jumlah,
    serapanTotal: value(serapan(jumlah.pagu, jumlah.realisasi), 'serapan total'),
    persenAnggaran: value(shareAnggaran(INPUT.pagu, jumlah.pagu), '% anggaran'),
    persenAnggaranJumlah: value(shareAnggaran(jumlah.pagu, jumlah.pagu), '% anggaran jumlah'),
  };
}

function summary(capaianValues: readonly number[]) {
  const counts = ringkasan(capaianValues);
  const jumlahIndikator = total([counts.melampaui, counts.sesuai, counts.tidakMencapai]).sum;
  const share = (n: number): number => value(percentOf(n, jumlahIndikator, { part: 'jumlah', whole: 'total' }), 'persentase ringkasan');
  return {
    ringkasan: counts,
    jumlahIndikator,
    ringkasanPersen: {
      melampaui: share(counts.melampaui),
      sesuai: share(counts.sesuai),
      tidakMencapai: share(counts.tidakMencapai),
      jumlah: share(jumlahIndikator),
    },
  };
}

function programCapaian(positif: Positif) {
  return {
    capaianProgram: value(capaian(INPUT.program.target, INPUT.program.realisasi, positif), 'capaian program'),
    capaianKegiatan: value(capaian(INPUT.kegiatan.target, INPUT.kegiatan.realisasi, positif), 'capaian kegiatan'),
    capaianSubKegiatan: value(capaian(INPUT.subKegiatan.target, INPUT.subKegiatan.realisasi, positif), 'capaian sub kegiatan'),
  };
}

/** Efisiensi SDM or sarpras: rata-rata capaian − rata-rata % ketersediaan (of the one indicator row). */
function ketersediaanEfisiensi(rata: number, tersedia: number, kebutuhan: number) {
  const row = value(ketersediaan(tersedia, kebutuhan), 'ketersediaan');
  const mean = rataRata([row]).mean ?? Number.NaN;
  return { row, mean, efisiensi: value(efisiensi(rata, mean), 'efisiensi ketersediaan') };
}

export function exampleValues(settings: Settings = DEFAULT_SETTINGS): ExampleValues {
  const positif: Positif = { polaritas: 'positif', rumusNegatif: settings.rumusNegatif };
  const years = INPUT.realisasi.map((realisasi, i) => {
    const target = INPUT.targetRenstra[i]!;
    return { target, realisasi, capaian: value(capaian(target, realisasi, positif), 'capaian') };
  });
  const current = years[REPORT_YEAR_INDEX]!;
  const rata = rataRata([current.capaian]).mean ?? Number.NaN;
  const targetAkhir = INPUT.targetRenstra[INPUT.targetRenstra.length - 1]!;
  const money = budget();
  const sdm = ketersediaanEfisiensi(rata, INPUT.sdm.tersedia, INPUT.sdm.kebutuhan);
  const sarpras = ketersediaanEfisiensi(rata, INPUT.sarprasIndikator.tersedia, INPUT.sarprasIndikator.kebutuhan);
  return {
    input: INPUT,
    years,
    current,
    predikat: label(current.capaian, settings),
    rataRata: rata,
    predikatRataRata: label(rata, settings),
    ...summary([current.capaian]),
    targetAkhir,
    kemajuan: value(kemajuan(targetAkhir, current.realisasi, positif), 'kemajuan'),
    selisih: value(selisih(current.realisasi, INPUT.pembanding.nasional), 'selisih'),
    ...programCapaian(positif),
    ...money,
    efisiensi: value(efisiensi(current.capaian, money.serapan), 'efisiensi'),
    efisiensiTotal: value(efisiensi(rata, money.serapanTotal), 'efisiensi total'),
    ketersediaanSdm: sdm.row,
    rataRataKetersediaanSdm: sdm.mean,
    efisiensiSdm: sdm.efisiensi,
    ketersediaanSarpras: value(ketersediaan(INPUT.sarpras.tersedia, INPUT.sarpras.kebutuhan), 'ketersediaan'),
    ketersediaanSarprasIndikator: sarpras.row,
    rataRataKetersediaanSarpras: sarpras.mean,
    efisiensiSarpras: sarpras.efisiensi,
  };
}
