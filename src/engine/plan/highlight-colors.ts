import type { Fill } from './types';

/** The one fill per severity of SPEC §5, as RGB hex: both writers (file and Excel) use these. */
export const HIGHLIGHT_RGB: Readonly<Record<Exclude<Fill, 'none'>, string>> = {
  error: 'FFC7CE',
  warning: 'FFEB9C',
  info: 'DDEBF7',
};
