/** Sheets the tool itself writes: never read as LKjIP tables. */
export const WARNINGS_SHEET = 'Peringatan LKjIP';
export const SETTINGS_SHEET = 'LKjIP_Pengaturan';

export function isToolSheet(name: string): boolean {
  return name === WARNINGS_SHEET || name === SETTINGS_SHEET;
}
