import { createRoot } from 'react-dom/client';
import { WebPage } from './components/WebPage';
import { WebHost } from './web-host';

const container = document.getElementById('app');
if (container) createRoot(container).render(<WebPage host={new WebHost()} />);
