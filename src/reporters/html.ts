import {createHash} from 'node:crypto'
import type {FileReport, JsonMessage} from '../file-report.js'
import {formatOfReport, textOf} from '../gate/article.js'
import type {GateContext} from '../gate/context.js'
import {version} from '../gate/version.js'
import type {Block} from '../parse/block.js'
import {blocksOf} from '../parse/index.js'
import type {Severity, Sourcing} from '../types.js'
import {countsInWords} from './sourcing-counts.js'

/**
 * A self-contained HTML page for editors: every article as readable text
 * (markup removed, entities decoded: the parser's own blocks) with each
 * finding highlighted by severity, a tooltip on hover or focus, a summary
 * by stage and rule beside the sourcing summary, and the list of findings.
 * It works without JavaScript (Tab and the finding links move between
 * findings); the small script only adds J/K keys. Everything from the
 * article is escaped, and the Content-Security-Policy allows nothing but
 * this page's own style and script (by hash), so the page makes no request.
 */
export function html(reports: FileReport[], options: {gate?: GateContext}): string {
  const articles = reports.map((report, index) => article(report, index, options.gate)).join('\n')
  const counts = countBySeverity(reports.flatMap((report) => report.messages))
  const policy = [
    "default-src 'none'",
    `style-src '${sha256(style)}'`,
    `script-src '${sha256(script)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="copydesk ${escape(version)}">
<title>copydesk report</title>
<style>${style}</style>
</head>
<body>
<header>
<h1>copydesk report</h1>
<p class="totals">${total(counts)} in ${reports.length} file${reports.length === 1 ? '' : 's'}${fixedNote(options.gate)}</p>
<p class="help">Highlights show findings; hover or focus one for the reason and suggestion. <kbd>Tab</kbd> moves between findings, and so do <kbd>J</kbd> (next) and <kbd>K</kbd> (previous).</p>
</header>
<main>
${reports.length > 1 ? `<section class="overview" aria-label="All files">\n<h2>All files</h2>\n${summaryTable(reports.flatMap((report) => report.messages))}\n</section>\n` : ''}${articles}
</main>
<script>${script}</script>
</body>
</html>
`
}

const style = `
:root{color-scheme:light;--error:#c62828;--warning:#b26a00;--info:#1565c0;font-family:Georgia,"Times New Roman",serif;line-height:1.6;color:#1b1b1b;background:#fbfaf7}
body{max-width:62rem;margin:0 auto;padding:1.5rem}
h1,h2,h3,table,.totals,.help,.findings,.sourcing,.meta{font-family:system-ui,-apple-system,"Segoe UI",sans-serif}
h1{font-size:1.6rem;margin:.2rem 0}
.help{color:#555;font-size:.9rem}
kbd{border:1px solid #999;border-radius:3px;padding:0 .25rem;font-size:.85em}
article{border-top:3px solid #1b1b1b;margin-top:2rem;padding-top:.5rem}
article>h2{font-size:1.25rem;word-break:break-all}
.meta{color:#555;font-size:.85rem}
.panels{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
.panels>*{flex:1 1 18rem}
table{border-collapse:collapse;font-size:.85rem}
th,td{border-bottom:1px solid #ddd;padding:.2rem .5rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.sourcing{font-size:.85rem}
.sourcing h3{font-size:.95rem;margin:0}
.text{font-size:1.1rem;background:#fff;border:1px solid #e3e0d8;padding:.5rem 1.25rem;margin:1rem 0}
.text h3{font-family:Georgia,serif;font-size:1.3rem}
.text blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1rem}
.finding,.cont{position:relative;background:transparent;color:inherit;border-bottom:2px solid;padding:0 1px;scroll-margin:6rem}
.finding{cursor:help}
mark.sev-error{background:#fde4e4;border-color:var(--error)}
mark.sev-warning{background:#fff1d6;border-color:var(--warning);border-bottom-style:dashed}
mark.sev-info{background:#e3eefc;border-color:var(--info);border-bottom-style:dotted}
.known{opacity:.75}
.finding:focus{outline:3px solid #1b1b1b;outline-offset:2px}
.tip{display:none;position:absolute;left:0;top:100%;z-index:10;width:max-content;max-width:24rem;background:#1b1b1b;color:#fff;font:400 .85rem/1.4 system-ui,sans-serif;padding:.4rem .6rem;border-radius:4px;white-space:normal}
.finding:hover:not(:has(.finding:hover))>.tip,.finding:focus>.tip{display:block}
.tip b{color:#ffd54f}
.findings{font-size:.9rem}
.findings li{margin:.2rem 0}
.label{display:inline-block;min-width:4.5rem;font-weight:600}
.label.sev-error{color:var(--error)}
.label.sev-warning{color:var(--warning)}
.label.sev-info{color:var(--info)}
.error{color:var(--error);font-weight:600}
`

// Hand-written: J/K (and N/P) move focus between findings in reading order.
const script = `
document.addEventListener('keydown', function (event) {
  if (event.altKey || event.ctrlKey || event.metaKey) return
  var key = event.key.toLowerCase()
  var step = key === 'j' || key === 'n' ? 1 : key === 'k' || key === 'p' ? -1 : 0
  if (!step) return
  var all = Array.prototype.slice.call(document.querySelectorAll('.finding'))
  if (all.length === 0) return
  var at = all.indexOf(document.activeElement)
  var next = all[at === -1 ? (step > 0 ? 0 : all.length - 1) : (at + step + all.length) % all.length]
  next.focus()
  next.scrollIntoView({block: 'center'})
  event.preventDefault()
})
`

function article(report: FileReport, index: number, gate: GateContext | undefined): string {
  const heading = `<h2 id="file-${index}">${escape(report.path)}</h2>`
  if (report.error) return `<article aria-labelledby="file-${index}">\n${heading}\n<p class="error">Could not be checked: ${escape(report.error)}</p>\n</article>`
  const known = gate?.known?.[index]
  const ids = report.messages.map((_, at) => `f-${index}-${at}`)
  const text = textOf(report, gate?.texts)
  const placed = new Set<number>()
  const body = text === undefined ? '' : renderText(text, report, ids, known, placed)
  const unplaced = report.messages.map((_, at) => at).filter((at) => !placed.has(at))
  const list = report.messages
    .map((message, at) => {
      const link = placed.has(at)
        ? `<a href="#${ids[at]}">${message.place.start.line}:${message.place.start.column}</a>`
        : `${highlight(message, ids[at]!, known?.[at], true)}${escape(message.actual)}</mark> (${message.place.start.line}:${message.place.start.column})`
      return `<li><span class="label sev-${message.severity}">${message.severity}</span> ${link} ${escape(message.reason)}${suggestion(message)} <span class="meta">${escape(`${message.source}/${message.ruleId}`)}${known?.[at] ? ' · in baseline' : ''}</span></li>`
    })
    .join('\n')
  const note =
    text === undefined && report.messages.length > 0
      ? `<p class="meta">The text of this input could not be read again (it changed after checking); its findings are listed below.</p>`
      : ''
  return `<article aria-labelledby="file-${index}">
${heading}
<p class="meta">Language: ${escape(report.language)} · ${total(countBySeverity(report.messages))}${unplaced.length > 0 && text !== undefined ? ` · ${unplaced.length} outside the article text` : ''}</p>
<div class="panels">
<section aria-label="Findings by stage and rule">${summaryTable(report.messages)}</section>
${sourcingPanel(report.sourcing)}
</div>
${note}${body ? `<div class="text">\n${body}\n</div>` : ''}
${report.messages.length > 0 ? `<h3 class="findings">Findings</h3>\n<ol class="findings">\n${list}\n</ol>` : '<p class="meta">No findings.</p>'}
</article>`
}

const blockTags: Record<string, string> = {heading: 'h3', headline: 'h3', quote: 'blockquote'}

/** The article's prose blocks with nested `<mark>` elements; findings that cross others are split into continuations. */
function renderText(text: string, report: FileReport, ids: string[], known: boolean[] | undefined, placed: Set<number>): string {
  let blocks: Block[]
  try {
    blocks = blocksOf(text, formatOfReport(report)).blocks
  } catch {
    return ''
  }
  return blocks
    .map((block) => {
      const tag = blockTags[block.data.block ?? ''] ?? 'p'
      const inner = renderBlock(block, report.messages, ids, known, placed)
      const kind = block.data.block && block.data.block !== 'paragraph' ? ` class="${escape(block.data.block)}"` : ''
      return `<${tag}${kind}>${inner}</${tag}>`
    })
    .join('\n')
}

function renderBlock(block: Block, messages: JsonMessage[], ids: string[], known: boolean[] | undefined, placed: Set<number>): string {
  const first = block.starts[0] ?? 0
  const last = block.ends.at(-1) ?? 0
  const relevant = messages.map((_, at) => at).filter((at) => messages[at]!.place.start.offset < last && messages[at]!.place.end.offset > first)
  const covers = (at: number, i: number) => {
    const {start, end} = {start: messages[at]!.place.start.offset, end: messages[at]!.place.end.offset}
    const from = block.starts[i]!
    const to = block.ends[i]!
    // A separator the parser inserted (from === to) belongs to a finding only when strictly inside it.
    return from === to ? start < from && from < end : start <= from && to <= end
  }
  const outerFirst = (a: number, b: number) =>
    messages[a]!.place.start.offset - messages[b]!.place.start.offset || messages[b]!.place.end.offset - messages[a]!.place.end.offset || a - b
  let out = ''
  const stack: number[] = []
  for (let i = 0; i < block.text.length; i++) {
    const covering = new Set(relevant.filter((at) => covers(at, i)))
    const keep = stack.findIndex((at) => !covering.has(at))
    if (keep !== -1) {
      for (let j = stack.length - 1; j >= keep; j--) out += '</mark>'
      stack.length = keep
    }
    for (const at of [...covering].filter((at) => !stack.includes(at)).sort(outerFirst)) {
      const primary = !placed.has(at)
      placed.add(at)
      out += primary ? highlight(messages[at]!, ids[at]!, known?.[at], false) : `<mark class="cont sev-${messages[at]!.severity}" data-for="${ids[at]}">`
      stack.push(at)
    }
    out += escape(block.text[i]!)
  }
  out += '</mark>'.repeat(stack.length)
  return out
}

/** Opening tag of a finding's highlight with its tooltip (the caller closes the `<mark>`). */
function highlight(message: JsonMessage, id: string, known: boolean | undefined, unplaced: boolean): string {
  const classes = ['finding', `sev-${message.severity}`, ...(known ? ['known'] : []), ...(unplaced ? ['unplaced'] : [])].join(' ')
  const tip = `<span class="tip" role="tooltip" id="${id}-tip"><b>${message.severity}</b> ${escape(`${message.source}/${message.ruleId}`)}${known ? ' (in baseline)' : ''}<br>${escape(message.reason)}${suggestion(message)}${message.note ? `<br>${escape(message.note)}` : ''}</span>`
  return `<mark class="${classes}" id="${id}" tabindex="0" data-rule="${escape(`${message.source}/${message.ruleId}`)}" data-severity="${message.severity}" aria-describedby="${id}-tip">${tip}`
}

function suggestion(message: JsonMessage): string {
  const [best] = message.expected
  return best === undefined || message.reason.includes(best) ? '' : ` Suggestion: <q>${escape(best)}</q>`
}

function summaryTable(messages: JsonMessage[]): string {
  const rows = new Map<string, Record<Severity, number>>()
  for (const message of messages) {
    const key = `${message.source}\u0000${message.ruleId}`
    const row = rows.get(key) ?? {error: 0, warning: 0, info: 0}
    row[message.severity]++
    rows.set(key, row)
  }
  if (rows.size === 0) return '<p class="meta">No findings.</p>'
  const body = [...rows]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, row]) => {
      const [source, ruleId] = key.split('\u0000') as [string, string]
      return `<tr><td>${escape(source)}</td><td>${escape(ruleId)}</td><td class="n">${row.error}</td><td class="n">${row.warning}</td><td class="n">${row.info}</td></tr>`
    })
    .join('\n')
  return `<table class="summary">\n<caption>Findings by stage and rule</caption>\n<thead><tr><th scope="col">Stage</th><th scope="col">Rule</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Info</th></tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`
}

function sourcingPanel(sourcing: Sourcing | undefined): string {
  if (!sourcing) return '<section class="sourcing" aria-label="Sourcing"><h3>Sourcing</h3><p class="meta">No sourcing summary.</p></section>'
  const named = sourcing.named.length > 0 ? `<ul>${sourcing.named.map((name) => `<li>${escape(name)}</li>`).join('')}</ul>` : '<p class="meta">No named sources.</p>'
  const chains = sourcing.chains.map((chain) => `<li>${chain.chain.map(escape).join(' ← ')}</li>`).join('')
  const counts = Object.keys(sourcing.counts).length > 0 ? `<p>${escape(countsInWords(sourcing.counts))}</p>` : ''
  return `<section class="sourcing" aria-label="Sourcing">
<h3>Sources named</h3>${named}
${chains ? `<h3>Attribution chains</h3><ul>${chains}</ul>` : ''}
${counts ? `<h3>Counts</h3>${counts}` : ''}
</section>`
}

function countBySeverity(messages: JsonMessage[]): Record<Severity, number> {
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const message of messages) counts[message.severity]++
  return counts
}

function total(counts: Record<Severity, number>): string {
  const all = counts.error + counts.warning + counts.info
  return `${all} finding${all === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info)`
}

function fixedNote(gate: GateContext | undefined): string {
  if (gate?.known === undefined) return ''
  const fresh = gate.known.flat().filter((known) => !known).length
  return ` · ${fresh} new, ${gate.fixed ?? 0} fixed since baseline`
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`
}

export function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;')
}
