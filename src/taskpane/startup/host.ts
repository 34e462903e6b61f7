// Does the page run inside Office? Decided at once from what Office hands the page before office.js is
// ready — the same places office.js itself looks (its _retrieveHostInfo): the `_host_Info` query
// parameter Office adds to the add-in's URL, the host info office.js keeps in sessionStorage
// ('hostInfoValue') and window.name ({"hostInfo": …}) when the pane navigates, and the
// window.external.GetHostInfo bridge of the classic Windows web view. No timer decides the mode.
export interface PageEnv {
  search: string;
  windowName: string;
  sessionHostInfo: string | null;
  externalHostInfo: boolean;
}

export function insideOffice(env: PageEnv): boolean {
  if (/[?&]_host_Info=/.test(env.search)) return true;
  if (env.sessionHostInfo) return true;
  if (env.externalHostInfo) return true;
  try {
    const o = JSON.parse(env.windowName) as { hostInfo?: unknown } | null;
    return !!o && typeof o === 'object' && !!o.hostInfo;
  } catch {
    return false;
  }
}

/** The page's environment, read defensively (storage may be blocked). */
export function pageEnv(w: Window): PageEnv {
  let sessionHostInfo: string | null = null;
  try {
    sessionHostInfo = w.sessionStorage?.getItem('hostInfoValue') ?? null;
  } catch {
    sessionHostInfo = null;
  }
  let externalHostInfo = false;
  try {
    const ext = (w as unknown as { external?: { GetHostInfo?: unknown } }).external;
    externalHostInfo = typeof ext?.GetHostInfo === 'function';
  } catch {
    externalHostInfo = false;
  }
  return { search: w.location.search, windowName: w.name ?? '', sessionHostInfo, externalHostInfo };
}
