import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Config} from '../config.js'
import type {RuleMeta} from '../types.js'

export const rules: RuleMeta[] = []

/** Placeholder until the typography stage lands. */
export default function typographyStage(_config: Config) {
  return (_tree: Root, _file: VFile): void => {}
}
