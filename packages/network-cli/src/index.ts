/**
 * `localplus-network`: the suite's policy reachability and consistency checks for CI.
 *
 * @packageDocumentation
 */
import { run } from './cli';

export { run };
export type { CliIo } from './lib/io';

/** The bin's entry point. */
export function main(): void {
  // `localplus-network reach . | head` closes the pipe early; that is not an error.
  process.stdout.on('error', error => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    throw error;
  });
  run(process.argv.slice(2), {
    out: line => process.stdout.write(`${line}\n`),
    err: line => process.stderr.write(`${line}\n`),
  }).then(code => {
    process.exitCode = code;
  });
}
