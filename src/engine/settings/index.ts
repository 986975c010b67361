export * from './types';
export { parseSettings } from './parse-settings';
export type { SettingsParseResult } from './parse-settings';
export { serializeSettings } from './serialize-settings';
export { indicatorKey } from './indicator-key';
