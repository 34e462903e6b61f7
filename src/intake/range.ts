// A1 references: the one helper lives in src/plans/a1 (shared with the .xlsx adapter).
export { columnOf, parseRef, type Rect } from '../plans/a1';
