import type { UiAction } from '../../engine/i18n/ui-messages';
import type { Analysis } from '../../engine/pipeline';
import { DEFAULT_SETTINGS, type Settings } from '../../engine/settings/types';
import type { Progress } from '../host';

export interface Notice {
  readonly intent: 'success' | 'info' | 'warning';
  readonly text: string;
  readonly details?: readonly string[];
}

export interface PaneError {
  /** Plain Indonesian (or English) sentence for the user. */
  readonly text: string;
  /** The raw message of an unexpected failure, for whoever gives support. */
  readonly technical?: string;
}

export interface PaneState {
  readonly settings: Settings;
  readonly analysis?: Analysis;
  readonly busy?: { readonly action: UiAction; readonly progress?: Progress };
  readonly error?: PaneError;
  readonly notice?: Notice;
  readonly canUndo: boolean;
}

export type PaneEvent =
  | { readonly type: 'start'; readonly action: UiAction }
  | { readonly type: 'progress'; readonly progress: Progress }
  | { readonly type: 'settings'; readonly settings: Settings }
  | { readonly type: 'analysis'; readonly analysis: Analysis | undefined }
  | { readonly type: 'notice'; readonly notice: Notice }
  | { readonly type: 'failed'; readonly error: PaneError }
  | { readonly type: 'finished'; readonly canUndo: boolean }
  | { readonly type: 'dismissError' }
  | { readonly type: 'dismissNotice' };

export const INITIAL_PANE_STATE: PaneState = { settings: DEFAULT_SETTINGS, canUndo: false };

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case 'start': {
      const { error: _error, notice: _notice, ...rest } = state;
      return { ...rest, busy: { action: event.action } };
    }
    case 'progress':
      return state.busy ? { ...state, busy: { ...state.busy, progress: event.progress } } : state;
    case 'settings':
      return { ...state, settings: event.settings };
    case 'analysis': {
      const { analysis: _analysis, ...rest } = state;
      return event.analysis ? { ...rest, analysis: event.analysis } : rest;
    }
    case 'notice':
      return { ...state, notice: event.notice };
    case 'failed':
      return { ...state, error: event.error };
    case 'finished': {
      const { busy: _busy, ...rest } = state;
      return { ...rest, canUndo: event.canUndo };
    }
    case 'dismissError': {
      const { error: _error, ...rest } = state;
      return rest;
    }
    case 'dismissNotice': {
      const { notice: _notice, ...rest } = state;
      return rest;
    }
  }
}
