/**
 * Lexical cues that separate checkable facts from opinions, intentions and rhetoric. They are
 * matched on lower-cased clause text; every pattern is a flat alternation of literal words, so
 * matching stays linear.
 */

/** Past or perfect forms of verbs that report something that happened. */
export const EVENT_VERB =
  /\b(killed|died|wounded|injured|captured|seized|recaptured|liberated|retook|retaken|occupied|withdrew|withdrawn|retreated|advanced|attacked|struck|shelled|bombed|launched|fired|shot|destroyed|damaged|hit|downed|intercepted|signed|agreed|approved|adopted|imposed|announced|held|met|visited|expelled|suspended|banned|arrested|detained|sentenced|charged|evacuated|fled|deployed|sent|delivered|provided|supplied|allocated|pledged|donated|invaded|annexed|passed|voted|elected|resigned|sanctioned|froze|frozen|blocked|closed|exported|imported|rose|fell|increased|decreased|dropped|surged|grew|recorded|received|lost|gained|concluded|attended|started|began|begun|ended|left|joined|condemned|summoned|ratified|introduced|transferred|handed|gave|given|opened|conducted|carried out|raided|mobili[sz]ed|hosted|released|exchanged|returned|crossed|entered|surrounded|encircled|exploded|collapsed|halted|stopped|resumed|reached|repelled|repulsed|thwarted|foiled|identified|found|discovered|documented|registered|verified|supported|backed|endorsed|took place|taken place|took part|occurred|erupted|happened|broke out|lifted|came under|pushed back|took control|taken control|cut off|blew up|accused|abducted|deported|looted|targeted|destroying|killing|wounding|leaving|displaced|forced|claimed the lives|lost their lives|paid|spent|earned|cost|totalled|totaled|amounted|doubled|tripled|halved|slashed|raised|lowered|plunged|soared|jumped|climbed|declined|shrank|contracted|expanded|reported|published|seized|confiscated|nationali[sz]ed|convicted|jailed|executed|tortured|vetoed|rejected|refused|denied|stripped|cancelled|canceled|postponed|extended|renewed|restored|rebuilt|built|constructed|produced|manufactured|bought|purchased|sold|acquired|ordered|shipped|arrived|landed|departed|moved|relocated|migrated|massed|amassed|gathered|concentrated|stationed|positioned)\b/;

/** Present-tense verbs that still state a checkable fact ("Russia is receiving support"). */
export const PRESENT_FACT =
  /\b(is|are) (receiving|sending|supplying|providing|shelling|attacking|advancing|occupying|controlling|holding|fighting|using|deploying|exporting|importing|buying|selling|producing|hosting|sheltering|building|massing)\b|\b(has|have) (about|around|some|more|nearly|over|at least)\b|\b(controls|occupies|holds|accounts for|produces|exports|imports|hosts|shelters|owns|employs|spends|costs|accounts)\b/;

/** Irregular past forms and participles: with the regular "-ed" forms, evidence of a reported past event. */
export const IRREGULAR_PAST =
  /\b(made|took|taken|began|begun|came|went|gone|saw|seen|held|led|left|lost|built|brought|caught|fought|found|gave|given|got|hit|kept|knew|known|met|paid|put|ran|sent|set|shot|spent|stood|struck|won|drew|drawn|grew|grown|flew|flown|threw|thrown|broke|broken|chose|chosen|drove|driven|rose|risen|fell|fallen|sold|bought|became|become|done|did|shown|stole|stolen|hid|hidden|beat|beaten|froze|frozen|spoke|spoken|swore|sworn|tore|torn|fled|bled|fed|slid|split|spread|shut|cut|quit|hurt|burst|cast|sank|sunk|sprang|wound|bound|ground|laid|lay|dealt|meant|felt|heard|lit|read|led|sought|taught|wrote|written|underwent|undergone|withdrew|withdrawn|overtook|overtaken|undertook|undertaken|forbade|forbidden|arose|arisen|blew|blown|dug|hung|slew|slain|strove|woke|woken)\b/;

/** A regular past form or participle of one word: "killed", "damaged"; "red" and "bed" are too short. */
const REGULAR_PAST_WORD = /^[a-z]{3,}ed$/;

/** Whether one lower-case word is a past form or participle, regular or irregular: "killed", "took". */
export function isPastForm(word: string): boolean {
  return REGULAR_PAST_WORD.test(word) || IRREGULAR_PAST.test(word);
}

/** A third-person present of an action verb, as in timelines ("Putin announces", "an invasion begins"). */
export const NARRATIVE_PRESENT =
  /\b(announces|begins|imposes|agrees|launches|withdraws|sends|attacks|captures|seizes|takes|kills|stays|retakes|changes|turns|relents|steps|signs|meets|visits|invades|annexes|recognises|recognizes|declares|orders|approves|adopts|votes|bans|expels|suspends|freezes|blocks|delivers|supplies|provides|pledges|donates|allocates|deploys|fires|strikes|shells|bombs|bombards|destroys|damages|hits|downs|intercepts|liberates|recaptures|retreats|advances|encircles|surrounds|occupies|evacuates|flees|dies|falls|rises|increases|decreases|grows|declines|surges|drops|jumps|soars|plunges|doubles|triples|reaches|exceeds|tops|hosts|holds|ends|starts|resumes|halts|stops|cuts|raises|lowers|extends|removes|departs|arrives|sets off|leaves|joins|elects|appoints|resigns|arrests|detains|sentences|charges|accuses|condemns|summons|ratifies|introduces|transfers|receives|loses|gains|controls|occurs|happens|emerges|erupts|breaks out|kicks off|comes|goes|becomes|shows|reports|records|estimates|accounts|amounts|totals|costs|employs|produces|exports|imports|transports|operates|owns|accepts)\b/;

/** A form of "to be" or "to have" that introduces a passive or a perfect. */
export const AUXILIARY = /\b(is|are|was|were|been|being|has|have|had)\b/;

/** Imperatives, greetings and calls that open promotional or conversational lines. */
export const IMPERATIVE_OPENING =
  /^(join|follow|subscribe|help|read|watch|click|sign up|share|donate|please|let|look|imagine|remember|consider|stop|good (morning|evening|afternoon)|thank you|here is|here are)\b/;

/** Modal, future and intention markers: pledges, plans, predictions, calls to action. */
export const FUTURE_OR_INTENT =
  /\b(will|would|shall|won't|wouldn't|going to|gonna|plans? to|planning to|planned to|intends? to|intended to|aims? to|aiming to|wants? to|wanted to|hopes?|hoped|hoping|should|shouldn't|must|need to|needs to|have to|has to|had to|ought to|let's|let us|may|might|could|couldn't|can|cannot|can't|vow(ed|s)? to|promised to|seeks? to|seeking to|expects? to|expected to|likely to|ready to|prepared to|willing to|determined to|committed to|continue to|continues to|tomorrow|next week|next month|next year|in the coming|in the future|intention|intend|promise to|threatens? to|threatened to|obligated to|obliged to|sought to|appealed to|appeals to|pledged to|pledges to|pledge to|vowed to|(?:is|are) (?:estimated|projected|forecast|predicted|set|due|poised|on track) to|in the next|in the coming|called on|calls on|urged|urges|demanded|demands|asked|proposed|propose|offered to|considering|consider)\b/;

/** Opinion, judgement and rhetoric markers. */
export const OPINION =
  /\b(i think|i believe|we believe|i feel|we feel|believes|believed|thinks|in my view|in my opinion|it is (important|necessary|essential|clear|vital|crucial|time|obvious|unacceptable|impossible)|it's (important|time|clear|obvious)|remains? (steadfast|committed|determined|united|strong)|reaffirm(ed|s)? (his|her|its|their|our) (commitment|support|solidarity)|accus(?:e|es|ed|ing) [a-z’' ]{1,40}? of|called [a-z’' ]{1,30}? [“"]|please|(?:has |have |had )?(?:repeatedly |consistently |strongly )?(?:denied|denies|deny|denying)|we remain|we are (determined|committed|ready|proud|grateful|confident|sure|convinced)|futile|shameful|disgraceful|outrageous|unacceptable|heroic|brave|bravery|courage|evil|barbaric|criminal regime|exaggeration|strongest|greatest|best|worst|finest|bravest|never been more|more important than ever|matters|deserves?|welcome[sd]?|appreciate[sd]?|grateful|thank(s|ed)?|praised?|congratulat\w*|hope|wish|regret|strategic mistake|underlines|shows? (that|how)|proves? (that)|symboli[sz]es|is a (sign|signal|message|testament)|warning|called (it|for|on)|calls (it|for|on)|railed|rails|fumed|fumes|condemns|expressed (grave |serious |deep )?concerns?|complain\w*|courted|lashed out|slammed|blasted|hailed)\b/;

/** Words that introduce a condition or a hypothetical. */
export const CONDITIONAL = /^(if|unless|whether|should|suppose|imagine|what if)\b/;

/**
 * Page furniture and prompts that open a line: never an article's own statement. Words that also
 * open prose ("Photos and videos taken then ...") count only with a colon. A caption's marker
 * ("View image in fullscreen") and a police appeal ("Anyone with information is asked to call ...")
 * are furniture too.
 */
const BOILERPLATE_OPENING =
  /^(?:(?:view image in fullscreen|anyone with information|photo|image|credit|read also|read more|also read|see also|sources?|follow|subscribe|sign up|join us|join our|skip past|video|watch|other topics of interest|advertisement|sponsored|copy link|click here|copyright|all rights reserved|©)\b|(?:photos|videos|related|related articles|related news|more on this|share|tags|topics|newsletter|listen)\s*:)/i;

/**
 * A wire story's credits: "(Reporting by Iryna Sobko in Kyiv; Editing by Mark Heinrich)", "Reporting
 * by Olena Savchuk; editing by Taras Kovalenko". Names follow "by", then a place, a separator or the
 * end: "Reporting by the BBC found ..." and "Reporting by Reuters showed ..." are prose.
 */
const WIRE_CREDITS = /^\(?(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\s+by\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}(?:\s+in\s+\p{Lu}[\p{L}-]*)?\s*(?:[;,)]|and\s|$)/u;

/** A line that opens with page furniture, a prompt or a wire story's credits. */
export function opensWithBoilerplate(line: string): boolean {
  return BOILERPLATE_OPENING.test(line) || WIRE_CREDITS.test(line);
}

/**
 * A transcript's speaker label opening a paragraph, in capitals before a colon: "STOLTENBERG: …",
 * "MODERATOR (OANA LUNGESCU): …", "Q (Reuters): …". Who speaks, never part of what is said.
 */
export const TRANSCRIPT_LABEL = /^[ \t]*(\p{Lu}[\p{Lu}’'.-]*(?:[ \t]+\p{Lu}[\p{Lu}’'.-]*){0,3})(?:[ \t]*\(([^)\n]{1,60})\))?:[ \t]/u;

/** A label or widget remnant before a sentence ("BREAKING:", "?Copy:"), not part of what it says. */
export const LEADING_LABEL = /^(?:copy|copy link|share|breaking|breaking news|update|updated|watch|video|photo|live|exclusive|just in|note)\s*:\s*/i;
