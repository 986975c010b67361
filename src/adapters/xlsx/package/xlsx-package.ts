import { xlsxMessage } from '../messages';
import { megabytes, missingPartError } from '../read-errors';
import type { ReadLimits } from '../read-limits';
import { XlsxReadError } from '../xlsx-read-error';
import { decodeXmlPart } from '../xml/decode-xml-part';
import { inflateEntry } from '../zip/inflate-entry';
import { releaseBytes } from '../zip/release-bytes';
import { readZipDirectory } from '../zip/read-zip-directory';
import type { ZipEntry } from '../zip/zip-entry';
import { CONTENT_TYPES_PART, parseContentTypes, type ContentTypes } from './content-types';
import { InflateBudget } from './inflate-budget';
import { refuseMacros, refuseOtherPackages } from './refuse-unsupported';
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
  /**
   * Calls `use` with the part's bytes and returns what it returns. Bytes inflated for the call
   * are released after it (see `releaseBytes`): they must not outlive `use`. Releasing detaches
   * the buffer, after which V8 recompiles every optimized function that reads typed arrays with
   * detach checks: only the patch, after the engine has run, uses this (decision 56).
   */
  withBytes<T>(part: string, use: (bytes: Uint8Array) => T): T;
  /** The part's bytes, never released: garbage like any other once their reader is done. */
  readBytes(part: string): Uint8Array;
  readText(part: string): string;
}

function entryFinder(entries: readonly ZipEntry[]): (part: string) => ZipEntry | undefined {
  const exact = new Map<string, ZipEntry>();
  const folded = new Map<string, ZipEntry>();
  for (const e of entries) {
    exact.set(e.name, e);
    if (!folded.has(e.name.toLowerCase())) folded.set(e.name.toLowerCase(), e);
  }
  return (part) => {
    const name = part.startsWith('/') ? part.slice(1) : part;
    return exact.get(name) ?? folded.get(name.toLowerCase());
  };
}

/**
 * Opens an .xlsx safely (SPEC §10): refuses files over the size limit, old .xls, encrypted,
 * macro-enabled and non-workbook files, and inflates no part beyond the unzipped-size limits.
 */
export function openXlsxPackage(bytes: Uint8Array, limits: ReadLimits): XlsxPackage {
  if (bytes.length > limits.maxFileBytes) {
    throw new XlsxReadError(
      'too_large',
      xlsxMessage('tooLarge', { size: megabytes(bytes.length), limit: megabytes(limits.maxFileBytes) }),
    );
  }
  assertZipSignature(bytes);
  const entries = readZipDirectory(bytes);
  const entry = entryFinder(entries);
  refuseOtherPackages(bytes, entries, entry);
  const budget = new InflateBudget(limits);
  const reserve = (parts: readonly string[]): void =>
    budget.reserve(parts.flatMap((part) => {
      const e = entry(part);
      return e ? [[part, e] as const] : [];
    }));
  const readBytes = (part: string): Uint8Array => {
    const e = entry(part);
    if (!e) throw missingPartError(part);
    budget.reserve([[part, e]]);
    return inflateEntry(bytes, e);
  };
  const withBytes = <T>(part: string, use: (bytes: Uint8Array) => T): T => {
    const inflated = readBytes(part);
    try {
      return use(inflated);
    } finally {
      // A stored part is a view into the file, which `releaseBytes` leaves alone.
      releaseBytes(inflated);
    }
  };
  const readText = (part: string): string => decodeXmlPart(readBytes(part), part);
  const contentTypes = parseContentTypes(readText(CONTENT_TYPES_PART));
  refuseMacros(contentTypes, entry);
  return { bytes, entries, contentTypes, entry, reserve, withBytes, readBytes, readText };
}
