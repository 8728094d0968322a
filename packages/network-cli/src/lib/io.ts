/** Where a command writes; tests pass buffers, the bin passes the process's streams. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}
