// Outside Excel, give the functions chunk a CustomFunctions.associate that does nothing.
// Inside Excel (office.js in the shared runtime) the real global exists and is left untouched.
const g = globalThis as { CustomFunctions?: { associate?: unknown } };
if (typeof g.CustomFunctions === 'undefined') {
  g.CustomFunctions = { associate: () => undefined };
}
export {};
