/**
 * Texts a grid refers to by index and keeps elsewhere, such as a workbook's shared strings
 * read from the file when a cell is asked for its value.
 */
export interface TextTable {
  readonly size: number;
  /** The text at `index` (0 ≤ index < size). */
  text(index: number): string;
  /** Whether the text at `index` holds anything but white space, without making the string. */
  hasText(index: number): boolean;
}
