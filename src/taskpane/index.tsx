// Task pane entry. It is loaded after functions.js in the same shared runtime (see webpack.config.js),
// so the custom functions are registered before the UI starts.
//
// The mode is decided at once, never by a timer: inside Office (startup/host) the pane says
// 「正在连接 Excel…」 until Office.onReady, however long office.js takes; outside Office it renders the
// stand-alone mode immediately, whether office.js loads, is slow, or never arrives.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App';
import { Connecting } from './startup/Connecting';
import { insideOffice, pageEnv } from './startup/host';

function start(): void {
  const el = document.getElementById('root');
  if (!el) return;
  const root: Root = createRoot(el);
  if (!insideOffice(pageEnv(window))) {
    root.render(<App host="browser" />);
    return;
  }
  root.render(<Connecting />);
  const ready = () =>
    void Office.onReady((info) =>
      root.render(<App host={info.host === Office.HostType.Excel ? 'excel' : 'browser'} />),
    );
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') ready();
  else window.addEventListener('load', () => typeof Office !== 'undefined' && ready());
}

start();
