import type { CellContent } from '../../../engine/plan/types';
import { encodeOoxmlEscapes, escapeXmlText } from '../xml/xml-escape';

/** A number as a cell value; the caller has refused NaN and infinities. */
function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** Formula text as stored: no leading `=`. */
export function storedFormula(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

/**
 * The `<c>` element of a cell holding `content`. Text is an inline string, so it is text
 * whatever it begins with (`=`, `+`, `-`, `@`): Excel never reads it as a formula.
 */
export function cellXml(prefix: string, ref: string, style: number, content: CellContent): string {
  const p = prefix;
  const s = style > 0 ? ` s="${style}"` : '';
  switch (content.kind) {
    case 'empty':
      return `<${p}c r="${ref}"${s}/>`;
    case 'number':
      return `<${p}c r="${ref}"${s}><${p}v>${numberText(content.value)}</${p}v></${p}c>`;
    case 'text': {
      const text = escapeXmlText(encodeOoxmlEscapes(content.value));
      return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${text}</${p}t></${p}is></${p}c>`;
    }
    case 'formula': {
      const f = `<${p}f>${escapeXmlText(storedFormula(content.formula))}</${p}f>`;
      const cached = content.cached;
      if (cached === null) return `<${p}c r="${ref}"${s}>${f}</${p}c>`;
      if (typeof cached === 'number') return `<${p}c r="${ref}"${s}>${f}<${p}v>${numberText(cached)}</${p}v></${p}c>`;
      return `<${p}c r="${ref}"${s} t="str">${f}<${p}v>${escapeXmlText(encodeOoxmlEscapes(cached))}</${p}v></${p}c>`;
    }
  }
}
