import type {ExecFileException} from 'node:child_process'
import {constants} from 'node:os'

/**
 * A child's exit status as a shell gives it: its code, or 128 + the signal's number when a signal ended it
 * (a crash shows as 134 or 139 in a failed assertion, not as a plain 1). A child that never started is thrown.
 */
export function exitCode(error: ExecFileException | null): number {
  if (!error) return 0
  if (typeof error.code === 'number') return error.code
  if (error.signal) return 128 + constants.signals[error.signal]
  throw error
}
