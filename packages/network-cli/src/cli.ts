import { Command } from 'commander';
import { check } from './commands/check';
import { explain } from './commands/explain';
import { reach } from './commands/reach';
import type { CliIo } from './lib/io';

const collect = (value: string, previous: string[] = []) => [
  ...previous,
  value,
];

/** Runs the CLI with the given arguments (without node and the script) and returns the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('localplus-network')
    .description(
      'Network checks over a folder of Kubernetes manifests (a GitOps repository)',
    )
    .exitOverride()
    .configureOutput({
      writeOut: s => io.out(s.trimEnd()),
      writeErr: s => io.err(s.trimEnd()),
    });

  program
    .command('reach <folder>')
    .description(
      'Print every allowed connection: ns/name[Kind] => ns/name[Kind] : TCP 8080',
    )
    .option('--json', 'print JSON instead of lines')
    .option('--from <ns/name>', 'only connections from this workload')
    .option('--to <ns/name>', 'only connections to this workload')
    .action(async (folder, options) => {
      exitCode = await reach(folder, options, io);
    });

  program
    .command('explain <folder>')
    .description('Explain the verdict for one flow')
    .requiredOption(
      '--from <peer>',
      'ns/workload, entity:<name> or ip:<address>',
    )
    .requiredOption('--to <peer>', 'ns/workload, entity:<name> or ip:<address>')
    .requiredOption('--port <port>', 'destination port')
    .option('--protocol <protocol>', 'TCP, UDP or SCTP', 'TCP')
    .option('--json', 'print JSON')
    .action(async (folder, options) => {
      exitCode = await explain(folder, options, io);
    });

  program
    .command('check <folder>')
    .description(
      'Validate manifests and run the cross-system checks; exit 1 on errors (a pull-request gate)',
    )
    .option(
      '--crds <dir>',
      'folder of CRD YAML files to validate against (repeatable)',
      collect,
    )
    .option('--strict', 'fail on warnings too')
    .option('--json', 'print JSON')
    .action(async (folder, options) => {
      exitCode = await check(folder, options, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    const e = error as { code?: string; exitCode?: number; message?: string };
    if (e.code?.startsWith('commander.')) {
      return e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version'
        ? 0
        : e.exitCode ?? 2;
    }
    io.err(`error: ${e.message ?? String(error)}`);
    return 2;
  }
  return exitCode;
}
