/**
 * Company legal forms as wire copy writes them after a firm's name (Reuters-21578: `Wellcome PLC`, `Biogen Inc`,
 * `Mannesmann AG`, `Fisons Plc`), with or without a full stop: a word before one is a firm's name (spelling), and
 * a name with one is the same source as the name without it (the sourcing summary).
 */
const companyForm = /^(?:PLC|Plc|plc|Inc|INC|Ltd|LTD|Corp|CORP|Co|AG|SA|NV|GmbH|LLC|Cie|Pty|Bhd)\.?$/

export function isCompanyForm(word: string): boolean {
  return companyForm.test(word)
}

/** A name without a company form as its last word ("Biogen Inc" → "Biogen"); the name itself otherwise. */
export function withoutCompanyForm(name: string): string {
  const space = name.lastIndexOf(' ')
  return space > 0 && isCompanyForm(name.slice(space + 1)) ? name.slice(0, space) : name
}
