import {it} from 'vitest'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {unified} from 'unified'
import copydeskParse from '../../../src/parse/index.js'
it('prof', async () => {
  for (const n of [50000, 100000, 200000]) {
    const text = 'Talks.\n'.repeat(n)
    let t = performance.now()
    0
    const pe = performance.now() - t
    t = performance.now()
    const f = new VFile({value: text}); f.data.format = 'text'
    unified().use(copydeskParse).parse(f)
    console.log(n, 'parse-english', pe.toFixed(0), 'copydeskParse', (performance.now() - t).toFixed(0), 'ms')
  }
}, 600000)
