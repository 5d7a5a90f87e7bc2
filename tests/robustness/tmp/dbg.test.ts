import {it} from 'vitest'
import {VFile} from 'vfile'
import {defaultConfig} from '../../../src/config.js'
import {checkText, createPipeline} from '../../../src/pipeline.js'
it('dbg', async () => {
  const p = createPipeline(defaultConfig())
  const text = process.env.T ?? '<p><p>&#xD800;፩the. the'
  const f = new VFile({value: text}); f.data.format = (process.env.F ?? 'html') as never
  console.log(JSON.stringify(p.parse(f), (k, v) => k === 'position' ? `${v.start.offset}-${v.end.offset}` : v))
  const file = await checkText(p, text, {format: (process.env.F ?? 'html') as never})
  for (const m of file.messages) console.log(m.source, m.ruleId, m.place, JSON.stringify((m as any).actual), (m as any).expected)
})
