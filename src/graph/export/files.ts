/** One file an export produces. */
export interface ExportFile {
  readonly name: string;
  readonly content: string;
}
