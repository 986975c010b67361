import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Warning } from '../../engine/check/codes';
import { uiMessages, type UiAction, type UiMessages } from '../../engine/i18n/ui-messages';
import type { Analysis } from '../../engine/pipeline';
import type { Settings } from '../../engine/settings/types';
import type { LkjipHost, ProgressListener, WriteOutcome } from '../host';
import { describeError } from './describe-error';
import { INITIAL_PANE_STATE, paneReducer, type Notice, type PaneState } from './pane-state';

/** What a custom action (the page's "open file") reports back to the pane. */
export interface ActionResult {
  readonly settings?: Settings;
  readonly analysis?: Analysis;
  /** True to forget the analysis shown (the workbook changed under it). */
  readonly clearAnalysis?: boolean;
  readonly notice?: Notice;
}

export interface PaneController {
  readonly state: PaneState;
  readonly messages: UiMessages;
  readonly check: () => Promise<void>;
  readonly recalc: () => Promise<void>;
  readonly undo: () => Promise<void>;
  readonly buildE81: () => Promise<void>;
  readonly insertTemplate: () => Promise<void>;
  readonly saveSettings: (settings: Settings) => Promise<void>;
  readonly showCell: (warning: Pick<Warning, 'sheet' | 'cell'>) => Promise<void>;
  /** Runs any other host work with the same progress, busy and error handling. */
  readonly perform: (action: UiAction, work: (onProgress: ProgressListener, settings: Settings) => Promise<ActionResult>) => Promise<void>;
  readonly dismissError: () => void;
  readonly dismissNotice: () => void;
}

function errorCount(analysis: Analysis): number {
  return analysis.warnings.filter((w) => w.severity === 'error').length;
}

/**
 * The pane's behaviour, apart from how it looks: one action at a time, progress while it
 * runs, its outcome or its failure in plain words afterwards. Settings are loaded from the
 * host once at start (`loadSettingsOnMount`, default true).
 */
export function usePaneController(host: LkjipHost, options: { readonly loadSettingsOnMount?: boolean } = {}): PaneController {
  const [state, dispatch] = useReducer(paneReducer, INITIAL_PANE_STATE);
  const stateRef = useRef(state);
  stateRef.current = state;
  const busy = useRef(false);
  const messages = uiMessages(state.settings.bahasa);

  const perform = useCallback(
    async (action: UiAction, work: (onProgress: ProgressListener, settings: Settings) => Promise<ActionResult>): Promise<void> => {
      if (busy.current) return;
      busy.current = true;
      dispatch({ type: 'start', action });
      try {
        const result = await work((progress) => dispatch({ type: 'progress', progress }), stateRef.current.settings);
        if (result.settings) dispatch({ type: 'settings', settings: result.settings });
        if (result.analysis || result.clearAnalysis) dispatch({ type: 'analysis', analysis: result.analysis });
        if (result.notice) dispatch({ type: 'notice', notice: result.notice });
      } catch (err) {
        dispatch({ type: 'failed', error: describeError(err, action, uiMessages(stateRef.current.settings.bahasa)) });
      } finally {
        busy.current = false;
        dispatch({ type: 'finished', canUndo: host.canUndo() });
      }
    },
    [host],
  );

  useEffect(() => {
    if (options.loadSettingsOnMount === false) return;
    void perform('loadSettings', async () => ({ settings: await host.loadSettings() }));
  }, [host, perform, options.loadSettingsOnMount]);

  return useMemo(() => {
    const written = (outcome: WriteOutcome, text: (m: UiMessages) => string): ActionResult => {
      const m = uiMessages(stateRef.current.settings.bahasa);
      const missing = outcome.missing ?? [];
      const remaining = m.outcome.remaining(errorCount(outcome.analysis));
      const notice: Notice =
        missing.length > 0
          ? { intent: 'warning', text: `${text(m)} ${m.outcome.missingForE81}`, details: missing }
          : { intent: 'success', text: `${text(m)} ${remaining}` };
      return { analysis: outcome.analysis, notice };
    };
    const current = (): UiMessages => uiMessages(stateRef.current.settings.bahasa);
    return {
      state,
      messages,
      check: () =>
        perform('check', async (onProgress, settings) => {
          const analysis = await host.check(settings, onProgress);
          return { analysis, notice: { intent: analysis.warnings.length === 0 ? 'success' : 'info', text: current().outcome.checked(analysis.warnings.length) } };
        }),
      recalc: () =>
        perform('recalc', async (onProgress, settings) => {
          const outcome = await host.recalc(settings, onProgress);
          return written(outcome, (m) => m.outcome.recalculated(outcome.cellsWritten, outcome.sheetsWritten));
        }),
      undo: () =>
        perform('undo', async (onProgress) => {
          const undone = await host.undo(onProgress);
          const m = current();
          return undone
            ? { clearAnalysis: true, notice: { intent: 'success', text: m.outcome.undone } }
            : { notice: { intent: 'info', text: m.outcome.nothingToUndo } };
        }),
      buildE81: () =>
        perform('buildE81', async (onProgress, settings) => {
          const outcome = await host.buildE81(settings, onProgress);
          return written(outcome, (m) => m.outcome.e81Built(outcome.sheetsWritten));
        }),
      insertTemplate: () =>
        perform('insertTemplate', async (onProgress) => {
          const outcome = await host.insertTemplate(onProgress);
          return { analysis: outcome.analysis, notice: { intent: 'success', text: current().outcome.templateInserted(outcome.sheetsWritten) } };
        }),
      saveSettings: (settings: Settings) =>
        perform('saveSettings', async (onProgress) => {
          await host.saveSettings(settings);
          const m = uiMessages(settings.bahasa);
          // A result shown under the old settings would be stale: check again under the new ones.
          const analysis = stateRef.current.analysis ? await host.check(settings, onProgress) : undefined;
          return { settings, ...(analysis ? { analysis } : {}), notice: { intent: 'success', text: m.outcome.settingsSaved } };
        }),
      showCell: async (warning: Pick<Warning, 'sheet' | 'cell'>) => {
        try {
          await host.showCell({ sheet: warning.sheet, cell: warning.cell });
        } catch (err) {
          dispatch({ type: 'failed', error: describeError(err, 'showCell', current()) });
        }
      },
      perform,
      dismissError: () => dispatch({ type: 'dismissError' }),
      dismissNotice: () => dispatch({ type: 'dismissNotice' }),
    };
  }, [state, messages, host, perform]);
}
