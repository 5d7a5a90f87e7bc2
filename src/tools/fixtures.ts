import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {checkInputs} from '../batch/run.js'
import {defaultConfig, loadConfig} from '../config.js'
import type {FileReport} from '../file-report.js'
import {formatOf} from '../parse/index.js'

export interface Fixture {
  name: string
  /** Path of the input relative to the repository root, as it appears in the report. */
  input: string
  expected: string
}

/** `fixtures/<name>/input.*`, each with its `expected.json` and an optional `config.yml`. */
export function listFixtures(root: string): Fixture[] {
  const base = path.join(root, 'fixtures')
  return readdirSync(base, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const input = readdirSync(path.join(base, entry.name)).find((file) => file.startsWith('input.') && formatOf(file))
      if (!input) throw new Error(`fixtures/${entry.name} has no input file`)
      return {name: entry.name, input: path.join('fixtures', entry.name, input), expected: path.join(base, entry.name, 'expected.json')}
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

export async function reportFixture(root: string, fixture: Fixture): Promise<FileReport> {
  const configFile = path.join(root, 'fixtures', fixture.name, 'config.yml')
  const config = existsSync(configFile) ? loadConfig(configFile) : defaultConfig()
  const inputs = [{path: fixture.input, format: formatOf(fixture.input)!}]
  for await (const report of checkInputs(inputs, {cwd: root, config})) return report
  throw new Error(`no report for ${fixture.input}`)
}
