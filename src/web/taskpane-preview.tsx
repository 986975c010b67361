import { createRoot } from 'react-dom/client';
import { uiMessages } from '../engine/i18n/ui-messages';
import { TaskPane } from '../taskpane/components/TaskPane';
import { WebHost } from './web-host';

/**
 * The Excel task pane outside Excel, for looking at it (screenshots, `npm run start:web`): the
 * pane's own component over the page's in-memory host, loaded with a workbook from this origin
 * (`?workbook=…`, by default the example).
 */
async function mount(): Promise<void> {
  const container = document.getElementById('app');
  if (!container) return;
  const source = new URLSearchParams(window.location.search).get('workbook') ?? 'contoh-lkjip-kecamatan.xlsx';
  const url = new URL(source, window.location.href);
  const text = uiMessages('id').errors;
  if (url.origin !== window.location.origin) throw new Error(text.previewForeignOrigin(window.location.origin));
  const response = await fetch(url);
  if (!response.ok) throw new Error(text.previewLoadFailed(url.pathname, response.status));
  const host = new WebHost();
  host.open(new Uint8Array(await response.arrayBuffer()), decodeURIComponent(url.pathname.split('/').pop() ?? source));
  createRoot(container).render(<TaskPane host={host} />);
}

void mount().catch((err: unknown) => {
  document.body.textContent = err instanceof Error ? err.message : String(err);
});
