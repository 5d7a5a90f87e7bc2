import type {Root} from 'nlcst'
import retextSyntaxMentions from 'retext-syntax-mentions'
import retextSyntaxUrls from 'retext-syntax-urls'
import {type Processor, unified} from 'unified'
import {VFile} from 'vfile'
import type {Config} from './config.js'
import copydeskParse from './parse/index.js'
import attribution, {rules as attributionRules} from './stages/attribution.js'
import bidi, {rules as bidiRules} from './stages/bidi.js'
import hedge, {rules as hedgeRules} from './stages/hedge.js'
import language, {rules as languageRules} from './stages/language.js'
import names, {rules as namesRules} from './stages/names.js'
import script, {rules as scriptRules} from './stages/script.js'
import spelling, {rules as spellingRules} from './stages/spelling.js'
import style, {rules as styleRules} from './stages/style.js'
import typography, {rules as typographyRules} from './stages/typography.js'
import {applyControls, unknownRule} from './controls.js'
import type {Format, RuleMeta} from './types.js'

/** A stage's transform: synchronous, except the language stage's when it must first load franc. */
type StageTransform = (tree: Root, file: VFile) => void | Promise<void>
type Stage = (config: Config) => StageTransform

/** The stages in the order they run; `language` first, so that it can route foreign passages away. */
export const stages: ReadonlyArray<{name: string; plugin: Stage; rules: RuleMeta[]}> = [
  {name: 'language', plugin: language, rules: languageRules},
  {name: 'spelling', plugin: spelling, rules: spellingRules},
  {name: 'script', plugin: script, rules: scriptRules},
  {name: 'bidi', plugin: bidi, rules: bidiRules},
  {name: 'names', plugin: names, rules: namesRules},
  {name: 'typography', plugin: typography, rules: typographyRules},
  {name: 'hedge', plugin: hedge, rules: hedgeRules},
  {name: 'attribution', plugin: attribution, rules: attributionRules},
  {name: 'style', plugin: style, rules: styleRules},
]

/** The stages' rules, and the one the controls raise themselves (a suppression comment naming no rule). */
export const allRules: RuleMeta[] = [...stages.flatMap((stage) => stage.rules), unknownRule]

/**
 * Every name configuration and suppression comments may give a rule: `source/ruleId`, or a whole source. Not a
 * stage's name: the `bidi` stage reports as `script`, so `bidi: off` would switch nothing off (`stages:` does that).
 */
export const ruleNames: ReadonlySet<string> = new Set(allRules.flatMap((rule) => [`${rule.source}/${rule.ruleId}`, rule.source]))

/**
 * retext-syntax-mentions walks the whole tree for `@`, which most news copy
 * never contains: it cost about 5% of a check in profiles of 150 articles.
 * A mention is `@` and a word with no space between, though markup may sit
 * there (`@<b>reuters</b>`); machine translation's spaced `Stardust @ home`
 * never is one. It walks only the paragraphs that hold one: in a long story
 * with one "Stardust@home", the whole tree's walk was 1.3% of the bench's CPU.
 */
function mentionsWhereAny() {
  const transform = retextSyntaxMentions()
  const mention = /@(?!\s)/
  return (tree: Root, file: VFile): void => {
    const text = String(file.value)
    if (!mention.test(text)) return
    // Each such paragraph in a root of its own: the plugin takes a root, and a mention's parent is a word or a sentence.
    for (const node of tree.children) {
      if (node.type !== 'ParagraphNode') continue
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined || mention.test(text.slice(start, end))) transform({type: 'RootNode', children: [node]})
    }
  }
}

/** Wraps a stage's transform to measure it (`src/bench/stages.ts`). */
export type StageTimer = (stage: string, transform: StageTransform) => StageTransform

/**
 * The one place where the stages are assembled. Build it once per config and
 * reuse it: stages load their data when attached, not per file. Throws when a
 * stage cannot load its data.
 */
export function createPipeline(config: Config, options: {timeStage?: StageTimer} = {}): Processor<Root, Root, Root> {
  let processor = unified().use(copydeskParse, config.limits).use(retextSyntaxUrls).use(mentionsWhereAny) as unknown as Processor<Root, Root, Root>
  for (const stage of stages) {
    if (config.stages[stage.name] === false) continue
    processor = processor.use(function () {
      const transform = stage.plugin(config)
      return options.timeStage ? options.timeStage(stage.name, transform) : transform
    }) as typeof processor
  }
  // Frozen now, so that a stage that cannot load its data (a dictionary gone, say) fails here, once: unified
  // would otherwise call the stages' attachers on the first file, report that file's failure, and run every
  // later file without the stage that failed.
  return processor
    .use(function () {
      return (_tree: Root, file: VFile) => applyControls(file, config, ruleNames)
    })
    .freeze() as typeof processor
}

/** How to read one text: its format, and what the command line says of all texts. */
export interface TextOptions {
  path?: string
  format: Format
  /** `--lang`: the language the copy must be in. */
  lang?: string
  /** `--date` (YYYY-MM-DD): the story's date, over any the document states. */
  date?: string
}

/** Checks one text; throws `MalformedInputError` for input that cannot be checked. */
export async function checkText(processor: Processor<Root, Root, Root>, text: string, options: TextOptions): Promise<VFile> {
  const file = new VFile({value: text, ...(options.path ? {path: options.path} : {})})
  file.data.format = options.format
  if (options.lang) file.data.expectedLang = options.lang
  const tree = processor.parse(file)
  if (options.date) file.data.storyDate = options.date
  await processor.run(tree, file)
  return file
}
