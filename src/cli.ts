#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {Command, InvalidArgumentError, Option} from 'commander'
import {exit, runCheck} from './commands/check.js'

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}

const io = {
  cwd: process.cwd(),
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
}

function severity(value: string): 'error' | 'warning' | 'info' {
  if (value === 'error' || value === 'warning' || value === 'info') return value
  throw new InvalidArgumentError('use error, warning or info')
}

const program = new Command('copydesk')
  .description('Checks news copy before it is published.')
  .version(version)
  .showHelpAfterError()
  .exitOverride()
  .configureOutput({writeErr: (text) => io.stderr(text)})

program
  .command('check')
  .description('lint; report; the exit code is the CI gate')
  .argument('<paths...>', 'files, directories, globs, or - for standard input')
  .addOption(new Option('--format <name>', 'report format').choices(['pretty', 'json', 'sarif', 'github', 'html']).default('pretty'))
  .option('--lang <code>', 'the language the copy must be in (default: en)')
  .option('--config <file>', 'configuration file (default: .copydeskrc.yml from the working directory up)')
  .option('--fail-on <severity>', 'lowest severity that fails the gate', severity, 'error')
  .option('--stdin-filename <name>', 'name and format for standard input')
  .action(async (paths: string[], options) => {
    process.exitCode = await runCheck(paths, options, io)
  })

try {
  await program.parseAsync()
} catch (error) {
  // commander throws on --help/--version (exit 0) and usage errors (already printed).
  const code = (error as {exitCode?: number}).exitCode
  process.exitCode = code === 0 ? 0 : exit.error
}
