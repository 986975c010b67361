/** The `FunctionName`s of manifest.xml's ExecuteFunction buttons. */
export const RIBBON_FUNCTIONS = ['hitungUlang', 'periksa', 'buatE81'] as const;
export type RibbonFunction = (typeof RIBBON_FUNCTIONS)[number];
