import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { UiMessages } from '../../engine/i18n/ui-messages';
import { UiTextProvider } from '../i18n/ui-text';

/** Fluent UI's light theme and the UI strings, around the pane or the page. */
export function LkjipTheme({ messages, children }: { readonly messages: UiMessages; readonly children: ReactNode }): JSX.Element {
  return (
    <FluentProvider theme={webLightTheme} lang={messages.locale.slice(0, 2)}>
      <UiTextProvider messages={messages}>{children}</UiTextProvider>
    </FluentProvider>
  );
}
