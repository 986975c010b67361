import type { FakeCell, FormatRecord } from './fake-state';

const EDGE = { style: 'None', color: '#000000', weight: 'Thin', tintAndShade: 0 };

/** What Excel reports for a cell nobody has formatted. */
export const DEFAULT_FORMAT: FormatRecord = {
  fill: { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 },
  font: { bold: false, italic: false, color: '#000000', name: 'Calibri', size: 11, underline: 'None', strikethrough: false },
  borders: { top: EDGE, bottom: EDGE, left: EDGE, right: EDGE, diagonalDown: EDGE, diagonalUp: EDGE },
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  indentLevel: 0,
};

const isRecord = (v: unknown): v is FormatRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `getCellProperties` of one cell: the queried keys, from the cell's formats or the defaults. */
export function queryFormat(query: FormatRecord, stored: FormatRecord | undefined, defaults: FormatRecord = DEFAULT_FORMAT): FormatRecord {
  const out: FormatRecord = {};
  for (const [key, wanted] of Object.entries(query)) {
    if (key === 'borders' && isRecord(wanted)) {
      // Border options apply to every edge at once.
      const edges: FormatRecord = {};
      for (const edge of Object.keys(defaults.borders as FormatRecord)) {
        edges[edge] = queryFormat(wanted, (stored?.borders as FormatRecord | undefined)?.[edge] as FormatRecord | undefined, (defaults.borders as FormatRecord)[edge] as FormatRecord);
      }
      out.borders = edges;
    } else if (isRecord(wanted)) {
      out[key] = queryFormat(wanted, stored?.[key] as FormatRecord | undefined, (defaults[key] ?? {}) as FormatRecord);
    } else if (wanted === true) {
      if (!(key in defaults) && !(stored && key in stored)) throw new Error(`the double does not know the format property ${key}`);
      out[key] = stored && key in stored ? stored[key] : defaults[key];
    }
  }
  return out;
}

/** Drops every value equal to the default, so that "formatted back to default" equals "never formatted". */
function normalized(record: FormatRecord, defaults: FormatRecord): FormatRecord {
  const out: FormatRecord = {};
  for (const [key, value] of Object.entries(record)) {
    const d = defaults[key];
    if (isRecord(value)) {
      const inner = normalized(value, isRecord(d) ? d : {});
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else if (value !== d) {
      out[key] = value;
    }
  }
  return out;
}

function merged(target: FormatRecord, patch: FormatRecord): FormatRecord {
  const out: FormatRecord = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = isRecord(value) ? merged(isRecord(out[key]) ? (out[key] as FormatRecord) : {}, value) : value;
  }
  return out;
}

/** `setCellProperties` on one cell: the given formats over the existing ones. */
export function setFormat(cell: FakeCell, patch: FormatRecord): void {
  let next = merged(cell.format ?? {}, patch);
  const fill = isRecord(patch.fill) ? patch.fill : undefined;
  if (fill) {
    if (fill.pattern === 'None') delete next.fill;
    else if (fill.color !== undefined && fill.pattern === undefined) next = merged(next, { fill: { pattern: 'Solid' } });
  }
  next = normalized(next, DEFAULT_FORMAT);
  if (Object.keys(next).length > 0) cell.format = next;
  else delete cell.format;
}

export function clearFill(cell: FakeCell): void {
  if (!cell.format) return;
  const { fill: _, ...rest } = cell.format;
  if (Object.keys(rest).length > 0) cell.format = rest;
  else delete cell.format;
}
