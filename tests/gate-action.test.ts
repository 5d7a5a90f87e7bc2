import {execFile} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {exitCode} from './exit-code.js'
import type {Log} from 'sarif'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {workspace} from './gate-helpers.js'

const root = fileURLToPath(new URL('..', import.meta.url))

interface Action {
  inputs: Record<string, {default?: string}>
  runs: {using: string; steps: Array<{id?: string; run?: string; uses?: string; env?: Record<string, string>}>}
}

const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as Action

/** Runs the action's check step as the runner would: inputs as INPUT_* variables, this checkout as the action path. */
function checkStep(cwd: string, inputs: Record<string, string>): Promise<{code: number; stdout: string; outputs: string}> {
  const step = action.runs.steps.find((candidate) => candidate.id === 'check')!
  const env: Record<string, string> = {...(process.env as Record<string, string>), GITHUB_ACTION_PATH: root, GITHUB_OUTPUT: path.join(cwd, 'outputs.txt')}
  for (const [name, value] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase().replaceAll('-', '_')}`] = inputs[name] ?? value.default ?? ''
  return new Promise((resolve) => {
    execFile('bash', ['-c', step.run!], {cwd, env}, (error, stdout) => {
      resolve({code: exitCode(error), stdout, outputs: readFileSync(env.GITHUB_OUTPUT!, 'utf8')})
    })
  })
}

describe('GitHub Action', () => {
  it('is a composite action with the documented inputs, uploading SARIF with codeql-action', () => {
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'baseline', 'fail-on', 'format', 'config', 'upload-sarif']))
    expect(action.runs.steps.map((step) => step.uses ?? '')).toContain('github/codeql-action/upload-sarif@v3')
    // Inputs reach the script through the environment only: no `${{ }}` inside a run script.
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain('${{')
  })

  it('annotates, writes SARIF and records the exit code for the gate step', async () => {
    const dir = workspace({'desk/a.md': 'Exports fell by 3,5 percent, the ministry said.\n', 'desk/b c.md': 'Both sides would ceace fire, the minister said.\n'})
    const run = await checkStep(dir, {paths: 'desk/a.md\ndesk/b*.md', 'upload-sarif': 'true'})
    expect(run.code).toBe(0)
    expect(run.outputs).toContain('exit-code=1')
    expect(run.stdout).toContain('::error file=desk/b c.md,line=1,col=18,endLine=1,endColumn=23,title=copydesk spelling/misspelling::')
    const log = JSON.parse(readFileSync(path.join(dir, 'copydesk.sarif'), 'utf8')) as Log
    expect(log.runs[0]!.results!.map((result) => result.ruleId).sort()).toEqual(['spelling/misspelling', 'typography/decimal-comma'])
  })

  it('with its default paths (.), checks the copy, not its own reports nor the repository\'s package.json', async () => {
    const dir = workspace({'package.json': '{"devDependencies": {"copydesk": "1"}}', 'desk/a.md': 'Exports fell by 3,5 percent, the ministry said.\n'})
    const run = await checkStep(dir, {format: 'json', 'upload-sarif': 'true', 'html-report': 'copydesk-report.html'})
    expect(run.outputs).toContain('exit-code=0')
    expect((JSON.parse(run.stdout) as Array<{path: string}>).map((report) => report.path)).toEqual(['desk/a.md'])
    const html = readFileSync(path.join(dir, 'copydesk-report.html'), 'utf8')
    expect(html).toContain('desk/a.md')
    expect(html).not.toContain('empty file')
  })

  it('passes its date input on, so that titles are checked against it', async () => {
    const dir = workspace({'desk/a.md': 'Cyber Command chief Timothy Haugh spoke.\n'})
    const dated = await checkStep(dir, {paths: 'desk/a.md', date: '2025-06-10', format: 'json'})
    expect(dated.stdout).toContain('"ruleId": "title-date"')
    expect((await checkStep(dir, {paths: 'desk/a.md', format: 'json'})).stdout).not.toContain('title-date')
  })

  it('is used the same way in the README, docs/ci.md and the example workflow', () => {
    const example = parse(readFileSync(path.join(root, 'docs/examples/newsroom-workflow.yml'), 'utf8')) as {jobs: {copy: {steps: Array<{uses?: string; with?: Record<string, unknown>}>}}}
    const step = example.jobs.copy.steps.find((candidate) => candidate.uses?.startsWith('copydesk/'))!
    // Every input the workflow passes exists in action.yml.
    for (const input of Object.keys(step.with!)) expect(Object.keys(action.inputs)).toContain(input)
    for (const document of ['README.md', 'docs/ci.md']) {
      const block = /```yaml\n(name: copydesk[\s\S]*?)```/.exec(readFileSync(path.join(root, document), 'utf8'))![1]!
      expect(parse(block), document).toEqual(example)
    }
  })
})
