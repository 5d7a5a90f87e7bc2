import type {Directive} from '../types.js'

const marker = /^<!--\s*copydesk-(disable-next-line|disable|enable)\b([^]*?)-->$/

/**
 * Reads a `<!-- copydesk-disable… RULE -->` comment. `line` is the comment's
 * last line; a `disable-next-line` applies to the line after it.
 */
export function readDirective(comment: string, line: number): Directive | undefined {
  const match = marker.exec(comment.trim())
  if (!match) return undefined
  const kind = match[1] as Directive['kind']
  const rules = match[2]!.split(/[\s,]+/).filter(Boolean)
  return {kind, rules, line: kind === 'disable-next-line' ? line + 1 : line}
}
