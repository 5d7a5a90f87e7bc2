import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build, type Plugin} from 'esbuild'

/**
 * Build step (`npm run build`, after tsc): bundles the command-line entry
 * (`dist/cli.js`) and the worker-pool entry (`dist/batch/worker.js`), each into
 * one file written over tsc's output. Resolving, reading and linking some 380
 * ES modules one by one was about a fifth of a cold `copydesk check`; one file
 * each removes most of that for the CLI and for every worker thread the batch
 * pool starts. The rest of `dist/` (the programmatic API, bench and eval
 * scripts) stays as tsc wrote it; tests run the TypeScript sources.
 */
const dist = fileURLToPath(new URL('../', import.meta.url))
const root = path.dirname(dist)
const entries = ['cli.js', 'batch/worker.js']
const marker = '/* copydesk: bundled by dist/tools/bundle.js */'

/**
 * Modules find their data (`rules/`, `package.json`, the worker file) relative
 * to `import.meta.url`. In the bundle each module's `import.meta.url` becomes
 * the URL of the file it was compiled to, so those paths stay right wherever
 * the package is installed.
 */
function moduleUrls(entry: string): Plugin {
  const from = path.dirname(path.join(dist, entry))
  return {
    name: 'module-urls',
    setup(bundler) {
      bundler.onLoad({filter: /\.js$/}, (args) => {
        if (path.relative(dist, args.path).startsWith('..')) return undefined
        const code = readFileSync(args.path, 'utf8')
        if (!code.includes('import.meta.url')) return undefined
        const relative = path.relative(from, args.path).split(path.sep).join('/')
        const url = `new URL(${JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)}, import.meta.url).href`
        return {contents: code.replaceAll('import.meta.url', url), loader: 'js'}
      })
    },
  }
}

for (const entry of entries) {
  const file = path.join(dist, entry)
  if (readFileSync(file, 'utf8').includes(marker)) throw new Error(`${entry} is already bundled: run tsc first (npm run build)`)
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    absWorkingDir: root,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild cannot tell which Unicode properties an engine knows, so for any target it rewrites a regular-expression
    // literal with \p{…} outside brackets as `new RegExp(…)`, built again at every call (three in the spelling
    // stage's per-word checks). Node 20 knows every property the sources use: keep them literals.
    supported: {'regexp-unicode-property-escapes': true},
    // piscina starts its own worker script from a path relative to its module; recheck and
    // cli-progress are required at run time, on first use.
    external: ['piscina', 'recheck', 'cli-progress'],
    // jsonc-parser's main file is a UMD wrapper whose require() calls a bundler cannot follow; its ES module build is the same code.
    alias: {'jsonc-parser': 'jsonc-parser/lib/esm/main.js'},
    // CommonJS dependencies (commander) call require() for Node's built-in modules.
    banner: {js: `${marker}\nimport {createRequire as __copydeskCreateRequire} from 'node:module';\nconst require = __copydeskCreateRequire(import.meta.url);`},
    outfile: file,
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [moduleUrls(entry)],
  })
  for (const output of result.outputFiles) writeFileSync(output.path, output.contents)
}
console.log(`bundle: ${entries.join(', ')}`)
