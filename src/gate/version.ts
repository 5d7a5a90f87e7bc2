import {readFileSync} from 'node:fs'

/** copydesk's own version, read from package.json (one folder above both `src/` and `dist/`). */
export const version: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
