// Which files a consolidation reads (SPEC §5): files as given, folders searched recursively for .xlsx,
// Office lock files (~$…) and the output itself skipped.
import * as fs from 'fs';
import * as path from 'path';

export interface InputList {
  files: string[];
  /** Inputs that do not exist (listed as errors, the run goes on). */
  missing: string[];
}

const isLockFile = (name: string): boolean => name.startsWith('~$');

function walk(dir: string, out: string[], seen: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return; // a symlink loop must not run forever
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out, seen);
    else if (e.name.toLowerCase().endsWith('.xlsx') && !isLockFile(e.name)) out.push(p);
    else if (e.isSymbolicLink() && fs.statSync(p, { throwIfNoEntry: false })?.isDirectory()) walk(p, out, seen);
  }
}

export function listInputs(inputs: readonly string[], output: string): InputList {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const st = fs.statSync(input, { throwIfNoEntry: false });
    if (!st) missing.push(input);
    else if (st.isDirectory()) walk(input, files, new Set());
    else if (!isLockFile(path.basename(input))) files.push(input);
  }
  const out = path.resolve(output);
  const seen = new Set<string>();
  return {
    files: files.filter((f) => {
      const abs = path.resolve(f);
      if (abs === out || seen.has(abs)) return false;
      seen.add(abs);
      return true;
    }),
    missing,
  };
}
