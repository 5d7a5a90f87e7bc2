/**
 * Turns a labeller's file (id, unsupported, weasel, booster, anonymous; a header line optional) and the selection it
 * labelled (id, text) into an ids-only set for `tests/data`: the labels and the first 10 hex digits of the SHA-1 of each
 * sentence, which `src/eval/hedges.ts` checks. Prints only counts, so whoever runs it never sees a held-out sentence.
 *
 * `node dist/eval/hash-labels.js LABELS SENTENCES OUT`
 */
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'

const [labelsFile, sentencesFile, out] = process.argv.slice(2)
if (!labelsFile || !sentencesFile || !out) throw new Error('usage: hash-labels LABELS SENTENCES OUT')

const rows = (file: string) => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => line.replace(/\r$/, '').split('\t'))
const texts = new Map(rows(sentencesFile).map(([id, text]) => [id!, text!]))
const labels = rows(labelsFile).filter((cells, index) => !(index === 0 && cells[0] === 'id'))

const totals = [0, 0, 0, 0]
const labelled = new Set<string>()
const lines = labels.map((cells) => {
  const [id, ...values] = cells
  const text = texts.get(id!)
  if (text === undefined) throw new Error(`${id}: not in ${sentencesFile}`)
  // One id twice would count that sentence twice and leave another out, with the row count still right.
  if (labelled.has(id!)) throw new Error(`${id}: labelled twice`)
  labelled.add(id!)
  if (values.length !== 4 || values.some((value) => value !== '0' && value !== '1')) throw new Error(`${id}: expected four 0/1 labels`)
  values.forEach((value, index) => (totals[index]! += Number(value)))
  return [id, ...values, createHash('sha1').update(text).digest('hex').slice(0, 10)].join('\t')
})
if (lines.length !== texts.size) throw new Error(`${labels.length} labelled rows for ${texts.size} sentences`)
writeFileSync(out, ['id\tunsupported\tweasel\tbooster\tanonymous\tsha1', ...lines].join('\n') + '\n')
console.log(`${lines.length} rows: ${totals[0]} unsupported, ${totals[1]} weasel, ${totals[2]} booster, ${totals[3]} anonymous (${out})`)
