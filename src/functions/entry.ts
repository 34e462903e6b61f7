// Webpack entry of the functions chunk (functions.js). The metadata plugin appends
// CustomFunctions.associate(...) calls to functions.ts; outside Excel (the stand-alone browser mode)
// there is no CustomFunctions global, so a no-op stand-in is installed first to keep those calls from
// throwing. Imports run in order: the stand-in exists before functions.ts is evaluated.
import './runtime-shim';
import './functions';
