import { xlsxMessage } from '../messages';
import { megabytes, missingPartError, zipBombError } from '../read-errors';
import { RATIO_CHECK_MIN_BYTES, type ReadLimits } from '../read-limits';
import { XlsxReadError } from '../xlsx-read-error';
import { decodeXmlPart } from '../xml/decode-xml-part';
import { inflateEntry } from '../zip/inflate-entry';
import { readZipDirectory } from '../zip/read-zip-directory';
import { ZIP_FLAG_ENCRYPTED, type ZipEntry } from '../zip/zip-entry';
import { allContentTypes, CONTENT_TYPES_PART, parseContentTypes, type ContentTypes } from './content-types';
import { assertZipSignature } from './sniff-format';

/** An opened .xlsx: its zip directory, and its parts inflated on demand within the limits. */
export interface XlsxPackage {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  readonly contentTypes: ContentTypes;
  /** The entry of a part (`xl/workbook.xml`, leading `/` allowed; case-insensitive as OPC says). */
  entry(part: string): ZipEntry | undefined;
  /** Refuses, before anything is inflated, parts whose declared sizes break the limits. */
  reserve(parts: readonly string[]): void;
  readBytes(part: string): Uint8Array;
  readText(part: string): string;
}

function refuseUnsupportedPackage(entries: readonly ZipEntry[], bytes: Uint8Array, byName: (part: string) => ZipEntry | undefined): void {
  if (entries.some((e) => (e.flags & ZIP_FLAG_ENCRYPTED) !== 0)) {
    throw new XlsxReadError('encrypted', xlsxMessage('encrypted'));
  }
  const mimetype = byName('mimetype');
  if (mimetype && mimetype.uncompressedSize < 200) {
    const text = new TextDecoder().decode(inflateEntry(bytes, mimetype));
    if (text.includes('opendocument')) throw new XlsxReadError('not_zip', xlsxMessage('ods'));
  }
  if (!byName(CONTENT_TYPES_PART)) throw new XlsxReadError('not_zip', xlsxMessage('notZip'));
  if (byName('xl/workbook.bin')) throw new XlsxReadError('xls', xlsxMessage('xlsb'));
}

function refuseMacros(contentTypes: ContentTypes, byName: (part: string) => ZipEntry | undefined): void {
  const types = allContentTypes(contentTypes).map((t) => t.toLowerCase());
  if (types.some((t) => t.includes('binary.macroenabled'))) throw new XlsxReadError('xls', xlsxMessage('xlsb'));
  if (types.some((t) => t.includes('macroenabled') || t.includes('vbaproject')) || byName('xl/vbaProject.bin')) {
    throw new XlsxReadError('macro_enabled', xlsxMessage('macroEnabled'));
  }
}

export function openXlsxPackage(bytes: Uint8Array, limits: ReadLimits): XlsxPackage {
  if (bytes.length > limits.maxFileBytes) {
    throw new XlsxReadError(
      'too_large',
      xlsxMessage('tooLarge', { size: megabytes(bytes.length), limit: megabytes(limits.maxFileBytes) }),
    );
  }
  assertZipSignature(bytes);
  const entries = readZipDirectory(bytes);
  const exact = new Map<string, ZipEntry>();
  const folded = new Map<string, ZipEntry>();
  for (const e of entries) {
    exact.set(e.name, e);
    if (!folded.has(e.name.toLowerCase())) folded.set(e.name.toLowerCase(), e);
  }
  const entry = (part: string): ZipEntry | undefined => {
    const name = part.startsWith('/') ? part.slice(1) : part;
    return exact.get(name) ?? folded.get(name.toLowerCase());
  };
  refuseUnsupportedPackage(entries, bytes, entry);

  let inflated = 0;
  const reserved = new Set<ZipEntry>();
  const checkPart = (part: string, e: ZipEntry): void => {
    const size = e.uncompressedSize;
    if (size > limits.maxInflatedBytes) {
      throw zipBombError('detailPartTooLarge', { part, size: megabytes(size), limit: megabytes(limits.maxInflatedBytes) }, part);
    }
    const ratio = size / Math.max(1, e.compressedSize);
    if (size >= RATIO_CHECK_MIN_BYTES && ratio > limits.maxCompressionRatio) {
      throw zipBombError('detailRatio', { part, ratio: Math.round(ratio), limit: limits.maxCompressionRatio }, part);
    }
  };
  const checkTotal = (total: number): void => {
    if (total > limits.maxInflatedBytes) {
      throw zipBombError('detailTotalTooLarge', { size: megabytes(total), limit: megabytes(limits.maxInflatedBytes) });
    }
  };
  const readBytes = (part: string): Uint8Array => {
    const e = entry(part);
    if (!e) throw missingPartError(part);
    checkPart(part, e);
    if (!reserved.has(e)) {
      checkTotal(inflated + e.uncompressedSize);
      inflated += e.uncompressedSize;
      reserved.add(e);
    }
    return inflateEntry(bytes, e);
  };
  const readText = (part: string): string => decodeXmlPart(readBytes(part), part);
  const reserve = (parts: readonly string[]): void => {
    let total = inflated;
    const fresh: ZipEntry[] = [];
    for (const part of parts) {
      const e = entry(part);
      if (!e || reserved.has(e) || fresh.includes(e)) continue;
      checkPart(part, e);
      total += e.uncompressedSize;
      fresh.push(e);
    }
    checkTotal(total);
    inflated = total;
    for (const e of fresh) reserved.add(e);
  };

  const contentTypes = parseContentTypes(readText(CONTENT_TYPES_PART));
  refuseMacros(contentTypes, entry);
  return { bytes, entries, contentTypes, entry, reserve, readBytes, readText };
}
