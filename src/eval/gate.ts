/**
 * `npm run eval:gate`: how well baseline fingerprints track findings through
 * the edits a newsroom makes, on news text nobody on the team wrote (GUM
 * Wikinews, CC BY 2.5, read from `../shared/eval` at run time, never copied).
 *
 * Each article is checked, recorded as a baseline, edited, and checked
 * again. For edits that change no finding (moving paragraphs, CRLF line
 * endings, renaming the file, adding a clean sentence elsewhere) every
 * finding reported as "new" is a false alarm. Compared in the same run:
 * - a line-keyed baseline (path, line, rule, text), as simple baseline tools keep;
 * - reviewdog's diff filter as Vale users run it: only findings on lines the
 *   diff adds are reported, so old findings on touched lines come back and
 *   new findings on untouched lines are missed.
 * Then the cost: fingerprinting time against checking time, and a cold run
 * against a `--cache` run of the CLI over the same articles.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {diffLines} from 'diff'
import {defaultConfig} from '../config.js'
import {type FileReport, toFileReport} from '../file-report.js'
import {type Baseline, compareWithBaseline} from '../gate/baseline.js'
import {fingerprints} from '../gate/fingerprint.js'
import {checkText, createPipeline} from '../pipeline.js'

const evalDir = path.resolve(process.env.COPYDESK_EVAL_DIR ?? '../shared/eval')
const cli = fileURLToPath(new URL('../cli.js', import.meta.url))

interface Article {
  id: string
  paragraphs: string[]
}

function articles(): Article[] {
  const file = path.join(evalDir, 'text/gum-wikinews/gum_wikinews_news_interview.jsonl')
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as {id: string; paragraphs: Array<{block: string; text: string}>})
    .map((doc) => ({id: doc.id, paragraphs: doc.paragraphs.map((paragraph) => (paragraph.block === 'head' ? `# ${paragraph.text}` : paragraph.text))}))
}

const markdown = (paragraphs: string[]) => `${paragraphs.join('\n\n')}\n`

/** Edits that change no finding: every "new" finding after them is a false alarm. */
const edits: Record<string, (article: Article) => {text: string; name: string}> = {
  'move paragraphs': ({id, paragraphs}) => {
    const [head, ...body] = paragraphs
    return {name: `${id}.md`, text: markdown([head!, ...body.slice(1).reverse(), body[0]!].filter((paragraph) => paragraph !== undefined))}
  },
  'CRLF line endings': ({id, paragraphs}) => ({name: `${id}.md`, text: markdown(paragraphs).replaceAll('\n', '\r\n')}),
  'rename the file': ({id, paragraphs}) => ({name: `renamed/${id}.md`, text: markdown(paragraphs)}),
  'add a sentence elsewhere': ({id, paragraphs}) => {
    const at = Math.min(2, paragraphs.length - 1)
    const edited = paragraphs.map((paragraph, index) => (index === at ? `The announcement came on Tuesday. ${paragraph}` : paragraph))
    return {name: `${id}.md`, text: markdown(edited)}
  },
  'add a paragraph at the top': ({id, paragraphs}) => {
    const [head, ...body] = paragraphs
    return {name: `${id}.md`, text: markdown([head!, 'The announcement came on Tuesday, officials said.', ...body])}
  },
}

const processor = createPipeline(defaultConfig())

async function check(name: string, text: string): Promise<FileReport> {
  return toFileReport(name, await checkText(processor, text, {path: name, format: 'markdown'}))
}

// The same rule on the same text is the same finding, even when its reason counts something that moved.
const identity = (report: FileReport) => report.messages.map((message) => `${message.source}/${message.ruleId}\u0000${message.actual}`)

/** Per message of `after`: true when no finding of `before` accounts for it (multiset match on rule and text). */
function reallyNew(before: FileReport, after: FileReport): boolean[] {
  const pool = new Map<string, number>()
  for (const key of identity(before)) pool.set(key, (pool.get(key) ?? 0) + 1)
  return identity(after).map((key) => {
    const count = pool.get(key) ?? 0
    if (count > 0) pool.set(key, count - 1)
    return count === 0
  })
}

/** 1-based numbers of the lines of `after` that a line diff marks as added. */
function addedLines(before: string, after: string): Set<number> {
  const added = new Set<number>()
  let line = 1
  for (const part of diffLines(before.replaceAll('\r\n', '\n'), after.replaceAll('\r\n', '\n'))) {
    const count = part.count ?? part.value.split('\n').length - 1
    if (part.added) for (let i = 0; i < count; i++) added.add(line + i)
    if (!part.removed) line += count
  }
  // A CRLF change rewrites every line as far as git and reviewdog are concerned.
  if (before.includes('\r\n') !== after.includes('\r\n')) for (let i = 1; i <= line; i++) added.add(i)
  return added
}

async function main(): Promise<void> {
  const docs = articles()
  const rows: string[] = []
  let checkMs = 0
  let fingerprintMs = 0
  for (const [edit, apply] of Object.entries(edits)) {
    const totals = {findings: 0, fresh: 0, fixed: 0}
    const methods = ['copydesk', 'line-keyed', 'reviewdog'] as const
    const alarms = {copydesk: 0, 'line-keyed': 0, reviewdog: 0}
    const missed = {copydesk: 0, 'line-keyed': 0, reviewdog: 0}
    for (const article of docs) {
      const name = `${article.id}.md`
      const before = markdown(article.paragraphs)
      let started = performance.now()
      const original = await check(name, before)
      checkMs += performance.now() - started
      started = performance.now()
      const recorded = fingerprints(original, new Map([[name, before]]))
      fingerprintMs += performance.now() - started
      const baseline: Baseline = new Map([[name, original.messages.map((message, at) => ({fingerprint: recorded[at]!, source: message.source, ruleId: message.ruleId, actual: message.actual}))]])
      const {name: after, text} = apply(article)
      const edited = await check(after, text)
      const prints = fingerprints(edited, new Map([[after, text]]))
      // Some stages read context (sections, attribution chains): a finding that really changed is not a false alarm.
      const truth = reallyNew(original, edited)
      const root = mkdtempSync(path.join(tmpdir(), 'copydesk-eval-gate-'))
      const comparison = compareWithBaseline([edited], [prints], baseline, {cwd: root, baselineFile: 'baseline.json'})
      rmSync(root, {recursive: true, force: true})
      const lineKeys = new Set(original.messages.map((message) => `${name}\u0000${message.line}\u0000${message.ruleId}\u0000${message.actual}`))
      const added = addedLines(before, text)
      const verdicts = {
        copydesk: comparison.known[0]!.map((known) => !known),
        'line-keyed': edited.messages.map((message) => !lineKeys.has(`${after}\u0000${message.line}\u0000${message.ruleId}\u0000${message.actual}`)),
        reviewdog: edited.messages.map((message) => added.has(message.line)),
      }
      totals.findings += edited.messages.length
      totals.fresh += truth.filter(Boolean).length
      totals.fixed += comparison.fixed.length
      if (process.argv.includes('--verbose')) {
        edited.messages.forEach((message, at) => {
          if (verdicts.copydesk[at] !== truth[at]) console.error(`${edit}: ${after}:${message.line} ${message.source}/${message.ruleId} \`${message.actual}\` ${message.reason} (copydesk: ${verdicts.copydesk[at] ? 'new' : 'known'})`)
        })
      }
      for (const method of methods) {
        verdicts[method].forEach((reported, at) => {
          if (reported && !truth[at]) alarms[method]++
          if (!reported && truth[at]) missed[method]++
        })
      }
    }
    const cell = (method: (typeof methods)[number]) => `${alarms[method]} / ${missed[method]}`
    rows.push(`| ${edit} | ${totals.findings} | ${totals.fresh} | ${cell('copydesk')} | ${cell('line-keyed')} | ${cell('reviewdog')} |`)
  }
  console.log(`GUM Wikinews, ${docs.length} articles. Each cell: false alarms (old findings reported as new) / missed (new findings not reported)\n`)
  console.log('| edit | findings after | really new | copydesk baseline | line-keyed baseline | reviewdog diff filter |')
  console.log('|---|---|---|---|---|---|')
  for (const row of rows) console.log(row)
  console.log(`\nfingerprinting: ${(fingerprintMs / docs.length / Object.keys(edits).length).toFixed(1)} ms per article (checking: ${(checkMs / docs.length / Object.keys(edits).length).toFixed(1)} ms)`)

  // The cache, through the CLI as CI runs it: cold, then warm.
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-eval-cache-'))
  for (const article of docs) writeFileSync(path.join(dir, `${article.id}.md`), markdown(article.paragraphs))
  const timed = () => {
    const started = performance.now()
    try {
      execFileSync(process.execPath, [cli, 'check', '--cache', '--quiet', '--format', 'json', '.'], {cwd: dir, stdio: 'ignore'})
    } catch {
      // Exit code 1 (findings) is expected.
    }
    return performance.now() - started
  }
  const cold = timed()
  const warm = timed()
  rmSync(dir, {recursive: true, force: true})
  console.log(`--cache over ${docs.length} articles (CLI, wall clock): cold ${(cold / 1000).toFixed(2)} s, warm ${(warm / 1000).toFixed(2)} s`)
}

await main()
