import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** Every `$ npx copydesk check FILE` block in the README, with the output it shows. */
const examples = [...readme.matchAll(/^\$ npx copydesk check (\S+)\n([^]*?)\n```/gm)].map(([, file, shown]) => ({file: file!, shown: shown!}))

describe('README examples', () => {
  it('shows at least the seed article', () => {
    expect(examples.map((example) => example.file)).toContain('fixtures/cyber-command/input.md')
  })

  it.each(examples)('$file prints what the README shows', ({file, shown}) => {
    // Findings make the command exit 1; the output is what matters here.
    let printed: string
    try {
      printed = execFileSync(process.execPath, [cli, 'check', file], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    } catch (error) {
      printed = (error as {stdout: string}).stdout
    }
    expect(printed.trimEnd()).toBe(shown)
  })
})
