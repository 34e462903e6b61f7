// Installed before functions.ts's CustomFunctions.associate(...) calls run.
// - Inside Excel, boot.js loads office.js blocking in <head>, so the real CustomFunctions exists by now and
//   is left untouched.
// - Otherwise (stand-alone, or office.js not there yet) a stand-in records the calls; if office.js arrives
//   later and brings the real associate, the recorded calls are replayed on it (after the page's `load`,
//   which waits for office.js when it is in the document). Stand-alone they are simply never used.
type Associate = (id: string, fn: unknown) => void;
const g = globalThis as { CustomFunctions?: { associate?: Associate }; addEventListener?: typeof addEventListener };

if (typeof g.CustomFunctions === 'undefined') {
  const calls: Array<[string, unknown]> = [];
  const standIn: Associate = (id, fn) => void calls.push([id, fn]);
  g.CustomFunctions = { associate: standIn };
  const replay = () => {
    const real = g.CustomFunctions?.associate;
    if (typeof real !== 'function' || real === standIn) return;
    for (const [id, fn] of calls.splice(0)) real(id, fn);
  };
  g.addEventListener?.('load', replay);
}
export {};
