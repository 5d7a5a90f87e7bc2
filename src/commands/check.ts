import {type Config, ConfigError, defaultConfig, findConfig, loadConfig} from '../config.js'
import {expandFeeds} from '../batch/jsonl.js'
import {type BatchFlags, startBatch} from '../batch/session.js'
import type {FileReport} from '../file-report.js'
import {expandInputs} from '../inputs.js'
import {reporters} from '../reporters/index.js'
import type {Severity} from '../types.js'

export interface CheckCommandOptions extends BatchFlags {
  format: string
  lang?: string
  config?: string
  failOn: Severity
  stdinFilename?: string
}

export interface Io {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  color: boolean
}

/** Exit codes (CONTRACT.md): 0 passes the gate, 1 findings fail it, 2 usage, configuration or input error. */
export const exit = {ok: 0, findings: 1, error: 2} as const

const rank: Record<Severity, number> = {info: 0, warning: 1, error: 2}

export function resolveConfig(explicit: string | undefined, cwd: string): Config {
  const file = explicit ?? findConfig(cwd)
  return file ? loadConfig(file) : defaultConfig()
}

export async function runCheck(operands: string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const reporter = reporters[options.format]
  if (!reporter) {
    io.stderr(`copydesk: unknown format \`${options.format}\` (use ${Object.keys(reporters).join(', ')})\n`)
    return exit.error
  }
  let config: Config
  try {
    config = resolveConfig(options.config, io.cwd)
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`copydesk: ${error.message}\n`)
      return exit.error
    }
    throw error
  }
  const where = {cwd: io.cwd, ignore: config.ignore, ...(options.stdinFilename ? {stdinFilename: options.stdinFilename} : {})}
  const inputs = options.jsonl ? await expandFeeds(operands, where) : await expandInputs(operands, where)
  const lang = options.lang ?? (config.file && config.lang !== defaultConfig().lang ? config.lang : undefined)
  const reports: FileReport[] = []
  const batch = startBatch(inputs, options, {cwd: io.cwd, config, ...(lang ? {lang} : {})})
  for await (const {report} of batch.results) {
    if (report.error) io.stderr(`copydesk: ${report.path}: ${report.error}\n`)
    // --jsonl: one report a line as each input is done, for wire feeds.
    if (options.jsonl) io.stdout(`${JSON.stringify(report)}\n`)
    reports.push(report)
  }
  if (batch.interrupted) {
    io.stderr(`copydesk: interrupted after ${reports.length} inputs\n`)
    return 130
  }
  if (!options.jsonl) io.stdout(reporter(reports, {color: io.color}))
  if (reports.some((report) => report.error)) return exit.error
  const threshold = rank[options.failOn]
  const failing = reports.some((report) => report.messages.some((message) => rank[message.severity] >= threshold))
  return failing ? exit.findings : exit.ok
}
