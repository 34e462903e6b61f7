// Task pane entry. It is loaded after functions.js in the same shared runtime (see webpack.config.js),
// so the custom functions are registered before the UI starts.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppProps } from './App';

function mount(host: AppProps['host']): void {
  const el = document.getElementById('root');
  if (!el) return;
  createRoot(el).render(<App host={host} />);
}

// office.js may be absent in the stand-alone browser mode (offline, or blocked): still show the pane.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  Office.onReady((info) => mount(info.host === Office.HostType.Excel ? 'excel' : 'browser'));
} else {
  mount('browser');
}
