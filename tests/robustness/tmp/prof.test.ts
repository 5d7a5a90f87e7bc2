import {it} from 'vitest'
import {defaultConfig} from '../../../src/config.js'
import {checkText, createPipeline, stages} from '../../../src/pipeline.js'
it('prof', async () => {
  const text = 'Talks.\n'.repeat(Number(process.env.N ?? 20000))
  for (const only of [undefined, ...stages.map((s) => s.name)]) {
    const config = defaultConfig()
    if (only) for (const s of stages) config.stages[s.name] = s.name === only
    else for (const s of stages) config.stages[s.name] = false
    const p = createPipeline(config)
    const t = performance.now()
    await checkText(p, text, {format: 'text'})
    console.log(only ?? 'parse only', (performance.now() - t).toFixed(0), 'ms')
  }
}, 600000)
