import { createContext, useContext, type ReactNode } from 'react';
import { uiMessages, type UiMessages } from '../../engine/i18n/ui-messages';

const UiTextContext = createContext<UiMessages>(uiMessages('id'));

export function UiTextProvider({ messages, children }: { readonly messages: UiMessages; readonly children: ReactNode }): JSX.Element {
  return <UiTextContext.Provider value={messages}>{children}</UiTextContext.Provider>;
}

/** The UI strings in the language of the settings in force. */
export function useUiText(): UiMessages {
  return useContext(UiTextContext);
}
