import { applyCapping } from '../compute/capping';
import { resolvePolaritas } from '../compute/polaritas';
import type { HierarchyLevel } from '../recognize/types';
import type { Settings } from '../settings/types';
import type { ParsedValue } from '../values/types';
import {
  capaianRenja, kumulatifAnggaran, kumulatifKinerja, persenAnggaran, tingkatCapaianKinerja,
} from './e81-math';
import { indicatorType, isPercentIndicator, type IndicatorType } from './indicator-type';
import { numberOf } from '../derive/table-access';
import { itemNameKey, stripUnitSuffix } from './keys';
import type { MissingTally } from './missing';
import type { SourceIndex } from './source-index';
import type { SourceLine } from './source-lines';
import { withIndicators } from './with-indicators';
import { hasQuarters, realisasiOfQuarters, sumOfQuarters, type Quarters } from './triwulan-rules';

/** One row of the generated E.81: an indicator of a program / kegiatan / sub kegiatan, every column filled or empty. */
export interface E81Line {
  /** The first row of its item: it shows the No, kode, name and rupiah. */
  readonly first: boolean;
  readonly level?: HierarchyLevel;
  readonly kode?: string;
  readonly uraian: string;
  readonly sasaran?: string;
  /** As written in column 5: the name with its unit in brackets, so the type can be read back. */
  readonly indikator: string;
  readonly type: IndicatorType;
  readonly k: {
    readonly targetAkhir?: ParsedValue;
    readonly lalu?: number;
    readonly target?: ParsedValue;
    readonly triwulan: Quarters;
    readonly realisasi?: number;
    readonly kumulatif?: number;
    readonly tingkatCapaian?: number;
    readonly capaian?: number;
  };
  readonly rp: {
    readonly targetAkhir?: number;
    readonly lalu?: number;
    readonly pagu?: number;
    readonly triwulan: Quarters;
    readonly realisasi?: number;
    readonly kumulatif?: number;
    readonly tingkatCapaian?: number;
    readonly capaian?: number;
  };
  readonly unitPd?: string;
  readonly keterangan?: string;
}

/** Where each kind of value may come from, best first. */
export interface E81Sources {
  readonly primary: readonly SourceLine[];
  /** Renstra tables: columns 6 and 7. */
  readonly renstra: readonly SourceIndex[];
  /** Other realisasi / kinerja anggaran and triwulan tables. */
  readonly others: readonly SourceIndex[];
  /** The E.81 sheet being replaced: what the user typed there is kept where nothing better exists. */
  readonly existing?: SourceIndex;
}

const NO_QUARTERS: Quarters = [undefined, undefined, undefined, undefined];

type Pick<T> = (line: SourceLine) => T | undefined;

/** The first source that has the value: the line itself, then each index in order. */
function lookup<T>(
  line: SourceLine,
  occurrence: number,
  indexes: readonly (SourceIndex | undefined)[],
  pick: Pick<T>,
  by: 'indicator' | 'money',
  fromLine = true,
): T | undefined {
  if (fromLine) {
    const own = pick(line);
    if (own !== undefined) return own;
  }
  for (const index of indexes) {
    if (!index) continue;
    const match = by === 'indicator' ? index.indicator(line, occurrence) : index.money(line, occurrence);
    const value = match && pick(match);
    if (value !== undefined) return value;
  }
  return undefined;
}

const quartersOf = (q: Quarters): Quarters | undefined => (hasQuarters(q) ? q : undefined);

function unitWordOf(line: SourceLine): string | undefined {
  const suffix = stripUnitSuffix(line.indikator).unit;
  const target = line.targetK;
  const fromTarget = target?.kind === 'percent' ? '%' : target?.kind === 'number' ? target.unit : undefined;
  const candidates = [line.satuan, suffix, fromTarget].filter((u): u is string => u !== undefined && u.trim() !== '');
  return candidates.find((u) => indicatorType(`x (${u})`, undefined, undefined) !== 'tak_tentu') ?? candidates[0];
}

/** The indicator as column 5 shows it: `Jumlah dokumen perencanaan (Dokumen)`. */
function displayIndicator(line: SourceLine): string {
  const name = line.indikator.trim();
  if (name === '' || stripUnitSuffix(name).unit !== undefined) return name;
  const unit = unitWordOf(line);
  return unit ? `${name} (${unit.trim()})` : name;
}

function capped(settings: Settings, value: number | undefined): number | undefined {
  return value === undefined ? undefined : applyCapping(value, settings.batasCapaian, settings.batasBawahNol);
}

/**
 * The rows of the new E.81: the primary table's hierarchy and indicators, every column taken
 * from the best source that has it, columns 13–15 and the capaian Renja computed (SPEC §6).
 * What no source has stays empty and is tallied in `missing`.
 */
export function buildE81Lines(sources: E81Sources, settings: Settings, missing: MissingTally): E81Line[] {
  const lines = linesOf(sources, settings, missing);
  // A kode borrowed from another table only where every item found one: a hierarchy half by kode
  // and half by position would lose children.
  const borrowed = lines.filter((l) => l.first && l.kode === undefined && l.borrowedKode === undefined).length === 0;
  return lines.map(({ borrowedKode, ...line }) => (borrowed && borrowedKode && !line.kode ? { ...line, kode: borrowedKode } : line));
}

function linesOf(sources: E81Sources, settings: Settings, missing: MissingTally): (E81Line & { borrowedKode?: string })[] {
  const seen = new Map<string, number>();
  let occurrence = 0;
  const renstraFirst = [...sources.renstra, ...sources.others, sources.existing];
  const inputs = [...sources.others, sources.existing];
  return withIndicators(sources.primary, [...sources.others, ...(sources.existing ? [sources.existing] : [])]).map((line) => {
    if (line.first) {
      const key = itemNameKey(line.uraian);
      occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
    }
    const kValue = <T>(pick: Pick<T>, indexes: readonly (SourceIndex | undefined)[], fromLine = true): T | undefined =>
      line.indikator ? lookup(line, occurrence, indexes, pick, 'indicator', fromLine) : undefined;
    const rpValue = <T>(pick: Pick<T>, indexes: readonly (SourceIndex | undefined)[], fromLine = true): T | undefined =>
      lookup(line, occurrence, indexes, pick, 'money', fromLine);

    const targetAkhirK = kValue((s) => s.targetAkhirK, renstraFirst);
    const laluK = kValue((s) => s.laluK, renstraFirst);
    const targetK = kValue((s) => s.targetK, inputs);
    const triwulanK = kValue((s) => quartersOf(s.triwulanK), inputs);
    const annualK = kValue((s) => s.realisasiK, inputs);
    const rp = line.first
      ? {
          targetAkhir: rpValue((s) => s.targetAkhirRp, renstraFirst),
          lalu: rpValue((s) => s.laluRp, renstraFirst),
          pagu: rpValue((s) => s.pagu, inputs),
          triwulan: rpValue((s) => quartersOf(s.triwulanRp), inputs),
          annual: rpValue((s) => s.realisasiRp, inputs),
        }
      : undefined;
    const unitPd = lookup(line, occurrence, [sources.existing], (s) => s.unitPd, 'indicator');
    const keterangan = lookup(line, occurrence, [sources.existing], (s) => s.keterangan, 'indicator');
    const sasaran = line.first ? rpValue((s) => s.sasaran, [sources.existing]) : undefined;
    const borrowedKode = line.first && !line.kode ? rpValue((s) => s.kode, inputs, false) : undefined;

    const withTarget: SourceLine = { ...line, ...(targetK ? { targetK } : {}) };
    const indikator = displayIndicator(withTarget);
    const type = indicatorType(indikator, undefined, targetK);
    const percent = isPercentIndicator(indikator, undefined, targetK);
    const realisasiK = triwulanK ? realisasiOfQuarters(triwulanK, type, percent, targetK && numberOf(targetK))?.value : annualK;
    const realisasiRp = rp?.triwulan ? sumOfQuarters(rp.triwulan)?.value : rp?.annual;
    const kumulatifK = kumulatifKinerja(type === 'tak_tentu' ? 'jumlah' : type, laluK, realisasiK);
    const kumulatifRp = rp ? kumulatifAnggaran(rp.lalu, realisasiRp) : undefined;
    const options = {
      polaritas: resolvePolaritas(line.polaritas, stripUnitSuffix(indikator).name, settings),
      rumusNegatif: settings.rumusNegatif,
    };

    if (line.indikator) {
      missing.note('targetAkhirK', targetAkhirK, line);
      missing.note('laluK', laluK, line);
      missing.note('targetK', targetK, line);
      missing.note('triwulanK', triwulanK, line);
      if (!triwulanK) missing.note('realisasiK', annualK, line);
    }
    if (rp) {
      missing.note('targetAkhirRp', rp.targetAkhir, line);
      missing.note('laluRp', rp.lalu, line);
      missing.note('pagu', rp.pagu, line);
      missing.note('triwulanRp', rp.triwulan, line);
      if (!rp.triwulan) missing.note('realisasiRp', rp.annual, line);
    }

    return {
      first: line.first,
      ...(line.level ? { level: line.level } : {}),
      ...(line.kode ? { kode: line.kode } : {}),
      ...(borrowedKode ? { borrowedKode } : {}),
      uraian: line.uraian,
      ...(line.sasaran ?? sasaran ? { sasaran: line.sasaran ?? sasaran } : {}),
      indikator,
      type,
      k: {
        ...(targetAkhirK ? { targetAkhir: targetAkhirK } : {}),
        ...(laluK !== undefined ? { lalu: laluK } : {}),
        ...(targetK ? { target: targetK } : {}),
        triwulan: triwulanK ?? NO_QUARTERS,
        ...(realisasiK !== undefined ? { realisasi: realisasiK } : {}),
        ...(kumulatifK !== undefined ? { kumulatif: kumulatifK } : {}),
        ...defined('tingkatCapaian', capped(settings, targetAkhirK ? tingkatCapaianKinerja(targetAkhirK, kumulatifK, options) : undefined)),
        ...defined('capaian', capped(settings, targetK ? capaianRenja(targetK, realisasiK, options) : undefined)),
      },
      rp: {
        ...defined('targetAkhir', rp?.targetAkhir),
        ...defined('lalu', rp?.lalu),
        ...defined('pagu', rp?.pagu),
        triwulan: rp?.triwulan ?? NO_QUARTERS,
        ...defined('realisasi', realisasiRp),
        ...defined('kumulatif', kumulatifRp),
        ...defined('tingkatCapaian', persenAnggaran(rp?.targetAkhir, kumulatifRp)),
        ...defined('capaian', persenAnggaran(rp?.pagu, realisasiRp)),
      },
      ...(unitPd ? { unitPd } : {}),
      ...(keterangan ? { keterangan } : {}),
    };
  });
}

function defined<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}

