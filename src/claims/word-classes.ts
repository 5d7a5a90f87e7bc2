/**
 * Closed-class words and the claims guards' small word lists, as patterns and sets. Open-class word lists, and since round 12
 * the determiners and the words of a recipient after "to", are data (`rules/attribution/_words.yml`, the `Vocabulary`).
 */

// Grammar: verbs, conjunctions and prepositions that open, join or end clauses and phrases.
/** Finite auxiliaries and modals: a clause's verb ("It's clear the plan will fail"). */
export const finiteVerbs = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'does', 'did', 'do', "won't", "can't", "isn't", "wasn't", "doesn't", "didn't"])
/** Forms of "be" and "get" before a participle make a passive ("were widely criticised", "got blamed"). */
export const passiveAuxiliaries = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got'])
/** Words that open a clause of their own after the insiders' phrase: their verb is no longer the first. */
export const clauseOpeners = new Set(['and', 'but', 'or', 'who', 'which', 'that', 'as', 'while', 'when', 'because', 'since', 'although', 'though', 'where', 'if'])
/** A word that opens a reported clause right after a verb of saying ("…stressed that", "…explained they"). */
export const clauseSubjects = /^(?:that|he|she|they|it|we|i|there)$/
/** Words that open the writer's own clause after a comma ("…, but the yen may rise"). */
export const ownClauseOpeners = /^(?:but|and|while|whereas|although|though|yet)$/
/** A modal in a clause opened by one of these states ability or purpose ("so they could be closer", "where visitors may wear"). */
export const subordinators = new Set(['so', 'which', 'who', 'whom', 'where', 'when', 'if', 'than', 'until', 'whether', 'as', 'because', 'before', 'after', 'once', 'unless', 'while', 'whatever', 'however', 'how'])
/** "Could not", "couldn't": inability, not a guess ("may not survive" is a guess). */
export const negations = new Set(['not', "n't"])
/** Words that set a contrast: "refused to comment publicly, but off the record he admitted" is no refusal of what follows. */
export const contrasts = new Set(['but', 'yet', 'though', 'although', 'however', 'while', 'whereas'])
/** Words that open or join a clause or a phrase, never part of a body's name before "official" (`not-body-name`). */
export const clauseWords = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|he|she|it|they|we|i|you|who|whom|whose|which|what|when|while|where|after|before|since|until|as|at|by|with|from|to|in|on|into|onto|than|or|but|if|because|is|are|was|were|be|been|being|has|have|had|do|does|did|not|no|later|ago|earlier|then|also|there|here|once|said|says|told|one|two|three)$/
/** Lower-case words after which an unnamed person still opens a clause as its subject (`not-subject`): "and|but a dealer said", "after one official said", "here an aide said". */
export const subjectOpeners = /^(?:which|who|whom|and|but|or|while|whereas|although|though|as|because|since|when|where|after|before|until|if|unless|so|yet|then|now|also|here|today|yesterday|meanwhile|later|earlier|however|separately|still|once|that|said|says|told)$/
/** Marks that end a clause inside a sentence (`punctuationBetween`). */
export const clauseMarks = /^[,;:]$/
/** Prepositions that end a subject's phrase on a place or a day ("The vote in Ohio", "The results on Tuesday"). */
export const phrasePrepositions = /^(?:in|on|at|from|of|for|by|near|across|since|after|before|during|over|under|with|outside|inside)$/
/** Words that open what qualifies a tag's head noun ("a newspaper close to the ministry", "the Ministry of Defence"). */
export const postModifiers = new Set(['of', 'close', 'near', 'linked', 'loyal', 'in', 'at', 'from', 'with', 'to', 'for', 'on', 'who', 'which', 'that', 'citing', 'quoting'])
/** Words that open what follows a noun phrase ("members of the public who…", "…the public at the rally"). */
export const phraseEnders = new Set(['who', 'whom', 'which', 'that', 'at', 'in', 'on', 'from', 'near', 'outside', 'inside', 'present', 'interviewed', 'gathered', 'attending', 'have', 'had', 'has', 'were', 'was', 'are', 'is', 'and', 'also'])
/**
 * Words that open an indirect question, and the verbs of saying or asking it follows ("declined to say how soon"); not "know"
 * ("I don't even know where - probably here" is the speaker's guess: tuning set 2).
 */
export const questionWords = /^(?:how|what|when|whether|which|where|why|who)$/
export const questionVerbs = /^(?:say|says|said|discuss|discussed|disclose|disclosed|specify|specified|reveal|revealed|comment|speculate|ask|asks|asked|explain|explained|predict|estimate|elaborate|elaborated)$/
/** Verbs of saying that share the subject of the verb before them ("…and said", "…, but added"). */
export const coordinatedSaying = /^(?:said|says|added|adds|told|warned|noted|stressed|explained|argued|insisted|conceded|acknowledged|predicted|forecast)$/
/** Words of a time phrase after its first ("On Tuesday", "Earlier this week", "Late on March 3"): time nouns, figures and these. */
export const timePhraseWords = /^(?:the|this|last|next|on|of|day|days|today|yesterday|\d.*)$/
export const weekdays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
/** Periods a record is kept for: "off the record for November|the season". */
export const recordPeriods = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|year|season|month|decade|century)$/

// The company a modal keeps when it states ability, permission or a limit rather than a guess (`ability`).
/** After the modal: negation and adverbs of habit or ability ("could not", "may also"). */
export const notGuesses = new Set(['never', 'hardly', 'barely', 'only', 'easily', 'also', 'now', 'no', 'always', 'usually', 'often', 'sometimes', 'then', 'therefore', 'thus'])
/** A subject right after the modal: a question or a wish. */
export const inverted = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'your', 'his', 'her', 'their', 'our', 'my', 'god'])
/** Narrators: "we could", "I could". */
export const firstPerson = new Set(['i', 'we'])
/** "could issue us", "could give me": what the narrator was allowed or able to get. */
export const objectPronouns = new Set(['us', 'me'])
/** Generic subjects: "you could find", "one might expect". */
export const genericSubjects = new Set(['you', 'i', 'one', 'anyone', 'everyone', 'nobody', 'somebody', 'someone', 'users', 'visitors', 'readers', 'people'])
/** Superlatives and bounds that open a limit ("the maximum loan the state could make", "the best the team could do"). */
export const superlativeBounds = /^(?:maximum|minimum|most|least|best|worst|utmost|highest|lowest|largest|smallest|biggest|greatest|only)$/
/** Openers that set a sentence in the past, before its first comma: "Previously,", "Formerly,", "In the past,", "At that time,", "Back then,". */
export const pastFrame = /^(?:previously|formerly|in the past|at that time|back then)$/

// Sources, crowds and outlets: who a claim may rest on, and the cues that name them.
/** Nouns a cue can end on before a name ("a senior official, Ivan Petrov", "the official news agency IRNA", "another protester, John Smith": round 15); a cue ending on a verb ("officials assailed Ukraine") is followed by its object. */
export const sourcePersonNoun = /^(?:traders?|dealers?|bankers?|brokers?|analysts?|economists?|arbitrageurs?|arbitragers?|officials?|diplomats?|sources?|insiders?|aides?|executives?|officers?|commanders?|chiefs?|investigators?|negotiators?|strategists?|planners?|advis[eo]rs?|staffers?|employees?|witness(?:es)?|persons?|people|members?|intelligence|agency|pilots?|fliers?|flyers?|soldiers?|troops?|sailors?|marines?|protesters?|demonstrators?|marchers?|strikers?|activists?|campaigners?|residents?|villagers?|locals?|neighbou?rs?|passengers?|survivors?|eyewitness(?:es)?|relatives?|parents?|students?|teachers?|workers?|delegates?|participants?|organi[sz]ers?|volunteers?|rescuers?|firefighters?|doctors?|nurses?|medics?|policem[ae]n|policewoman|guards?|fighters?|rebels?|refugees?|migrants?|farmers?|shopkeepers?|investors?|shareholders?|managers?|lawyers?|lawmakers?|legislators?|senators?|mps?|ministers?|engineers?|scientists?|researchers?|experts?|fans?|players?|hostages?|detainees?|prisoners?|inmates?|voters?|shoppers?|drivers?)$/
/** The posts and professions of round 19's single-person cue (`clause-between`). */
export const professionNouns = /^(?:lawyer|attorney|delegate|representative|consultant|regulator|scientist|researcher|engineer|auditor|lobbyist|adviser|advisor)$/
/** Words that make a source unnamed: a tag "…, officials said" clears no cue. */
export const unnamedSourceWords = /\b(?:officials?|sources?|diplomats?|insiders?|aides?|people|persons?|witnesses|media|reports?|experts?|analysts?|observers?|critics|anonymous|unnamed|unidentified|channels?|bloggers?|accounts?)\b/i
/** Review of round 21: the crowds an agent or object may name ("by some analysts", "by most grain analysts as"). */
export const crowdNouns = /^(?:critics|experts|observers|analysts|commentators|scholars|historians|people|economists|investors|scientists|researchers|traders|dealers|bankers|brokers|strategists|fans|countries|diplomats|officials|sources)$/
/** Trades whose "the" must point back to a mention in the story (`determined`, round 22). */
export const determinedTrades = /^(?:managers|underwriters|exporters|importers|businessmen|industrialists|traders|dealers|brokers|bankers|analysts|economists|strategists|arbitrageurs)$/
/** Kinds of a crowd before it in a closing tag ("…, foreign investors said": `not-end-tag`, round 22). */
export const tagAdjectives = /^(?:foreign|domestic|private|institutional|individual|small|big|large|local|retail|professional)$/
/** A science's crowd, who may be a named study's authors ("…in Nature. Scientists say…"); not investors, supporters or residents. */
export const studyCrowds = /^(?:scientists|researchers|doctors|physicians|astronomers|biologists|physicists|geologists|archaeologists|archeologists|psychologists|epidemiologists|virologists|meteorologists|seismologists|climatologists|academics|specialists)$/
/** A nation's or place's ending ("Kenyan", "Scottish", "Japanese", "California"), only to clear a word as no firm's name. */
export const placeEnding = /(?:[^m]an|ish|ese|[nlrsgb]ia|[lnqrt]i|shi|di)$/
/** Things that are official, after the adjective ("official figures", "an official visit"): no person. */
export const officialThings = /^(?:statements?|visits?|figures?|prices?|news|statistics|reserves|newspapers?|press|debts?|gazette|bulletins?|announcements?|reports?|radio|creditors|estimates?|data|rates?|channels|agency|position|policy|version|discount|selling|intervention|loans|interest|television|tv|media|organ|journal|daily|documents?|records?|sale|trip|talks|level|levels|target|targets|forecasts?|count|tally|list|results?|notice|letter|languages?|residence|ceremony|reception|business|capacity|duties|use|channel)$/
/** A verb after an unnamed person that makes the person its subject: a past tense, a modal, "who", or an adverb before the verb. */
export const subjectVerb = /^(?:\w+ed|who|said|says|told|gave|made|took|put|sent|met|spoke|wrote|saw|knew|left|went|came|got|held|led|kept|brought|thought|felt|found|sat|stood|ran|began|would|could|will|can|may|might|did|does|had|has|was|is|also|later|then|today|yesterday)$/
/** Anonymous-source cues that name an unnamed person, whom a following "he said" points back to. */
export const unnamedPersonCues = new Set(['unnamed-sources', 'unnamed-officials', 'unnamed-professional', 'unnamed-another', 'unnamed-member', 'same-unnamed-source', 'same-unnamed-source-pronoun'])
/** Vague-attribution cues that name a crowd as the speaker, whom a following "They said" points back to. */
export const crowdCues = new Set(['unnamed-group', 'trade-crowd', 'same-crowd'])
/** A passive cue of believing or saying ("is believed to", "is said to", "widely seen as"), not "there are fears|rumours". */
export const passiveHolding = /\b(?:believed|thought|understood|said|reputed|presumed|assumed|considered|seen|viewed|regarded|expected|rumou?red)\b/i
/** A crowd's view in the passive ("widely seen as"): still `weasel` when unnamed sources pass it on (round 23: a source passing on a crowd's view). */
export const crowdPassive = /\b(?:widely|generally|commonly|popularly|largely)\b/i
/** Reporting verbs that show or find rather than say: they do not make a noun before them a speaker. */
export const notSpeech = /^(?:according|show|shows|showed|find|finds|found|call|calls|called|know|knows|knew|publish|publishes|published|posted|propose|proposes|proposed|advocate|advocates|advocated)$/
/** Verbs of an outlet passing a claim on: its tag names no source of the claim ("…, TASS reported", "Izvestia writes", "according to Xinhua"). */
export const passingOn = /^(?:reported|reports|reporting|writes|wrote|according|cited|citing|quoted|quoting|published)$/
/** A body's own outlets: "the ministry's Telegram channel" is the ministry. */
export const bodyOutlets = /^(?:channel|channels|account|accounts)$/
/** What an outlet does with a story ("The Boston Globe published|reported"): `namesOutlet`. */
export const publishingVerbs = /^(?:published|reported|wrote|ran|carried|broadcast|aired)$/
/** The words between a study and its journal, body or author ("study published in the journal Nature"); not "of" (`namesStudy`). */
export const studyLinks = /^(?:published|released|issued|led|conducted|funded|commissioned|appearing|in|by|from|at|the|journal)$/
/** A participle glossing a source's words: "apparently referring to", "apparently meaning" (`isWriterFraming`). */
export const glosses = /^(?:referring|meaning|alluding)$/
/** The market's reaction, which a source's forecast does not give (`continues-report`). */
export const marketSubjects = /^(?:shares?|stocks?|prices?|markets?|investors|traders)$/

// Words one guard reads.
/** A view someone holds, before "is|was that" ("The Kennedy hope is that…"). */
export const heldViews = /^(?:hope|fear|belief|view|feeling|conviction|worry|concern)$/
/** Accounting's and company law's nouns after "extraordinary": always terms ("an extraordinary item|charge|meeting"). */
export const accountingExtraordinary = /^(?:items?|charges?|credits?|debits?|provisions?|write-?offs?|writedowns?|dividends?|general|shareholders'?|stockholders'?|meetings?|session)$/
/** …and terms only near an amount or with no object ("an extraordinary gain of 2.1 mln dlrs"); "extraordinary profits from the war" is wonder. */
export const accountingAmounts = /^(?:gains?|loss(?:es)?|profits?|costs?|expenses?|income)$/
/** Words after which "of course" is the writer's aside ("will of course", "and of course"), not a noun's complement. */
export const boosterHosts = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'has', 'have', 'had', 'do', 'does', 'did', 'and', 'but', 'or', 'so', 'yet', 'then', 'now', 'also', 'it', 'this', 'that', 'which', 'who', 'we', 'they', 'he', 'she', 'i', 'you', 'there', 'not'])
/** Verbs that give orders or advice when an object and "to" follow ("told residents to stay indoors"). */
export const orderVerbs = /^(?:told|tell|tells|telling|warning|urging|advising|ordering|asking|warned|warn|warns|urged|urge|urges|advised|advise|advises|ordered|order|orders|asked|ask|asks|instructed|encouraged|called)$/
/** Words after "we were told" that make it an order, name the teller or pass on no claim ("told to wait", "told by police", "told nothing"). */
export const toldNoClaim = new Set(['to', 'by', 'about', 'of', 'off', 'so', 'nothing', 'not', 'no', 'lies', 'stories', 'what', 'how', 'where', 'when', 'why', 'who'])
/** Acts of punishing or striking back whose named doer accuses the one punished ("imposed tariffs on Japan for its alleged…"). */
export const punitiveWords = /^(?:retaliat\w*|punish|punished|punishes|punishing|penalised|penalized|fined|imposed|impose|imposes|imposing|sanctioned|bombing|bombed|expelled|banned|boycotted)$/
/** The kinds of statement a reply is made in ("in a statement", "by phone"); left here with `statementFrame`, which is built from it. */
export const statementNouns = new Set(['statement', 'letter', 'interview', 'email', 'post', 'note', 'comment', 'comments', 'writing', 'phone'])
/** Words between a reply and its "that": where and to whom it was made ("replied in a statement that", "responded to reporters on Monday that"). */
export const statementFrame = new Set([...statementNouns, 'in', 'on', 'to', 'by', 'a', 'an', 'its', 'their', 'his', 'her', 'reporters', 'journalists', 'questions', 'later', 'quickly', 'briefly', 'swiftly', 'also', 'then', 'today', 'yesterday'])
/** A trend an official may foresee (`physical-view`): "see a sharp rise in…". */
export const trendWords = /^(?:rise|fall|increase|decrease|decline|drop|growth|gain|gains|loss|losses)$/
/** What officials "see" as a view, not a sight (`physical-view`): "see a risk", "see no reason", "see little chance". */
export const abstractSights = /^(?:risk|risks|danger|dangers|need|chance|chances|prospect|prospects|possibility|threat|reason|reasons|problem|problems|solution|recovery|improvement|progress|change|changes|end|sign|signs|evidence|hope|room|scope|role|return|shift|alternative|option|obstacle|obstacles|difficulty|difficulties|link|connection|conflict|breakthrough|compromise|deal|agreement|settlement|urgency|easing|slowdown|recession|upturn|downturn|pickup|way|justification|basis|grounds|merit|benefit|advantage)$/
/** Words that open a new clause, where a rumour's governing phrase ends (`rumour-answered`). */
export const rumourClauseBreaks = /^(?:and|but|after|while|when|because|as|although|though|before|since|until|whereas)$/
/** Words that answer a rumour (`rumour-answered`, round 22). */
export const rumourAnswers = /^(?:denied|denies|deny|denying|denial|comment|comments|commented|commenting|responding|responded|response|reply|replied|unfounded|untrue|substantiate|dispelling|dispelled|dismissed|dismissing|contrary|referring|fiction|false|rejected|rejects|reject|rejecting|quash|quashed|quashes|quashing|scotch|scotched|scotching|downplayed|downplays|addressed|addresses|addressing|confirmed|confirms|confirm|confirming|investigated|investigates|investigating|investigate)$/
/**
 * What signs a person finds on a body, a building or the sky can be of (`sign-object`, final read of round 22): a stop list of
 * physical things, so that any other state ("signs of a deal|life|progress|recovery") stays the writer's reading.
 */
export const physicalSigns = /^(?:damage|break-in|entry|forced|struggle|wear|tear|zodiac|injury|injuries|trauma|bruising|bruises|abuse|torture|fire|smoke|flooding|corrosion|rust|decay|tampering|leak|leaks|leakage|wreckage|blood|burns|rot|cracks|cracking|erosion|mould|mold)$/
/** A deal's or a firm's own documents, named by "the" in a closing "according to the prospectus" (`document-tag`). */
export const offeringDocuments = /^(?:prospectus|filing|filings|circular|proxy|registration|documents|document|report|statement|figures|data)$/
