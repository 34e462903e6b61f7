// Writing a file so that a failure leaves no half-written file (Node only; fs is loaded on first use,
// so browser bundles that import this module never touch it). No exceljs here: `bzr consolidate`
// writes SUMMARY.xlsx through it without loading the .xlsx adapter.

/** Writes bytes next to `path` first, then renames: a failed write leaves no half-written file. */
export async function writeFileAtomically(bytes: Uint8Array, path: string): Promise<void> {
  const fs = await import('fs');
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await fs.promises.writeFile(tmp, bytes);
    await fs.promises.rename(tmp, path);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true });
    throw e;
  }
}
