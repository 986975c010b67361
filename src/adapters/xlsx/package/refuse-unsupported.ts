import { xlsxMessage } from '../messages';
import { XlsxReadError } from '../xlsx-read-error';
import { inflateEntry } from '../zip/inflate-entry';
import { ZIP_FLAG_ENCRYPTED, type ZipEntry } from '../zip/zip-entry';
import { allContentTypes, CONTENT_TYPES_PART, type ContentTypes } from './content-types';

type FindEntry = (part: string) => ZipEntry | undefined;

/** Zips that are not a workbook we read: encrypted entries, OpenDocument, no content types, .xlsb. */
export function refuseOtherPackages(archive: Uint8Array, entries: readonly ZipEntry[], find: FindEntry): void {
  if (entries.some((e) => (e.flags & ZIP_FLAG_ENCRYPTED) !== 0)) {
    throw new XlsxReadError('encrypted', xlsxMessage('encrypted'));
  }
  const mimetype = find('mimetype');
  if (mimetype && mimetype.uncompressedSize < 200) {
    const text = new TextDecoder().decode(inflateEntry(archive, mimetype));
    if (text.includes('opendocument')) throw new XlsxReadError('not_zip', xlsxMessage('ods'));
  }
  if (!find(CONTENT_TYPES_PART)) throw new XlsxReadError('not_zip', xlsxMessage('notZip'));
  if (find('xl/workbook.bin')) throw new XlsxReadError('xls', xlsxMessage('xlsb'));
}

/** Macro-enabled workbooks (.xlsm, .xltm, .xlam) and binary ones (.xlsb) by their content types. */
export function refuseMacros(contentTypes: ContentTypes, find: FindEntry): void {
  const types = allContentTypes(contentTypes).map((t) => t.toLowerCase());
  if (types.some((t) => t.includes('binary.macroenabled'))) throw new XlsxReadError('xls', xlsxMessage('xlsb'));
  if (types.some((t) => t.includes('macroenabled') || t.includes('vbaproject')) || find('xl/vbaProject.bin')) {
    throw new XlsxReadError('macro_enabled', xlsxMessage('macroEnabled'));
  }
}
