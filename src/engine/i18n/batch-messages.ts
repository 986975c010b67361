/** Texts of `lkjip check` over a folder or many files (batch mode, worker threads). */
export const batchMessages = {
  emptyFolder: (folder: string): string => `${folder}: folder ini tidak berisi berkas .xlsx.`,
  unreadableFolder: (folder: string): string => `${folder}: folder ini tidak dapat dibuka.`,
  workerMissing: (script: string): string => `Berkas pekerja ${script} belum dibangun: jalankan npm run build:cli.`,
  workerFailed: (reason: string): string => `Pemeriksaan berkas ini terhenti di tengah jalan (${reason}). Berkas lain tetap diperiksa.`,
};
