/** Programmatic API: build the pipeline once, check many texts. */
export {type Config, defaultConfig, loadConfig, findConfig, ConfigError} from './config.js'
export {createPipeline, checkText, allRules, stages} from './pipeline.js'
export {MalformedInputError, formatOf} from './parse/index.js'
export {type FileReport, type JsonMessage, toFileReport} from './file-report.js'
export type {CopydeskMessage, FixLevel, Format, RuleMeta, Severity, Sourcing} from './types.js'
