/// <reference types="office-js" />
import { createRoot } from 'react-dom/client';
import { TaskPane } from './components/TaskPane';
import { createOfficeHost } from './office-host';

/** The task pane inside Excel: mounted once Office.js says the host is ready. */
void Office.onReady(() => {
  const container = document.getElementById('app');
  if (container) createRoot(container).render(<TaskPane host={createOfficeHost()} />);
});
