const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY_RE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z]+))?;?/g;

/**
 * Resolves the five XML entities and character references in raw XML text; calls
 * `onUnknown` (which must throw) for anything else that starts with `&`.
 */
export function decodeXmlEntities(raw: string, onUnknown: (entity: string) => never): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(ENTITY_RE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (!whole.endsWith(';')) return onUnknown(whole);
    if (hex !== undefined || dec !== undefined) {
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
      if (code > 0x10ffff) return onUnknown(whole);
      return String.fromCodePoint(code);
    }
    const named = name === undefined ? undefined : NAMED_ENTITIES[name];
    return named ?? onUnknown(whole);
  });
}

export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

export function escapeXmlAttribute(value: string): string {
  return value.replace(/[&<>"\n\r\t]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

const UNDERSCORE = 95;
const LOWER_X = 120;

/** Whether `text[start, end)` may hold an `_xHHHH_` escape (it holds `_x`), without making the substring. */
export function mayHoldOoxmlEscape(text: string, start: number, end: number): boolean {
  for (let i = start; i < end - 1; i++) if (text.charCodeAt(i) === UNDERSCORE && text.charCodeAt(i + 1) === LOWER_X) return true;
  return false;
}

/** OOXML writes characters XML cannot hold as `_xHHHH_`; Excel shows the character. */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The inverse of `decodeOoxmlEscapes`: control characters XML 1.0 forbids become `_xHHHH_`,
 * and a literal `_xHHHH_` in the text keeps its underscore as `_x005F_`.
 */
export function encodeOoxmlEscapes(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) =>
    c === '_' ? '_x005F_' : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}
