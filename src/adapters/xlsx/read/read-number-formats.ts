import { XmlCursor } from '../xml/xml-cursor';
import { BUILTIN_NUMBER_FORMATS, isGeneralFormat } from './number-formats';

/** Elements of styles.xml whose content the reader needs; everything else is skipped. */
const READ = new Set(['styleSheet', 'numFmts', 'numFmt', 'cellXfs', 'xf']);

/**
 * The number format code of every cell style (`cellXfs` index), undefined for General.
 * Equal codes are the same string instance, so cells share them.
 */
export function readCellNumberFormats(text: string, part: string): (string | undefined)[] {
  const cursor = new XmlCursor(text, part);
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  for (let kind = cursor.next(); kind !== 'end'; kind = cursor.next()) {
    if (kind === 'close') {
      if (cursor.isNamed('cellXfs')) inCellXfs = false;
      continue;
    }
    const name = cursor.localName();
    if (name === 'numFmt') custom.set(cursor.attrInt('numFmtId'), cursor.attr('formatCode') ?? '');
    else if (name === 'cellXfs') inCellXfs = kind === 'open';
    else if (name === 'xf' && inCellXfs) formatIds.push(Math.max(0, cursor.attrInt('numFmtId')));
    if (kind === 'open' && (!READ.has(name) || name === 'xf')) cursor.skipUnreadElement();
  }
  const interned = new Map<string, string>();
  return formatIds.map((id) => {
    const code = custom.get(id) ?? BUILTIN_NUMBER_FORMATS.get(id);
    if (code === undefined || code === '' || isGeneralFormat(code)) return undefined;
    const known = interned.get(code);
    if (known !== undefined) return known;
    interned.set(code, code);
    return code;
  });
}
