import type { TextTable } from '../../../engine/workbook/text-table';
import type { CellValue } from '../../../engine/workbook/types';
import { detachString } from '../xml/detach-string';
import { decodeOoxmlEscapes } from '../xml/xml-escape';

/** Why a cell's value cannot be read; the caller turns it into a `corrupt` error. */
export type CellValueProblem =
  | { readonly reason: 'reasonUnknownCellType'; readonly params: { readonly type: string } }
  | { readonly reason: 'reasonBadNumber'; readonly params: { readonly value: string } }
  | { readonly reason: 'reasonBadSharedString'; readonly params: { readonly index: string } };

const MS_PER_DAY = 86400000;
const EXCEL_EPOCH_OFFSET_DAYS = 25569;

function isoDateToSerial(text: string): number {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : /(?:[zZ]|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text}Z`;
  return Date.parse(iso) / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
}

/**
 * The value of a cell from its type attribute `t`, its `<v>` text and its inline string.
 * Returns a problem instead of throwing so that the sheet reader can name the cell. Text
 * may still point into the part's text: the caller detaches what it keeps.
 */
export function cellValue(
  type: string | undefined,
  v: string | undefined,
  inline: string | undefined,
  sharedStrings: TextTable,
): CellValue | CellValueProblem {
  switch (type) {
    case undefined:
    case 'n': {
      if (v === undefined || v === '') return null;
      const n = +v;
      return Number.isFinite(n) ? n : { reason: 'reasonBadNumber', params: { value: v } };
    }
    case 's': {
      if (v === undefined || v === '') return null;
      const index = +v;
      return Number.isInteger(index) && index >= 0 && index < sharedStrings.size
        ? sharedStrings.text(index)
        : { reason: 'reasonBadSharedString', params: { index: v } };
    }
    case 'str':
      return v === undefined ? null : decodeOoxmlEscapes(v);
    case 'inlineStr':
      return inline ?? v ?? null;
    case 'b':
      if (v === undefined || v === '') return null;
      if (v === '1' || v === 'true') return true;
      if (v === '0' || v === 'false') return false;
      return { reason: 'reasonBadNumber', params: { value: v } };
    case 'e':
      return v === undefined || v === '' ? null : { error: detachString(v) };
    case 'd': {
      if (v === undefined || v === '') return null;
      const serial = isoDateToSerial(v);
      return Number.isFinite(serial) ? serial : { reason: 'reasonBadNumber', params: { value: v } };
    }
    default:
      return { reason: 'reasonUnknownCellType', params: { type } };
  }
}

export function isCellValueProblem(v: CellValue | CellValueProblem): v is CellValueProblem {
  return typeof v === 'object' && v !== null && 'reason' in v;
}
