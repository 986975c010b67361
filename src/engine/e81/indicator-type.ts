import type { ParsedValue } from '../values/types';
import { stripUnitSuffix } from './keys';

/**
 * How an indicator accumulates over the year (SPEC §6): `jumlah` (dokumen, laporan, orang …)
 * adds up its triwulan; `tingkat` (%, indeks, nilai, skor) is a level, its year is its last
 * triwulan; `tak_tentu` when nothing tells (the sum is then the default, as for counts).
 */
export type IndicatorType = 'jumlah' | 'tingkat' | 'tak_tentu';

const LEVEL_UNITS = /^(%|persen|prosen|persentase|indeks|index|nilai|skor|score|poin|point|predikat|rasio|ratio|peringkat|kategori|level|opini)$/;
const COUNT_UNITS =
  /^(dok|dokumen|laporan|lap|unit|unir|orang|org|jiwa|kk|kegiatan|keg|paket|pkt|buah|bh|kali|event|desa|kelurahan|lembaga|kelompok|inovasi|pelayanan|layanan|fasilitasi|rekomendasi|sertifikat|izin|ijin|berkas|naskah|perda|perbup|regulasi|produk|aplikasi|sistem|titik|lokasi|ruas|km|m|m2|m3|meter|ha|hektar|ton|kg|liter|bulan|hari|jam|minggu|tahun|sekolah|rumah|gedung|jenis|set|stel|eksemplar|buku|judul|kajian|rancangan|usulan|data|informasi|berita|publikasi|peserta|pegawai|asn|anak|siswa|pasien|kasus|perkara|sarana|prasarana|ruang|kendaraan)\b/;
const LEVEL_NAMES =
  /^(persentase|prosentase|presentase|persen|%|indeks|index|nilai|skor|rasio|tingkat|rata rata|rata-rata|angka|ip asn|ikm|skm|predikat|opini|peringkat|cakupan|proporsi|capaian|derajat|kualitas|kepuasan)\b/;
const COUNT_NAMES = /^(jumlah|banyaknya|banyak|total)\b/;

function unitWord(unit: string): string {
  return unit.toLowerCase().replace(/[./]+$/g, '').replace(/\s+/g, ' ').trim();
}

function typeOfUnit(unit: string | undefined): IndicatorType | undefined {
  if (unit === undefined) return undefined;
  const word = unitWord(unit);
  if (word === '') return undefined;
  if (LEVEL_UNITS.test(word)) return 'tingkat';
  if (COUNT_UNITS.test(word)) return 'jumlah';
  return undefined;
}

/**
 * The type of an indicator, from (in order) its satuan, a unit in brackets closing its name
 * (`(%)`, `(Dokumen)`), the way its target is written (`94,95%`, `2 dokumen`, a grade), and the
 * first word of its name (`Persentase …`, `Indeks …`, `Jumlah …`).
 */
export function indicatorType(name: string, satuan: string | undefined, target: ParsedValue | undefined): IndicatorType {
  const fromSatuan = typeOfUnit(satuan);
  if (fromSatuan) return fromSatuan;
  const fromSuffix = typeOfUnit(stripUnitSuffix(name).unit);
  if (fromSuffix) return fromSuffix;
  if (target?.kind === 'percent' || target?.kind === 'grade') return 'tingkat';
  if (target?.kind === 'number' && target.grade !== undefined) return 'tingkat';
  const fromTargetUnit = target?.kind === 'number' ? typeOfUnit(target.unit) : undefined;
  if (fromTargetUnit) return fromTargetUnit;
  const words = name.trim().toLowerCase().replace(/^[\d.\s)-]+/, '');
  if (LEVEL_NAMES.test(words)) return 'tingkat';
  if (COUNT_NAMES.test(words)) return 'jumlah';
  return 'tak_tentu';
}

/** A percentage indicator (its value can never pass 100 % sensibly as a sum of triwulan shares). */
export function isPercentIndicator(name: string, satuan: string | undefined, target: ParsedValue | undefined): boolean {
  const unit = satuan ?? stripUnitSuffix(name).unit;
  if (unit !== undefined && /^(%|persen|prosen|persentase)$/.test(unitWord(unit))) return true;
  if (target?.kind === 'percent') return true;
  return /^(persentase|prosentase|presentase|persen|%)\b/.test(name.trim().toLowerCase());
}
