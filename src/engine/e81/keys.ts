import { indicatorKey } from '../settings/indicator-key';

const PREFIX = /^\s*(?:\[\s*(?:sub\s*kegiatan|kegiatan|program|urusan|bidang(?:\s*urusan)?)\s*\]|(?:sub\s*kegiatan|kegiatan|program)\s*:)\s*/i;
/** A kode rekening at the start of a name: at least two digit groups (`7.01`, `7 01 02`), so `1.` list markers are not one. */
const LEADING_KODE = /^(\d+(?:[.\s]\d+)+)\.?(?:\s+|$)/;

/** A kode in one spelling: groups joined by dots (`7 01 02` → `7.01.02`). */
export function normalizeKode(kode: string): string {
  return kode.trim().split(/[.\s]+/).filter((s) => s !== '').join('.');
}

/** `[PROGRAM] 7.01.01 PROGRAM PENUNJANG …` → kode `7.01.01`, name `PROGRAM PENUNJANG …`. */
export function splitKode(text: string): { readonly kode?: string; readonly name: string } {
  const withoutPrefix = text.replace(PREFIX, '');
  const match = LEADING_KODE.exec(withoutPrefix);
  if (!match) return { name: withoutPrefix.trim() };
  return { kode: normalizeKode(match[1]!), name: withoutPrefix.slice(match[0].length).trim() };
}

/** A program / kegiatan / sub kegiatan by name: without prefix, kode, and the words `program`, `kegiatan`. */
export function itemNameKey(text: string): string {
  const { name } = splitKode(text);
  return indicatorKey(name.replace(/^(?:sub\s+kegiatan|kegiatan|program)\s*:?\s+/i, ''));
}

/** An indicator by name, without a short unit in brackets at the end (`Jumlah Dokumen(Dokumen)`, `Nilai IKM ()`). */
export function indicatorNameKey(text: string): string {
  return indicatorKey(stripUnitSuffix(text).name);
}

/** A short bracketed unit closing an indicator name, as system exports print it: `(%)`, `(Dokumen)`, `()`. */
export function stripUnitSuffix(text: string): { readonly name: string; readonly unit?: string } {
  const match = /\(([^()]{0,20})\)\s*$/.exec(text);
  if (!match) return { name: text.trim() };
  const unit = match[1]!.trim();
  return { name: text.slice(0, match.index).trim(), ...(unit ? { unit } : {}) };
}
