import type { PredikatBand, Settings } from './types';

/**
 * Settings as JSON that is the same for the same settings: keys in a fixed order, the
 * polarity overrides sorted by indicator, two-space indentation. `parseSettings` reads it back
 * to equal settings.
 */
export function serializeSettings(settings: Settings): string {
  const ordered = {
    ...(settings.tahun === undefined ? {} : { tahun: settings.tahun }),
    ...(settings.instansi === undefined ? {} : { instansi: settings.instansi }),
    skalaPredikat: settings.skalaPredikat,
    ...(settings.skalaKustom === undefined ? {} : { skalaKustom: settings.skalaKustom.map(orderedBand) }),
    batasCapaian: settings.batasCapaian,
    batasBawahNol: settings.batasBawahNol,
    rumusNegatif: settings.rumusNegatif,
    // fromEntries defines own properties, so even a `__proto__` key could not become a prototype.
    polaritas: Object.fromEntries(Object.entries(settings.polaritas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    toleransi: settings.toleransi,
    modeTulis: settings.modeTulis,
    bahasa: settings.bahasa,
  };
  return JSON.stringify(ordered, null, 2);
}

function orderedBand(band: PredikatBand): PredikatBand {
  return band.lowerBound === undefined
    ? { label: band.label }
    : { lowerBound: band.lowerBound, comparator: band.comparator, label: band.label };
}
