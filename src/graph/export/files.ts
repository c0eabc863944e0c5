/** One file an export produces: text, or bytes (XLSX). */
export interface ExportFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}
