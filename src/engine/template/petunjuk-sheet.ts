import { PRESET_SCALES } from '../compute/predikat-scales';
import type { TemplateMessages } from '../i18n/template-messages';
import type { Fill, GeneratedCell, GeneratedSheet } from '../plan/types';
import type { PredikatScale } from '../settings/types';

/**
 * One wide column of text, never read as a table (a table needs two columns of headers). Long
 * paragraphs are cut into rows of at most LINE_LENGTH characters instead of wrapping: row
 * heights are not part of a plan, and not every program grows a row to fit wrapped text.
 */
const TEXT_WIDTH = 120;
const LINE_LENGTH = 110;

/** A paragraph as lines of at most `max` characters, cut between words. */
export function splitLines(text: string, max: number = LINE_LENGTH): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (current !== '' && current.length + 1 + word.length > max) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

const heading = (value: string): GeneratedCell => ({ kind: 'text', value, style: { bold: true } });
const lines = (value: string): GeneratedCell[][] => splitLines(value).map((l) => [{ kind: 'text', value: l }]);
const colored = (value: string, fill: Exclude<Fill, 'none'>): GeneratedCell[][] =>
  splitLines(value).map((l) => [{ kind: 'text', value: l, style: { fill } }]);

function scaleLine(name: string, scale: PredikatScale, text: TemplateMessages['petunjuk']['scales']): string {
  const bands = scale.map((band) =>
    band.lowerBound === undefined
      ? text.lastBand(band.label)
      : text.band(band.comparator, String(band.lowerBound).replace('.', ','), band.label),
  );
  return `${name}: ${bands.join('; ')}.`;
}

/**
 * The `Petunjuk` sheet: how to fill the tables, how to type values, what each table holds, the
 * formulas, the predikat scales (from the engine's own presets) and the warning colours (cells
 * filled with the very colours Hitung Ulang uses).
 */
export function petunjukSheet(text: TemplateMessages): GeneratedSheet {
  const p = text.petunjuk;
  const rows: (GeneratedCell | null)[][] = [];
  const section = (title: string, paragraphs: readonly string[], bullet = true): void => {
    rows.push([]);
    rows.push([heading(title)]);
    for (const paragraph of paragraphs) rows.push(...lines(bullet ? `• ${paragraph}` : paragraph));
  };
  rows.push([{ kind: 'text', value: p.title, style: { bold: true } }]);
  for (const paragraph of p.intro) rows.push(...lines(paragraph));
  section(p.howToFill.heading, p.howToFill.lines, false);
  section(p.values.heading, p.values.lines);
  section(p.tables.heading, p.tables.lines);
  section(p.formulas.heading, p.formulas.lines);
  const presets = Object.entries(PRESET_SCALES) as [keyof typeof PRESET_SCALES, PredikatScale][];
  section(p.scales.heading, [
    p.scales.intro,
    ...presets.map(([preset, scale]) => scaleLine(p.scales.presetName[preset], scale, p.scales)),
    p.scales.custom,
  ]);
  rows.push([]);
  rows.push([heading(p.colors.heading)]);
  rows.push(...colored(p.colors.error, 'error'));
  rows.push(...colored(p.colors.warning, 'warning'));
  rows.push(...colored(p.colors.info, 'info'));
  rows.push(...lines(p.colors.sheet));
  return { name: text.sheets.petunjuk, rows, merges: [], columnWidths: [TEXT_WIDTH], printLandscapeFitWidth: true };
}
