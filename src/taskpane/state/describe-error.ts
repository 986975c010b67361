import type { UiAction, UiMessages } from '../../engine/i18n/ui-messages';
import type { PaneError } from './pane-state';

/** Errors that mean a defect, not something the user can act on: their text is not for the user. */
const DEFECTS = [TypeError, RangeError, ReferenceError, SyntaxError, EvalError];

function reasonOf(err: unknown, messages: UiMessages): { reason: string; technical?: string } {
  if (err instanceof Error && !DEFECTS.some((kind) => err instanceof kind) && err.message.trim() !== '') {
    return { reason: err.message.trim() };
  }
  const technical = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { reason: messages.errors.unexpected, technical };
}

/**
 * A failure told in plain words: the hosts throw errors with Indonesian messages (the .xlsx
 * reader's `XlsxReadError`, the Office adapter's), which are shown as they are; anything else
 * becomes one calm sentence, the raw text kept aside as technical detail.
 */
export function describeError(err: unknown, action: UiAction, messages: UiMessages): PaneError {
  const { reason, technical } = reasonOf(err, messages);
  const text = action === 'openFile' ? messages.errors.fileUnreadable(reason) : messages.errors.actionFailed(messages.actions[action], reason);
  return technical === undefined ? { text } : { text, technical };
}
