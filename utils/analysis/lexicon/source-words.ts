/**
 * Words that reveal what kind of source a span names (LABELS.md "source.type").
 * Each list is general newswriting vocabulary: titles, institution words, roles.
 * Matching is on lower-cased whole words; multi-word entries match as phrases.
 */
import type { SourceType } from '../types';

/**
 * Words that end company names ("Dunmore Foods", "Norvik Motors"): they name a
 * company only written as part of a name; lower-case they are trades or job words
 * ("communications adviser", "energy analyst").
 */
export const COMPANY_NAME_ENDINGS: readonly string[] = [
    'foods', 'motors', 'industries', 'airlines', 'airways', 'pharmaceuticals', 'pharma', 'systems',
    'labs', 'networks', 'communications', 'entertainment', 'studios', 'electronics', 'brands',
    'stores', 'energy', 'petroleum', 'mining', 'steel', 'chemicals', 'partners', 'bancorp',
    'financial', 'logistics', 'software', 'solutions', 'enterprises', 'robotics', 'aerospace',
    'productions', 'records', 'pictures', 'films', 'publishing', 'interactive', 'games', 'motor',
    'gas', 'oil', 'brewing', 'brewery', 'traders', 'trading', 'farms', 'outfitters', 'apparel',
];

/** Ordered: earlier rows win when a span holds words of several kinds. */
export const TYPE_WORDS: ReadonlyArray<readonly [SourceType, readonly string[]]> = [
  ['anonymous', [
    'sources', 'source', 'people familiar', 'person familiar', 'familiar with', 'condition of anonymity',
    'anonymity', 'critics', 'observers', 'insiders', 'wall street',
    'settlers', 'activists', 'protesters', 'advocates', 'opponents', 'supporters', 'skeptics',
    'sceptics', 'witnesses', 'eyewitness', 'eyewitnesses', 'residents', 'locals', 'people', 'users',
    'fans', 'customers', 'investors', 'traders', 'someone', 'one official', 'businesses',
    'consumer advocates', 'industry experts', 'groups', 'neighbors', 'neighbours', 'parents',
  ]],
  ['court', [
    'court', 'courts', 'judge', 'judges', 'justice', 'justices', 'ruling', 'rulings', 'jury',
    'court filing', 'court filings', 'court records', 'court documents', 'court papers', 'indictment',
    'lawsuit', 'lawsuits', 'suit', 'complaint', 'tribunal', 'magistrate', 'verdict', 'the bench',
    'supreme court', 'appeals court', 'grand jury', 'affidavit', 'charging documents', 'court order',
  ]],
  ['law_enforcement', [
    'police', 'policeman', 'policemen', 'officer', 'officers', 'sheriff', 'deputies', 'deputy sheriff',
    'detective', 'detectives', 'trooper', 'troopers', 'prosecutor', 'prosecutors', 'district attorney',
    'u.s. attorney', 'us attorney', "attorney's office", 'attorney’s office', 'attorney general',
    'justice department', 'department of justice', 'doj', 'fbi', 'cia', 'nsa', 'dhs', 'atf', 'dea',
    'ice', 'intelligence', 'pentagon', 'military', 'army', 'navy', 'air force', 'marines', 'troops',
    'forces', 'defense ministry', 'defence ministry', 'defense ministries', 'defence ministries',
    'ministry of defense', 'ministry of defence', 'defense department', 'department of defense',
    'commander', 'general', 'gen.', 'lt.', 'col.', 'cmdr.', 'sgt.', 'capt.', 'maj.', 'adm.',
    'admiral', 'colonel', 'lieutenant', 'sergeant', 'police captain', 'major general', 'investigators',
    'authorities', 'prison', 'prisons', 'bureau of prisons', 'corrections', 'warden', 'coast guard',
    'secret service', 'interpol', 'scotland yard', 'constabulary', 'gendarmerie', 'border patrol',
    'homeland security', 'security forces', 'spokesman for the military', 'state police', 'marshals',
    'fire department', 'firefighters', 'fire officials', 'military operation', 'intelligence agencies',
    'intelligence community', 'police chief', 'transit police',
  ]],
  ['media', [
    'newspaper', 'reporter', 'reporters', 'correspondent', 'journalist', 'journalists', 'editor',
    'columnist', 'broadcaster', 'outlet', 'outlets', 'news agency', 'state media', 'state-run media',
    'state television', 'state tv', 'news', 'times', 'post', 'journal', 'tribune', 'herald',
    'gazette', 'chronicle', 'telegraph', 'guardian', 'reuters', 'associated press', 'ap', 'afp',
    'bloomberg', 'cnn', 'cnbc', 'bbc', 'nbc', 'abc', 'cbs', 'fox', 'npr', 'pbs', 'msnbc', 'axios',
    'politico', 'magazine', 'the paper', 'tabloid', 'network', 'anchor', 'host', 'podcast',
    'xinhua', 'tass', 'al jazeera', 'interfax', 'kyodo', 'yonhap', 'the daily', 'wire service',
    'polygraph.info', 'vox', 'buzzfeed', 'the atlantic', 'the economist', 'wired', 'the verge',
    'ledger', 'courier', 'inquirer', 'observer', 'examiner', 'dispatch', 'sentinel', 'bulletin',
    'gazette', 'broadcasting', 'radio', 'television', 'tv', 'editorial board',
  ]],
  ['document', [
    'report', 'reports', 'study', 'studies', 'survey', 'poll', 'polls', 'data', 'records', 'record',
    'documents', 'document', 'filing', 'filings', 'analysis', 'paper', 'article', 'memo', 'letter',
    'email', 'emails', 'statistics', 'figures', 'census', 'footage', 'video', 'images', 'photos',
    'transcript', 'presentation', 'release', 'press release', 'statement', 'findings',
    'review', 'audit', 'spacecraft', 'telescope', 'satellite', 'tally', 'index', 'estimate',
    'estimates', 'website', 'guidance', 'assessment', 'minutes', 'logs', 'accounts', 'map',
    'results', 'inquiry', 'analyses', 'playbook', 'polling',
  ]],
  ['expert', [
    'analyst', 'economist', 'economists', 'professor', 'prof.', 'academic', 'researcher',
    'scientist', 'dr.', 'doctor', 'physician', 'psychologist', 'psychiatrist', 'expert',
    'strategist', 'fellow', 'scholar', 'historian', 'specialist', 'consultant', 'epidemiologist',
    'lecturer', 'think tank', 'institute', 'research director', 'portfolio manager', 'adviser at',
    'advisor at', 'chief economist', 'chief investment officer', 'investment officer', 'forecaster',
    'meteorologist', 'astronomer', 'physicist', 'biologist', 'chemist', 'virologist', 'engineer',
    'planetary', 'author of', 'director of the center', 'policy analyst', 'senior fellow', 'pollster',
    'observer of', 'commentator', 'research team', 'laboratory', 'lab', 'analysts', 'economists', 'scientists',
    'researchers', 'experts', 'professors', 'doctors', 'strategists', 'academics', 'epidemiologists',
  ]],
  ['politician', [
    'president', 'vice president', 'prime minister', 'premier', 'chancellor', 'governor', 'gov.',
    'mayor', 'senator', 'sen.', 'sens.', 'representative', 'rep.', 'reps.', 'congressman',
    'congresswoman', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'minister',
    'foreign minister', 'secretary of state', 'secretary', 'speaker', 'majority leader',
    'minority leader', 'candidate', 'nominee', 'presidential hopeful', 'hopeful', 'campaign', 'democrat', 'democrats', 'republican',
    'republicans', 'gop', 'party', 'mp', 'mps', 'member of parliament', 'councilman', 'councilwoman',
    'council member', 'alderman', 'assemblyman', 'assemblywoman', 'king', 'queen', 'monarch',
    'negotiator', 'leader', 'leaders', 'chairman of the', 'chief negotiator', 'delegate',
    'superintendent', 'state senator',
    'dnc', 'rnc', 'national committee',
    'first lady', 'parliament', 'congress', 'senate', 'house', 'legislature', 'dem', 'r-', 'd-',
  ]],
  ['government', [
    'government', 'ministry', 'ministries', 'department', 'agency', 'agencies', 'administration',
    'white house', 'kremlin', 'downing street', 'embassy', 'consulate', 'state department',
    'foreign office', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson',
    'spokespeople', 'press secretary', 'office', 'bureau', 'commission', 'authority', 'council',
    'regulator', 'regulators', 'cabinet', 'diplomat', 'diplomats', 'civil servant', 'civil servants',
    'un', 'u.n.', 'united nations', 'eu', 'european union', 'european commission', 'nato', 'who',
    'world health organization', 'arab league', 'african union', 'imf', 'world bank', 'opec',
    'security council', 'cdc', 'nasa', 'fda', 'epa', 'sec', 'federal reserve', 'fed', 'city', 'us', 'u.s.',
    'united states', 'america', 'uk', 'u.k.',
    'county', 'state', 'health authorities', 'health officials', 'health commission', 'inspector general',
    'treasury', 'national security council', 'nsc', 'aide', 'adviser', 'advisor', 'staff',
    'board', 'task force', 'public information officer', 'ambassador', 'envoy', 'administrator',
    'commissioner', 'deputy director', 'associate administrator', 'the u.s.', 'washington', 'beijing',
    'moscow', 'tehran', 'china', 'russia', 'iran', 'israel', 'egypt', 'jordan', 'france', 'britain',
    'germany', 'india', 'pakistan', 'turkey', 'japan', 'north korea', 'south korea', 'ukraine',
  ]],
  ['organization', [
    'company', 'companies', 'firm', 'firms', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd',
    'llc', 'plc', 'group', 'co.', 'bank', 'banks', 'ceo', 'chief executive', 'executive', 'executives',
    'founder', 'co-founder', 'chairman', 'chairwoman', 'chief operating officer', 'coo', 'cfo',
    'chief financial officer', 'cto', 'vice president of', 'vp', 'director of', 'manager',
    'management', 'board of directors', 'union', 'unions', 'association', 'foundation', 'charity',
    'nonprofit', 'non-profit', 'ngo', 'university', 'college', 'school', 'hospital', 'club', 'league',
    'guild', 'guilds', 'tournament', 'championship', 'works', 'mills', 'society', 'institute', 'council of',
    'federation', 'organization', 'organisation', 'coalition of', 'alliance', 'utility', 'utilities',
    'developer', 'maker', 'manufacturer', 'retailer', 'airline', 'automaker', 'startup', 'brand',
    'store', 'chain', 'publisher', 'studio', 'amnesty', 'red cross', 'human rights watch', 'owner',
    'partner', 'partners', 'employees', 'employee of', 'workers union', 'industry', 'trade group',
    'lobby', 'institution', 'representatives', 'provider', 'operator', 'spokesman for the company',
    'equities', 'securities', 'capital', 'holdings', 'fund', 'funds', 'management', 'ventures',
    'associates', 'technologies', 'brokerage', 'brokerages', 'advisors', 'advisers', 'insurance',
    'team', 'organizers', 'organisers', ...COMPANY_NAME_ENDINGS,
  ]],
  ['person', [
    'resident', 'witness', 'victim', 'victims', 'mother', 'father', 'son', 'daughter', 'wife',
    'husband', 'brother', 'sister', 'family', 'relative', 'friend', 'neighbor', 'neighbour',
    'defendant', 'defendants', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'defense attorney',
    'player', 'coach', 'teacher', 'student', 'driver', 'passenger', 'owner of', 'survivor',
    'suspect', 'accused', 'fan', 'patient', 'worker', 'farmer', 'shopkeeper', 'who represents',
    'represents', 'agent', 'actor', 'actress', 'singer', 'prince', 'duke', 'duchess', 'princess',
  ]],
];

/** Abbreviated titles kept in a source span ("Sen. Ben Sasse", "Dr. Walid Phares"). */
export const KEPT_TITLES = new Set([
  'dr.', 'sen.', 'rep.', 'gov.', 'lt.', 'gen.', 'col.', 'cmdr.', 'sgt.', 'capt.', 'maj.', 'adm.',
  'prof.', 'mr.', 'mrs.', 'ms.', 'rev.', 'amb.', 'ambassador', 'judge', 'justice',
]);
