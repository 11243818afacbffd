/**
 * Spreadsheets run cells starting with = + - @ (and tab or carriage return) as formulas: a quote in front keeps
 * them text (OWASP's CSV injection advice). Then RFC 4180 quoting.
 */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Excel opens a UTF-8 file as such only after a byte-order mark; without it quotes and dashes are garbled. */
export const UTF8_BOM = '\uFEFF';

/** A whole file: byte-order mark, a header row, CRLF line ends (RFC 4180), every cell formula-safe. */
export function toCsvFile(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return UTF8_BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Saves text as a file through a temporary link, the way a browser download starts. */
export function downloadFile(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => { URL.revokeObjectURL(url); }, 0);
}
