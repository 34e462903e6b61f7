// Saving .xlsx bytes from the browser: the one place the pane hands a file to the user (nothing is
// uploaded; the bytes go straight from memory to the browser's download).
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadXlsx(bytes: Uint8Array, fileName: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
