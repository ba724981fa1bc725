/**
 * General English word lists used by the claim matcher. Every list here is
 * ordinary news English (function words, reporting verbs, negators, number
 * words, a gazetteer of countries); none is drawn from any evaluation set.
 * Each list's comment says which matching signal needs it.
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/**
 * Function words carry no claim content; two sentences sharing "the", "of" and
 * "that" say nothing about sharing a claim.
 */
export const FUNCTION_WORDS = new Set(words(`
  a an the this that these those there here it its it's they them their theirs he him his
  she her hers we us our ours you your i me my mine who whom whose which what when where why how
  and or but if then than so as at by for from in into of off on onto out over under to up
  with within without upon about across after against along among around before behind below
  beneath beside between beyond during except inside near outside since through throughout
  till toward towards until via per is are was were be been being am do does did doing done
  have has had having will would shall should can could may might must also just only even
  still yet already very too quite rather such own same other another each every all any both
  either few many much most several some one's not no nor never
  while whether though although because once instead also again ever
  mr mrs ms dr percent
`));

/**
 * Reporting and stance verbs, hedges and approximators. They tell WHO says a
 * claim and HOW SURE the article is (the status), not WHAT the claim is, and a
 * restatement freely swaps them ("claimed" → "says", "about" → "some"), so they
 * are ignored for content overlap.
 */
export const ATTRIBUTION_WORDS = new Set(words(`
  say says said saying tell tells told telling state states stated stating statement
  announce announces announced announcing report reports reported reporting reportedly
  add adds added adding note notes noted noting write writes wrote written explain explained
  according accord claim claims claimed claiming allege alleges alleged alleging allegedly
  accuse accuses accused accusing accusation allegation allegations confirm confirms confirmed
  confirming reveal reveals revealed show shows showed shown find finds found determine determined
  conclude concluded concludes insist insists insisted insisting contend contends contended
  warn warns warned warning believe believes believed indicate indicates indicated suggest suggests
  suggested expect expects expected estimate estimates estimated cite cited citing citing
  acknowledge acknowledged admitted argue argued assert asserted testified tweeted posted
  likely possible possibly possibility potential potentially probably perhaps apparently purportedly seemingly appear appears appeared seem seems
  about roughly approximately nearly almost around some least at-least up-to
  spokesperson spokesman spokeswoman
`));

/**
 * Negators: a word that flips the proposition its next content word heads
 * ("were not ordered", "never threatened", "no patients"). "Unlikely" and kin
 * negate a hedged prediction ("could push" vs "unlikely to push").
 */
export const NEGATORS = new Set(words(`
  not n't never no none nobody nothing neither nor cannot without unless unlikely improbable
  doubtful unable fail fails failed
`));

/**
 * Negator families: two texts that negate with the same family of words are
 * taken to negate the same thing even when the word that follows differs
 * ("unlikely to take up the case" / "unlikely to act before she takes office").
 */
export const NEGATOR_FAMILY: Record<string, string> = {
  unlikely: 'unlikely', improbable: 'unlikely', doubtful: 'unlikely',
};

/**
 * Nouns that, after a negator, move the negation onto the clause they
 * introduce: "found no evidence that contracts were backdated" negates the
 * backdating, not the evidence.
 */
export const EPISTEMIC_NOUNS = new Set(words(`
  evidence sign signs indication indications proof plan plans intention intent record
  reason basis suggestion
`));

/**
 * Denial verbs: the subject rejects the proposition that follows
 * ("denied that its equipment was involved"). A sentence that reports a
 * denial restates a different claim than one asserting the thing denied.
 */
export const DENY_WORDS = new Set(words(`
  deny denies denied denying denial reject rejects rejected rejecting rejection dismiss
  dismisses dismissed dismissing refute refutes refuted rebut rebuts rebutted repudiate
  repudiated disavow disavowed
`));

/**
 * Retraction verbs: the proposition is taken back ("withdrew its allegation",
 * "dropped the charges", "overturned the result").
 */
export const RETRACT_WORDS = new Set(words(`
  withdraw withdraws withdrew withdrawn retract retracts retracted rescind rescinds rescinded
  revoke revoked overturn overturns overturned reverse reversed abandon abandoned scrap scrapped
  acquit acquits acquitted exonerate exonerates exonerated
`));
/** "cleared X of Y" retracts Y; "cleared the road" does not: needs "of" within a few words. */
export const CLEAR_WORDS = new Set(words(`clear clears cleared clearing`));
/** A bound written before a number that says the number was NOT reached ("fewer than 500"). */
export const BELOW_BOUND = new Set(words(`fewer less under below`));
/** "drop" retracts only with a legal or claim object; "shares dropped 5%" does not. */
export const DROP_WORDS = new Set(words(`drop drops dropped dropping`));
export const DROP_OBJECTS = new Set(words(`
  charge charges case cases lawsuit lawsuits suit claim claims allegation allegations accusation
  accusations complaint complaints bid plan plans proposal appeal investigation probe prosecution
`));

/** Words that may be skipped when looking for the content word a negator or denial governs. */
export const SKIP_BEFORE_HEAD = new Set(words(`
  a an the any its their his her our this that these those been be being have has had to
  what who which all every single of claims claim reports report allegation allegations
  accusation accusations suggestion suggestions idea notion so
`));

/**
 * Antonym groups: two texts that each use a different side (and not the
 * other) assert opposite facts with otherwise shared words ("voted to approve"
 * vs "voted to reject"; "won by" vs "lost by"; "above" vs "below").
 * Given as [side A words, side B words].
 */
export const ANTONYMS: [string[], string[]][] = [
  [words('win wins won winning victory'), words('lose loses lost losing defeat defeated')],
  [words('approve approves approved approval pass passed'), words('reject rejects rejected rejection deny denied veto vetoed block blocked')],
  [words('rise rises rose risen increase increased increases climb climbed jump jumped gain gained surge surged soar soared raise raised boost boosted expand expanded'), words('fall falls fell fallen decrease decreased decline declined drop dropped plunge plunged sink sank slump slumped tumble tumbled cut cuts cutting reduce reduced reduces slash slashed shrink shrank')],
  [words('more above higher exceed exceeded exceeds greater'), words('less fewer below lower lesser')],
  [words('favor favour support supported supports backed'), words('against oppose opposed opposes')],
  [words('guilty convicted'), words('innocent acquitted')],
  [words('legal lawful'), words('illegal unlawful')],
  [words('allow allowed allows permit permitted'), words('ban banned bans prohibit prohibited forbid')],
  [words('before'), words('after')],
  [words('open opened reopen reopened'), words('close closed shut')],
  [words('safe'), words('unsafe dangerous')],
];

/**
 * Synonym groups of everyday news vocabulary, folded to the first word so a
 * restatement in other words still shares the term. Kept to near-exact
 * equivalents; loose ones would let different claims match.
 */
export const SYNONYMS: string[][] = [
  words('child children kid kids'),
  words('company companies firm firms'),
  words('share shares stock stocks'),
  words('worker workers employee employees'),
  words('begin began begun start started starts'),
  words('buy bought purchase purchased'),
  words('lawyer lawyers attorney attorneys'),
  words('doctor doctors physician physicians'),
  words('car cars vehicle vehicles'),
  words('country countries nation nations'),
  words('big large'),
  words('illness illnesses disease diseases'),
  words('quit quits resign resigned'),
  words('deny denies denied denying denial reject rejects rejected rejecting rejection dismiss dismisses dismissed refute refuted rebut rebutted'),
];

/** Countries and their demonyms and capitals (metonymy: "Moscow said" = Russia said). */
export const GAZETTEER: Record<string, string[]> = {
  russia: words('russian russians moscow kremlin'),
  china: words('chinese beijing'),
  'united states': words('american americans us u.s'),
  britain: words('british uk u.k london england english'),
  france: words('french paris'),
  germany: words('german germans berlin'),
  japan: words('japanese tokyo'),
  iran: words('iranian iranians tehran'),
  ukraine: words('ukrainian ukrainians kyiv kiev'),
  turkey: words('turkish ankara'),
  israel: words('israeli israelis'),
  egypt: words('egyptian egyptians cairo'),
  india: words('indian indians delhi'),
  canada: words('canadian canadians ottawa'),
  mexico: words('mexican mexicans'),
  brazil: words('brazilian brazilians brasilia'),
  italy: words('italian italians rome'),
  spain: words('spanish madrid'),
  netherlands: words('dutch amsterdam'),
  poland: words('polish warsaw'),
  greece: words('greek greeks athens'),
  'north korea': words('pyongyang'),
  'south korea': words('seoul'),
  'saudi arabia': words('saudi saudis riyadh'),
  syria: words('syrian syrians damascus'),
  iraq: words('iraqi iraqis baghdad'),
  pakistan: words('pakistani pakistanis islamabad'),
  afghanistan: words('afghan afghans kabul'),
  australia: words('australian australians canberra'),
  sweden: words('swedish swedes stockholm'),
  norway: words('norwegian norwegians oslo'),
  belarus: words('belarusian minsk'),
  venezuela: words('venezuelan venezuelans caracas'),
  cuba: words('cuban cubans havana'),
};

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4,
  thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
export const SEASONS = new Set(words('spring summer fall autumn winter'));

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, hundred: 100,
};
export const MAGNITUDES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, k: 1e3,
};

/** Units written in several ways, folded so "50 mph" = "50 miles per hour". */
export const UNIT_PHRASES: [RegExp, string][] = [
  [/\bmiles? (?:per|an|a) hour\b/gi, 'mph'],
  [/\bkilomet(?:er|re)s? (?:per|an|a) hour\b/gi, 'kph'],
  [/\bparts? per billion\b/gi, 'ppb'],
  [/\bparts? per million\b/gi, 'ppm'],
  [/\bper ?cent\b/gi, 'percent'],
  [/\bpercentage points?\b/gi, 'point'],
  [/\byear[- ]end\b/gi, 'end of year'],
  [/\b(?:a|per|each) day\b/gi, 'daily'],
  [/\b(?:a|per|each) week\b/gi, 'weekly'],
  [/\b(?:a|per|each) month\b/gi, 'monthly'],
  [/\b(?:a|per|each) year\b/gi, 'yearly'],
  [/\bannually\b/gi, 'yearly'],
  [/\bannual\b/gi, 'yearly'],
];

/** Time units: a number followed by one is a duration, compared only with the same unit. */
export const TIME_UNITS = new Set(words(`
  second seconds minute minutes hour hours day days week weeks month months year years decade decades
`));

/**
 * Reporting verbs that introduce or close an attribution ("…, the sheriff
 * said"; "According to …"; "Court records show that …"). The words around
 * them name the source, which identifies the story more than the claim.
 */
export const REPORTING_VERBS = new Set(words(`
  said says say told tells reported reports announced announces according warned warns warn
  confirmed confirms alleged alleges claimed claims wrote writes added adds estimates estimated
  concluded concludes determined stated states noted notes explained testified insisted
  contended argued cautioned show shows showed found finds revealed reveals accused accuses
  disclosed believe believes
`));
