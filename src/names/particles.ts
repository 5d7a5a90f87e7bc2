/** Particles inside names of people and bodies (`Ursula von der Leyen`, `Thomas da Silva`, `Saud al Faisal`, `Accademia dei Lincei`), lower case. */
export const nameParticles: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'ter', 'ten', 'zu', 'bin', 'ibn', 'al', 'el', 'ul', 'ben', 'la', 'le', 'dei', 'degli', 'delle', 'dello'])
