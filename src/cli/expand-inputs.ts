import { readdir, stat } from 'fs/promises';
import { join } from 'path';
import { naturalOrder } from '../engine/values/natural-order';

/** What `lkjip check` was given, with every folder replaced by the workbooks in it. */
export interface ExpandedInputs {
  readonly files: readonly string[];
  readonly hadFolder: boolean;
  /** Folders that hold no workbook or cannot be listed. */
  readonly badFolders: readonly { readonly folder: string; readonly empty: boolean }[];
}

/**
 * Files in a folder that `check` looks at: Excel workbooks by extension, including the ones it
 * will refuse with a clear message (`.xls`, `.xlsm`), so that an OPD that sent the wrong format
 * is named. Excel's lock files (`~$…`) and hidden files are left out. Not recursive.
 */
function isWorkbookName(name: string): boolean {
  return /\.(xlsx|xlsm|xls)$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}

export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const badFolders: { folder: string; empty: boolean }[] = [];
  let hadFolder = false;
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(input);
      continue;
    }
    hadFolder = true;
    try {
      const entries = await readdir(input, { withFileTypes: true });
      const names = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && isWorkbookName(e.name)).map((e) => e.name).sort(naturalOrder);
      if (names.length === 0) badFolders.push({ folder: input, empty: true });
      files.push(...names.map((n) => join(input, n)));
    } catch {
      badFolders.push({ folder: input, empty: false });
    }
  }
  return { files, hadFolder, badFolders };
}
