// boot.js: the page's first, tiny, blocking script in <head>. It decides how office.js loads:
// - inside Office (startup/host: `_host_Info`, sessionStorage, window.name, the Windows bridge) it writes
//   office.js's <script> into <head> with document.write: a parser-blocking script in the head, as
//   Microsoft requires ("Referencing the Office JavaScript API library": reference office.js inside
//   <head> so the API is fully initialised before any body element) — so it runs before the deferred
//   functions.js (CustomFunctions.associate finds the real runtime) and taskpane.js (Office.onReady);
// - outside Office nothing waits for it: it loads async, and the stand-alone pane renders at once
//   whether office.js is slow, never arrives, or loads later (issue 8 item 4).
import { insideOffice, pageEnv } from './host';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function boot(): void {
  if (insideOffice(pageEnv(window))) {
    document.write(`<script type="text/javascript" src="${OFFICE_JS}"></script>`);
    return;
  }
  const s = document.createElement('script');
  s.src = OFFICE_JS;
  s.async = true;
  document.head.appendChild(s);
}

boot();
