#!/usr/bin/env node
import {once} from 'node:events'
import {readFileSync} from 'node:fs'
import {Command, InvalidArgumentError, Option} from 'commander'
import {exit, runCheck} from './commands/check.js'
import {isLanguageCode} from './config.js'
import {dayOf} from './parse/story-date.js'

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}

/** Exit code when the reader of standard output or error has gone (`copydesk check … | head`): 128 + SIGPIPE, as shells expect. */
const readerGoneCode = 141

/**
 * Aborted when standard output or error can no longer be written: its reader went away (EPIPE), or
 * another error. The batch then stops between two results, as on Ctrl-C, so that a fixed feed being
 * written is abandoned whole and the progress line is put away; the run ends with 141 (quietly,
 * as `yes | head` does) or, for any other error, with one line and exit code 2.
 */
const outputLost = new AbortController()

function onOutputError(stream: NodeJS.WriteStream) {
  return (error: NodeJS.ErrnoException) => {
    // Writes after the first failure fail too; the first one says what happened.
    if (outputLost.signal.aborted) return
    outputLost.abort()
    if (error.code === 'EPIPE') {
      process.exitCode = readerGoneCode
      return
    }
    if (stream === process.stdout) process.stderr.write(`copydesk: cannot write to standard output (${error.code ?? error.message})\n`)
    process.exitCode = exit.error
  }
}
process.stdout.on('error', onOutputError(process.stdout))
process.stderr.on('error', onOutputError(process.stderr))

const io = {
  cwd: process.cwd(),
  stdout: (text: string | Uint8Array) => process.stdout.write(text),
  drained: async (stop?: AbortSignal) => {
    if (!process.stdout.writableNeedDrain) return
    // Ctrl-C, or the reader going away, ends the wait (a batch's signal is aborted in both cases).
    await once(process.stdout, 'drain', {signal: stop ?? outputLost.signal}).catch(() => {})
  },
  stderr: (text: string) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  outputLost: outputLost.signal,
}

/** A command's exit code, unless standard output or error failed on the way. */
function exitWith(code: number): void {
  if (!outputLost.signal.aborted) process.exitCode = code
}

const severities = ['error', 'warning', 'info']

function count(value: string): number {
  if (/^\d+$/.test(value)) return Number(value)
  throw new InvalidArgumentError('use a whole number, 0 or more')
}

/** `--date`: a day (YYYY-MM-DD), or `today` in the local time zone, where the desk publishes. */
function storyDate(value: string): string {
  if (value === 'today') {
    const now = new Date()
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
  }
  const day = dayOf(value)
  if (day === value) return day
  throw new InvalidArgumentError('use a date such as 2025-06-10, or today')
}

/** `--lang`: a code the language stage can map; anything else would silently mean English. */
function language(value: string): string {
  if (isLanguageCode(value)) return value
  throw new InvalidArgumentError('use an ISO 639 language code such as en, de or eng')
}

function positive(value: string): number {
  const number = Number(value)
  if (Number.isFinite(number) && number > 0) return number
  throw new InvalidArgumentError('use a positive number')
}

function workers(value: string): number {
  if (/^[1-9]\d*$/.test(value)) return Number(value)
  throw new InvalidArgumentError('use a whole number, 1 or more')
}

/** Batch options shared by check and fix (src/batch). */
function batchOptions(command: Command): Command {
  return command
    .option('--jobs <n>', 'worker threads (default: one per core)', workers)
    .option('--timeout <seconds>', 'time limit per file (default 60 in a batch; given, it holds for a single file too)', positive)
    .option('--quiet', 'no progress line on a terminal')
    .option('--jsonl', 'inputs are JSON Lines feeds, one ninjs item a line; output one result a line')
}

const program = new Command('copydesk')
  .description('Checks news copy before it is published.')
  .version(version)
  // A usage error is one line of reason and one pointing to the help, not the whole help (CONTRACT.md).
  .showHelpAfterError("run 'copydesk --help' for the commands")
  .exitOverride()
  .configureOutput({writeErr: (text) => io.stderr(text)})

program
  .command('check')
  .description('lint; report; the exit code is the CI gate')
  .showHelpAfterError("run 'copydesk check --help' for the options")
  .argument('<paths...>', 'files, directories, globs, or - for standard input')
  .addOption(new Option('--format <name>', 'report format').choices(['pretty', 'json', 'sarif', 'github', 'html']).default('pretty'))
  .option('--lang <code>', 'the language the copy must be in (default: en)', language)
  .option('--date <day>', "the stories' date (YYYY-MM-DD or today), over any they state; titles are checked against it", storyDate)
  .option('--config <file>', 'configuration file (default: .copydeskrc.yml from the working directory up)')
  .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the gate').choices(severities).default('error'))
  .option('--stdin-filename <name>', 'name and format for standard input')
  .option('--baseline <file>', 'report everything, but fail only on findings not in this baseline')
  .addOption(new Option('--write-baseline <file>', 'record the current findings as the baseline').conflicts('baseline'))
  .option('--prune-baseline', 'drop findings that are gone from the --baseline file')
  .option('--changed-since <ref>', 'check only files changed since this git ref, plus untracked files')
  .option('--max-warnings <n>', 'fail when there are more than N warnings (new ones, with --baseline)', count)
  .option('--cache', 'skip unchanged files, reusing results from .copydesk-cache/')
  .action(async (paths: string[], options, command: Command) => {
    // --jsonl writes one JSON report a line whatever the format: any other format asked for would be ignored.
    if (options.jsonl && command.getOptionValueSource('format') === 'cli' && options.format !== 'json') {
      command.error(`error: --jsonl writes one JSON report a line; it cannot be combined with --format ${options.format}`)
    }
    // A usage error, said before any file is checked.
    if (options.pruneBaseline && options.baseline === undefined) command.error('error: --prune-baseline needs --baseline FILE')
    exitWith(await runCheck(paths, options, io))
  })
batchOptions(program.commands.at(-1)!)

batchOptions(
  program
    .command('fix')
    .description('apply safe fixes (cleanup of translated copy)')
    .showHelpAfterError("run 'copydesk fix --help' for the options")
    .argument('<paths...>', 'files, directories, globs, or - for standard input')
    .option('--out <dir>', 'write fixed copies under DIR, mirroring the input tree')
    .addOption(new Option('--write', 'fix in place (atomically)').conflicts('out'))
    .addOption(new Option('--level <level>', 'safe fixes only, or review fixes too').choices(['safe', 'review']).default('safe'))
    .option('--dry-run', 'print a unified diff; write nothing')
    .option('--log <file>', 'change log, JSON Lines: file, offset, before, after, rule, level')
    .option('--lang <code>', 'the language the copy must be in (default: en)', language)
    .option('--date <day>', "the stories' date (YYYY-MM-DD or today), over any they state; titles are checked against it", storyDate)
    .option('--config <file>', 'configuration file (default: .copydeskrc.yml from the working directory up)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity left after fixing that fails the gate').choices(severities).default('error'))
    .option('--stdin-filename <name>', 'name and format for standard input'),
).action(async (paths: string[], options) => {
  // Loaded on use, so that `check` does not pay for fix's modules.
  const {runFix} = await import('./commands/fix.js')
  exitWith(await runFix(paths, options, io))
})

// Not a top-level await: the launcher runs this bundle as CommonJS (src/code-cache.ts). What that await gave, a run whose
// work never settles ending in an error rather than in success, the exit handler gives.
let settled = false
async function parse(): Promise<void> {
  // No command at all is a usage error like an unknown one: the reason and the pointer, not the whole help (CONTRACT.md).
  if (process.argv.length <= 2) program.error('error: missing command (check or fix)')
  await program.parseAsync()
}
parse().then(
  () => {
    settled = true
  },
  (error: unknown) => {
    settled = true
    // commander throws on --help/--version (exit 0) and usage errors (already printed); anything else is said in one line.
    const code = (error as {exitCode?: number}).exitCode
    if (code === undefined) io.stderr(`copydesk: internal error: ${(error as Error).message}\n`)
    process.exitCode = code === 0 ? 0 : exit.error
  },
)
process.once('exit', () => {
  if (settled || process.exitCode) return
  io.stderr('copydesk: internal error: the run stopped before it finished\n')
  process.exitCode = exit.error
})
