import {
  applyCapping,
  capaian,
  efisiensi,
  kemajuan,
  predikat,
  PRESET_SCALES,
  readPolaritasText,
  serapan,
  type Operand,
} from '../engine/compute';
import { functionsText } from '../engine/i18n/functions-messages';
import { BATAS_CAPAIAN, type BatasCapaian, type Polaritas } from '../engine/settings/types';
import { parseText } from '../engine/values';

/**
 * The `LKJIP.*` custom functions without Office: argument handling over the engine's one
 * parser and formulas. Every rule lives in the engine; here only cell values become operands
 * and engine reasons become Excel errors with an Indonesian message.
 */

/** What a cell or an argument hands to a custom function. */
export type CellInput = number | string | boolean | null | undefined;

export type FunctionError = '#VALUE!' | '#N/A';

export type FunctionResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: FunctionError; readonly message: string };

const ok = <T>(value: T): FunctionResult<T> => ({ ok: true, value });
const valueError = (message: string): FunctionResult<never> => ({ ok: false, error: '#VALUE!', message });
const notAvailable = (message: string): FunctionResult<never> => ({ ok: false, error: '#N/A', message });

/** Excel hands an omitted optional argument as null/undefined and an empty cell as null or "". */
function isBlank(input: CellInput): input is null | undefined | '' {
  return input === null || input === undefined || (typeof input === 'string' && input.trim() === '');
}

/** A cell value as an engine operand: numbers as they are (a %-formatted 0,9476 stays 0,9476), text through the parser. */
function toOperand(input: CellInput): Operand {
  if (isBlank(input)) return { kind: 'missing', reason: 'empty' };
  if (typeof input === 'number') return input;
  if (typeof input === 'boolean') return { kind: 'invalid', raw: input ? 'TRUE' : 'FALSE' };
  return parseText(input, 'any');
}

/** Every engine reason (`target_missing`, `pagu_zero`, `not_comparable`, …) as an Excel error. */
function fromReason(reason: string): FunctionResult<never> {
  const [, argument, kind] = /^(.*)_(missing|invalid|zero)$/u.exec(reason) ?? [];
  if (kind === 'missing') return notAvailable(functionsText.missing(argument));
  if (kind === 'invalid') return valueError(functionsText.invalid(argument));
  if (kind === 'zero') return valueError(functionsText.zero(argument));
  if (reason === 'not_comparable') return valueError(functionsText.notComparable);
  return valueError(functionsText.outOfRange);
}

function readPolaritas(input: CellInput): FunctionResult<Polaritas> {
  if (isBlank(input)) return ok('positif');
  const polaritas = readPolaritasText(String(input));
  return polaritas === undefined ? valueError(functionsText.polaritas(String(input))) : ok(polaritas);
}

function readBatas(input: CellInput): FunctionResult<BatasCapaian> {
  if (isBlank(input)) return ok('none');
  const number = typeof input === 'number' ? input : typeof input === 'string' ? Number(input.trim()) : NaN;
  const batas = BATAS_CAPAIAN.find((b) => b !== 'none' && b === number);
  return batas === undefined ? valueError(functionsText.batas(String(input))) : ok(batas);
}

type CapaianFormula = typeof capaian;

function capaianLike(formula: CapaianFormula, target: CellInput, realisasi: CellInput, polaritasInput: CellInput, batasInput: CellInput): FunctionResult<number> {
  const polaritas = readPolaritas(polaritasInput);
  if (!polaritas.ok) return polaritas;
  const batas = readBatas(batasInput);
  if (!batas.ok) return batas;
  const result = formula(toOperand(target), toOperand(realisasi), { polaritas: polaritas.value, rumusNegatif: 'selisih' });
  if (result.kind === 'none') return fromReason(result.reason);
  return ok(applyCapping(result.value, batas.value, false));
}

/** LKJIP.CAPAIAN: capaian kinerja in percentage points (SPEC §4), optionally capped at `batas`. */
export function capaianFunction(target: CellInput, realisasi: CellInput, polaritas?: CellInput, batas?: CellInput): FunctionResult<number> {
  return capaianLike(capaian, target, realisasi, polaritas, batas);
}

/** LKJIP.KEMAJUAN: tingkat kemajuan against the target at the end of the Renstra period. */
export function kemajuanFunction(targetAkhir: CellInput, realisasi: CellInput, polaritas?: CellInput): FunctionResult<number> {
  return capaianLike(kemajuan, targetAkhir, realisasi, polaritas, undefined);
}

/** LKJIP.SERAPAN: realisasi anggaran ÷ pagu × 100. */
export function serapanFunction(pagu: CellInput, realisasi: CellInput): FunctionResult<number> {
  const result = serapan(toOperand(pagu), toOperand(realisasi));
  return result.kind === 'value' ? ok(result.value) : fromReason(result.reason);
}

/** LKJIP.EFISIENSI: % capaian − % penyerapan (or % ketersediaan), in percentage points. */
export function efisiensiFunction(capaianInput: CellInput, pembanding: CellInput): FunctionResult<number> {
  const result = efisiensi(toOperand(capaianInput), toOperand(pembanding));
  if (result.kind === 'value') return ok(result.value);
  return fromReason(result.reason.replace(/^serapan_/u, 'pembanding_'));
}

/** LKJIP.NILAI: the number a cell stands for (`81,10 (A)` → 81,1; `94,95%` → 94,95; `1 inovasi` → 1). */
export function nilaiFunction(teks: CellInput, argument = 'teks'): FunctionResult<number> {
  if (typeof teks === 'boolean') return valueError(functionsText.booleanArgument(argument));
  const operand = toOperand(teks);
  if (typeof operand === 'number') return Number.isFinite(operand) ? ok(operand) : valueError(functionsText.invalid(argument));
  switch (operand.kind) {
    case 'number':
    case 'percent':
    case 'money':
      return ok(operand.value);
    case 'missing':
      return notAvailable(functionsText.missing(argument));
    case 'grade':
      return valueError(functionsText.gradeHasNoNumber(argument));
    case 'invalid':
      return valueError(functionsText.invalid(argument));
  }
}

type PresetName = keyof typeof PRESET_SCALES;
const PRESET_NAMES = Object.keys(PRESET_SCALES) as PresetName[];
const DEFAULT_SCALE: PresetName = 'permendagri86';

/** LKJIP.PREDIKAT: the label of a value on a preset scale of SPEC §4 (default `permendagri86`). */
export function predikatFunction(nilai: CellInput, skala?: CellInput): FunctionResult<string> {
  const name = isBlank(skala) ? DEFAULT_SCALE : String(skala).trim().toLowerCase();
  const preset = PRESET_NAMES.find((p) => p === name);
  if (preset === undefined) return valueError(functionsText.skala(String(skala), PRESET_NAMES));
  const number = nilaiFunction(nilai, 'nilai');
  if (!number.ok) return number;
  const result = predikat(number.value, PRESET_SCALES[preset]);
  return result.kind === 'label' ? ok(result.label) : valueError(functionsText.noBand);
}
