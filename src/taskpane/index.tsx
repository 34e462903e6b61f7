// Task pane entry. It is loaded after functions.js in the same shared runtime (see webpack.config.js),
// so the custom functions are registered before the UI starts.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppProps } from './App';

/** Outside Office, office.js may never answer (offline, blocked): the stand-alone mode starts anyway. */
const OFFICE_READY_TIMEOUT_MS = 3000;

let mounted = false;
function mount(host: AppProps['host']): void {
  const el = document.getElementById('root');
  if (!el || mounted) return;
  mounted = true;
  createRoot(el).render(<App host={host} />);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  const fallback = setTimeout(() => mount('browser'), OFFICE_READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    clearTimeout(fallback);
    mount(info.host === Office.HostType.Excel ? 'excel' : 'browser');
  });
} else {
  mount('browser');
}
