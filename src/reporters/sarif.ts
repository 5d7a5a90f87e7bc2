import type {Location, Log, ReportingDescriptor, Result} from 'sarif'
import type {FileReport, JsonMessage} from '../file-report.js'
import type {GateContext} from '../gate/context.js'
import {version} from '../gate/version.js'
import {allRules} from '../pipeline.js'
import {ruleUrl} from '../report.js'
import type {RuleMeta, Severity} from '../types.js'

const levels: Record<Severity, Result.level> = {error: 'error', warning: 'warning', info: 'note'}

/** Key of copydesk's fingerprint in `partialFingerprints`; bump the suffix if the recipe ever changes. */
export const fingerprintKey = 'copydesk/v1'

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run,
 * every rule in `tool.driver.rules` with its wrong/right example as help,
 * results with UTF-16 regions (JavaScript offsets, as GitHub expects) and
 * the baseline fingerprint, so that code scanning tracks a finding across
 * moved lines just as `--baseline` does.
 */
export function sarif(reports: FileReport[], options: {gate?: GateContext}): string {
  const rules = new Map<string, ReportingDescriptor>(allRules.map((rule) => [id(rule), descriptor(rule)]))
  for (const report of reports) {
    for (const message of report.messages) {
      // A rule that no stage declares (none should exist) still gets a descriptor, so that ruleIndex is valid.
      if (!rules.has(id(message))) rules.set(id(message), {id: id(message), helpUri: ruleUrl(message), shortDescription: {text: `${message.source}/${message.ruleId}`}})
    }
  }
  const index = new Map([...rules.keys()].map((key, at) => [key, at]))
  const results: Result[] = reports.flatMap((report, at) =>
    report.messages.map((message, position) => {
      const result: Result = {
        ruleId: id(message),
        ruleIndex: index.get(id(message))!,
        level: levels[message.severity],
        message: {text: describe(message)},
        locations: [location(report.path, message)],
      }
      const fingerprint = options.gate?.fingerprints[at]?.[position]
      if (fingerprint) result.partialFingerprints = {[fingerprintKey]: fingerprint}
      const known = options.gate?.known?.[at]?.[position]
      if (known !== undefined) result.baselineState = known ? 'unchanged' : 'new'
      if (message.expected.length > 0) result.properties = {expected: message.expected}
      return result
    }),
  )
  const failures = reports.filter((report) => report.error)
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'copydesk', version, semanticVersion: version, informationUri: 'https://github.com/copydesk/copydesk', rules: [...rules.values()]}},
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((report) => ({
              level: 'error' as const,
              message: {text: report.error!},
              locations: [{physicalLocation: {artifactLocation: {uri: uri(report.path)}}}],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function id(rule: Pick<RuleMeta, 'source' | 'ruleId'>): string {
  return `${rule.source}/${rule.ruleId}`
}

function descriptor(rule: RuleMeta): ReportingDescriptor {
  const {wrong, right} = rule.example
  return {
    id: id(rule),
    name: rule.ruleId,
    shortDescription: {text: rule.description},
    fullDescription: {text: `${rule.description} (stage: ${rule.source}; default severity: ${rule.severity})`},
    help: {
      text: `${rule.description}\n\nWrong: ${wrong}\nRight: ${right}`,
      markdown: `${rule.description}\n\n**Wrong:** ${wrong}\n\n**Right:** ${right}`,
    },
    helpUri: ruleUrl(rule),
    defaultConfiguration: {level: levels[rule.severity]},
    properties: {tags: [...new Set(['copydesk', rule.source])]},
  }
}

function describe(message: JsonMessage): string {
  const [best] = message.expected
  return best === undefined || message.reason.includes(best) ? message.reason : `${message.reason} Suggestion: ${best}`
}

function location(path: string, message: JsonMessage): Location {
  const {start, end} = message.place
  return {
    physicalLocation: {
      artifactLocation: {uri: uri(path)},
      region: {
        startLine: start.line,
        startColumn: start.column,
        endLine: end.line,
        endColumn: end.column,
        charOffset: start.offset,
        charLength: end.offset - start.offset,
        snippet: {text: message.actual},
      },
    },
  }
}

/** A relative URI reference (GitHub resolves it against the repository root); `\` separators become `/`. */
function uri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/')
}
