/**
 * Findings noted once per article, at their first use: an unknown name is checked, and added to a dictionary,
 * once. The stage reports every use (suppression comments then apply to each); `applyControls` keeps the first left,
 * and the gate's fingerprint names such a finding by its words alone, since which use comes first moves with edits.
 */
export function notedOnce(message: {source?: string | null; ruleId?: string | null}): boolean {
  return message.source === 'spelling' && message.ruleId === 'unknown-name'
}
