/**
 * Source types from the words of a source span and its appositive (LABELS.md
 * "source.type"): "a spokesman for the ministry" is `government`, "a Middle East
 * expert" is `expert`, "people familiar with the matter" is `anonymous`.
 */
import type { SourceType } from './types';
import { COMPANY_NAME_ENDINGS, TYPE_WORDS } from './lexicon/source-words';

interface Entry {
  words: string[];
  type: SourceType;
}

/** Phrases indexed by their last word so a phrase is found in one pass. */
const BY_LAST_WORD: Map<string, Entry[]> = (() => {
  const m = new Map<string, Entry[]>();
  for (const [type, phrases] of TYPE_WORDS) {
    for (const p of phrases) {
      const words = p.split(' ');
      const last = words[words.length - 1];
      const list = m.get(last) ?? [];
      list.push({ words, type });
      list.sort((a, b) => b.words.length - a.words.length); // longest phrase first
      m.set(last, list);
    }
  }
  return m;
})();

/**
 * Roles that say nothing about the kind of source by themselves: "a spokesperson
 * for X" or "vice president of X" takes X's type (LABELS.md: spokespeople follow
 * their institution; "companies and their executives and spokespeople").
 */
const GENERIC_ROLES = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'director',
  'president', 'executive', 'chief', 'manager', 'representative', 'representatives', 'head', 'member',
  'members', 'deputy', 'aide', 'adviser', 'advisor', 'officer', 'staff', 'employee', 'employees',
  'leaders', 'leader', 'chairman', 'chairwoman', 'administrator', 'secretary', 'commissioner', 'team',
  'office', 'board', 'council', 'department', 'group', 'partner', 'founder', 'owner', 'vp',
]);

/** Fixed phrases that span a preposition ("secretary of state", "people familiar with"). */
const SPANNING = /\b(?:secretary of state|department of (?:justice|defen[cs]e|state|homeland security)|ministry of|attorney general|people familiar|person familiar|condition of anonymity|bureau of prisons|member of parliament|director of the center|chief of staff|house of representatives|court of appeals|head of state)\b/i;

const NAME_ENDING = new Set(COMPANY_NAME_ENDINGS);

/** Entries that are acronyms and also ordinary words ("who", "us", "ice", "fed"). */
const ACRONYMS = new Set(['who', 'us', 'un', 'eu', 'ice', 'ap', 'sec', 'fed', 'abc', 'nsa', 'doj', 'cdc', 'nbc', 'cbs', 'npr', 'pbs', 'afp', 'imf', 'mp', 'mps', 'gop', 'nsc', 'cia', 'fbi', 'atf', 'dea', 'dhs', 'fda', 'epa', 'ngo', 'uk', 'vp', 'coo', 'cfo', 'cto', 'ceo']);

/** Words naming a body of any kind; a more specific word before them decides. */
const INSTITUTION_WORDS = new Set(['department', 'office', 'bureau', 'agency', 'division', 'unit', 'board', 'council', 'group', 'team', 'center', 'centre', 'commission', 'authority', 'service', 'services']);

const RANKS = /\b(?:president|leader|chairman|chairwoman|chair|secretary|administrator|commissioner|chief|head|director)\s*$/i;

const PREPOSITION = /\s(?:for|of|at|with|from|in|on|to|by|representing)\s/i;

/** Campaigns and parties: their staff speak for them, not for a government office. */
const PARTISAN_BODY = /\b(?:campaigns?|party|parties|gop|democrats|republicans)\b/i;

/** A nationality or place adjective before a role ("Ukrainian", "French", "North Korean"), not a body's name ("Judicial Watch"). */
const NATIONALITY = /^(?:(?:North|South|East|West|New)\s)?\p{Lu}\p{Ll}+(?:an|ese|ish|i)$|^(?:French|Dutch|Czech|Greek|Thai|Swiss)$/u;

/** Capitalised words ending like a nation's adjective that name no nation. */
const NOT_NATIONAL = /\b(?:Bipartisan|Nonpartisan|Partisan|Republican|Libertarian|Christian|Metropolitan|Suburban|Urban|Veteran|Lutheran|Anglican|Episcopalian|Presbyterian|Samaritan|Guardian)\s/g;

/** The last type phrase in `text` (the English head comes last in a noun group). */
function headType(text: string): { type: SourceType; generic: boolean; words: number; role?: { before: string; through: string; named: boolean } } | null {
  const raw = text.replace(/[’]/g, "'").split(/[\s,;:()"“”—–]+|(?<=\w)'s\b/).filter(Boolean);
  const caps = raw.map((t, k) => (k > 0 || raw.length > 1) && /^\p{Lu}\p{Ll}/u.test(t));
  const upper = raw.map((t) => /^\p{Lu}[\p{Lu}.&-]*$/u.test(t.replace(/^(?:co|ex)-/i, '').replace(/[^\p{L}.&-]/gu, '')));
  const toks = raw.map((t) => t.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/^(?:co|ex)-/, '').replace(/-(?:elect|designate)$/, ''));
  let found: { type: SourceType; generic: boolean; words: number } | null = null;
  outer: for (let i = toks.length - 1; i >= 0; i--) {
    if (found && (i < toks.length - 4 || /^(?:of|for|at|in|and|the|a|an)$/.test(toks[i]))) break;
    const variants = [toks[i], toks[i].replace(/\.$/, '')];
    for (const v of variants) {
      const entries = BY_LAST_WORD.get(v);
      if (!entries) continue;
      for (const e of entries) {
        const n = e.words.length;
        if (i + 1 < n) continue;
        let ok = true;
        for (let k = 0; k < n - 1 && ok; k++) ok = toks[i - n + 1 + k].replace(/\.$/, '') === e.words[k].replace(/\.$/, '') || toks[i - n + 1 + k] === e.words[k];
        // A capitalised "Son" or "Early" inside a name is a surname, not a role;
        // a short acronym ("WHO", "UN", "AP") counts only when written in capitals.
        if (ok && e.type === 'person' && caps[i]) continue;
        if (ok && n === 1 && ACRONYMS.has(v) && !upper[i]) continue;
        // "Trump senior communications adviser": a company-name ending in lower case
        // is a job word (CV type 0.7894 → 0.7899).
        if (ok && n === 1 && e.type === 'organization' && NAME_ENDING.has(v) && !/^\p{Lu}/u.test(raw[i])) continue;
        if (!ok) continue;
        // "Columbus Police Department": an institution word at the end defers to a
        // more telling word before it in the same name.
        if (n === 1 && INSTITUTION_WORDS.has(v) && !found) {
          found = { type: e.type, generic: GENERIC_ROLES.has(v), words: n };
          continue outer;
        }
        // "the Governor's Office": an office holder's office is a government body;
        // a trade before a body word ("utilities commission") does not make it a company.
        if (found && e.type === 'politician') return { type: 'government', generic: false, words: n };
        if (found && (e.type === 'organization' || e.type === 'document' || e.type === 'anonymous' || e.type === 'person')) continue;
        return { type: e.type, generic: GENERIC_ROLES.has(v) && (n === 1 || e.words[0] === 'vice'), words: n, role: { before: raw.slice(0, i - n + 1).join(' '), through: raw.slice(0, i + 1).join(' '), named: i + 1 < raw.length } };
      }
    }
  }
  return found;
}

// typeOfPhrase is pure and articles repeat their names and titles: remember answers
// (bounded, so memory stays flat on any input).
const phraseCache = new Map<string, SourceType | null>();

/** Type of a descriptive phrase ("a spokesperson for the British Foreign Office"). */
export function typeOfPhrase(phrase: string): SourceType | null {
  const hit = phraseCache.get(phrase);
  if (hit !== undefined) return hit;
  const type = readPhrase(phrase);
  if (phraseCache.size > 4096) phraseCache.clear();
  phraseCache.set(phrase, type);
  return type;
}

function readPhrase(phrase: string): SourceType | null {
  // A fixed phrase across a preposition wins: "Secretary of State", "Department of Justice".
  const whole = headType(phrase);
  if (whole && whole.words > 1 && PREPOSITION.test(` ${whole.words > 1 ? phrase : ''} `) && SPANNING.test(phrase)) return whole.type;
  const cut = PREPOSITION.exec(phrase);
  const head = cut ? phrase.slice(0, cut.index) : phrase;
  const complement = cut ? phrase.slice(cut.index + cut[0].length) : '';
  // "for", "of", "at", "with" name whom someone works for; "a user in New York",
  // "a retiree from Ohio" name a place, and a place makes nobody a company.
  const affiliation = !!cut && !/^\s*(?:in|from|on|to|by)\s*$/i.test(cut[0]);
  const h = headType(head);
  // "a CNN tally", "a report in Politico": a news outlet's own report is the outlet
  // speaking (LABELS.md `media`: other news outlets), not a document.
  // (A poll or survey it ran stays a document.)
  if (h?.type === 'document' && h.role && /\b(?:article|story|report|reporting|tally|count|analysis|investigation|review)$/i.test(h.role.through) && ((h.role.before && typeOfPhrase(h.role.before) === 'media') || (complement && /^\s*(?:in|by|from|on)\s*$/i.test(cut![0]) && typeOfPhrase(complement) === 'media'))) return 'media';
  if (h && !h.generic) return h.type;
  // "the Philly Coalition for Real Justice", "Citizens for Fair Taxes": after a name
  // with no kind of its own, "for" gives the body's cause, not its kind.
  // (A body word before it, "Center for Disease Control", is read below.)
  if (!h && cut && /^\s*for\s*$/i.test(cut[0]) && /\p{Lu}/u.test(head.replace(/^\s*(?:the|a|an)\s+/i, '')) && !INSTITUTION_WORDS.has(head.trim().split(/\s+/).pop()!.toLowerCase())) return 'organization';
  let c = complement ? typeOfPhrase(complement) : null;
  // "an aide to Vice President Pence", "a spokesman for the president": the staff
  // of an office holder are government (LABELS.md: spokespeople, civil servants).
  // A campaign's or party's spokesperson stays with it: LABELS.md puts campaigns,
  // parties and their partisan aides under politician.
  if (c === 'politician' && h?.generic && !PARTISAN_BODY.test(complement)) c = 'government';
  if (c) return c;
  if (h) {
    // "former White House adviser": the words before a generic role name its body
    // ("a NASA spokesman" is government, "a WeWork spokesperson" a company). For
    // ranks ("US President", "Ukrainian Prime Minister") a country before the role
    // keeps the role's own type.
    // The words before the role: "Judicial Watch" of "Judicial Watch President Tom
    // Fitton" (a name after the role is the holder, not the body).
    const named = h.role?.named === true;
    const before = named ? h.role!.before : head.trim().replace(/\S+$/, '');
    const b = before.trim() ? headType(before) : null;
    const rank = RANKS.test(named ? h.role!.through : head);
    // "Trump campaign chairman Paul Manafort": a campaign's or party's staff speak for
    // it (LABELS.md: partisan aides are politician), whatever their rank.
    if (b?.type === 'politician' && PARTISAN_BODY.test(before)) return 'politician';
    if (b && !(rank && (b.type === 'government' || b.type === 'politician'))) return b.type;
    if (b && rank) return h.type;
    // An unknown proper name before the role is a company ("InfoNation President"),
    // unless it is a nationality or place ("Ukrainian President", "Texas Gov.").
    const proper = before.replace(/\b(?:A|An|The|His|Her|Its|Their|Our|former|then|acting|interim|vice|deputy|senior|executive|associate|assistant)\b/gi, '').trim();
    // (A body word — "The Congressional Budget Office" — keeps its own type.)
    const body = INSTITUTION_WORDS.has(head.trim().split(/\s+/).pop()!.toLowerCase());
    // ("Foreign Secretary", "Defense Minister": a word before a cabinet title is its
    // portfolio, not a company.)
    const cabinet = /\b(?:secretary|minister)\s*$/i.test(named ? h.role!.through : head.trim());
    if (!b && !body && !cabinet && /\p{Lu}/u.test(proper) && !NATIONALITY.test(proper)) return 'organization';
    // "president of Chapter & Verse": a role at an unknown named body is a company's.
    if (/\p{Lu}/u.test(complement)) return 'organization';
    return h.type;
  }
  // "the Chinese Center for Disease Control": a national body is a public one.
  const last = head.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  // ("Bipartisan Policy Center", "Christian Coalition": not a nation's adjective.)
  if (INSTITUTION_WORDS.has(last) && /\b\p{Lu}\p{Ll}+(?:an|ese|ish|ch)\s/u.test(head.replace(NOT_NATIONAL, ''))) return 'government';
  return complement && affiliation && /\p{Lu}/u.test(complement) ? 'organization' : null;
}

/** True when the span names a definite person or body (has a capitalised name). */
export const hasProperName = (span: string): boolean => {
  // A sentence's first word is capitalised anyway ("Analysts say"): it counts as a
  // name only as an acronym ("NASA scientists") or before another capital.
  const words = span.replace(/^\s*(?:The|A|An|Some|Many|Other|Another|Most|Several)\b\s*/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (/^\p{Lu}{2,}/u.test(words[0])) return true;
  return words.slice(1).some((w) => /^\p{Lu}[\p{Ll}'’.-]*\p{L}/u.test(w)) || (words.length === 1 && /^\p{Lu}/u.test(words[0]) && !/s$/.test(words[0]));
};

/** Bare collective or unnamed voices: LABELS.md `anonymous`. */
const ANONYMOUS_HEAD =
  /^(?:the\s+|some\s+|many\s+|most\s+|other\s+|several\s+|two\s+|three\s+|a\s+few\s+|one\s+|an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:sources?|people|persons?|critics|observers|insiders|experts|analysts|scientists|researchers|economists|advocates|activists|settlers|residents|witnesses|eyewitness(?:es)?|accounts?|opponents|supporters|backers|proponents|defenders|skeptics|sceptics|investors|traders|others|many|some|another|someone|groups|fans|voters|users|consumers|customers|observers|donors|partisans|readers|protesters|demonstrators|viewers|women)\b/iu;

/**
 * Type of a source from its span, the appositive after it and the words before it
 * inside the noun group ("Jefferies analyst", dropped from the span).
 */
export function typeOfSource(span: string, appositive = '', premodifier = ''): SourceType {
  const bare = span.trim();
  // "officials, speaking on condition of anonymity": LABELS.md `anonymous`, whatever the role.
  if (/\b(?:familiar with|condition of anonymity|not authori[sz]ed to|declined to be named|asked not to be)\b/i.test(bare + ' ' + appositive)) return 'anonymous';
  appositive = appositive.replace(/\s+(?:who|which|whose|that)\s.*$/i, '');
  if (/^(?:\p{Ll}+(?:ing|ed)|after|before|while|as|and|but|where|when)\b/u.test(appositive)) appositive = '';
  // A relative clause ("who owns a firm") describes, it does not give a role;
  // "who represents X" is the one that does: a lawyer, LABELS.md `person`.
  if (/^(?:who|which|whose)\b/i.test(appositive)) appositive = /^who represents\b/i.test(appositive) ? 'lawyer' : '';
  // "a longtime Republican donor": a donor's or voter's leaning is no office either.
  if (/^(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:Republican|Democratic|GOP|conservative|liberal|progressive)\s+(?:donor|megadonor|fund-?raiser|bundler|voter|supporter|volunteer)s?\b/iu.test(appositive)) return 'person';
  // "a nominal Republican", "a registered Democrat": a voter's leaning, not an office.
  if (/^(?:an?\s+)?(?:registered|lifelong|nominal|self-described|self-identified|die-hard|diehard|card-carrying)\s+(?:Republican|Democrat|independent|conservative|liberal)\b/i.test(appositive)) return 'person';
  if (!hasProperName(bare) && ANONYMOUS_HEAD.test(bare) && !/officials?|authorities/i.test(bare)) {
    // "people familiar with the matter", "critics", "analysts say": unnamed voices.
    if (!/\b(?:the|these|those)\s+(?:scientists|researchers|analysts|experts)\b/i.test(bare)) return 'anonymous';
  }
  // "The Saudis said", "the Iranians responded": a nation named by its people,
  // speaking as one, is its government (LABELS.md `government`); not a party's members.
  if (/^[Tt]he\s+\p{Lu}\p{Ll}+(?:is|ians|ans|ese)$/u.test(bare) && !/\b(?:republicans|americans|partisans|veterans)$/i.test(bare)) return 'government';
  // "her advisers", "multiple aides", "their friends and advisers": staff whom
  // nothing names but a pronoun are LABELS.md's unnamed people.
  if (/^(?:(?:his|her|their|its|multiple|several|some|many|two|three|other)\s+)?(?:[\p{Ll}-]+\s+and\s+)?(?:advis[eo]rs|aides|allies|associates|friends|confidants|staffers|operatives)$/iu.test(bare)) return 'anonymous';
  // "a Mexican official", "one senior administration official", "the official": one
  // official left unnamed speaks as LABELS.md's "an official who spoke on condition
  // of anonymity"; officials in the plural are the government speaking.
  if (/^(?:an?|one|the)\s+(?:(?:senior|former|top|junior|high-ranking|administration|defen[cs]e|government|foreign|military|intelligence|(?:North\s|South\s)?\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch))\s+){0,3}official$/u.test(bare)) return 'anonymous';
  // "72 percent of Democrats", "Sixty-six percent", "a third of independents": a
  // share of those polled speaks through the poll (LABELS.md `document`).
  if (/^(?:about |nearly |almost |more than |roughly |over |just |only )?(?:\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)|[\p{L}-]+\s+(?:percent|per cent)\b|(?:a|one|two)[\s-](?:third|quarter|fifth|half)s?\s+of\b)/iu.test(bare)) return 'document';
  // "Some Democrats", "several Republican lawmakers": an unnamed share of a party
  // speaks as LABELS.md's unnamed collectives ("some say"); "Democrats" or "the
  // Democrats" alone is the party.
  if (/^(?:some|several|many|most|a few|few|other|those|these)\s+(?:same\s+|other\s+)?(?:[\p{L}-]+\s+)?(?:democrats|republicans|lawmakers|legislators|senators|delegates|conservatives|liberals|progressives)$/iu.test(bare)) return 'anonymous';
  // "one witness", "a neighbor", "a source": an unnamed person (LABELS.md `anonymous`).
  if (/^(?:one|some|many|several|two|three|both|each|none|most|all) of (?:them|those|these|us)$/i.test(bare)) return 'anonymous';
  if (!appositive && /^(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+)?(?:witness|resident|neighbou?r|bystander|source|person|onlooker|passer-by|eyewitness)$/iu.test(bare)) return 'anonymous';
  // "one commenter", "One user", "one tweet": one of many, left unnamed.
  if (!appositive && /^one\s+(?:[\p{Ll}-]+\s+)?(?:commenter|user|tweet|post|reader|viewer|voter|caller|listener|poster|follower|fan|attendee|protester|demonstrator|participant|respondent|student|worker|parent|customer)$/iu.test(bare)) return 'anonymous';
  // A named person placed at a university, institute or think tank comments as an
  // outside expert (LABELS.md `expert`); the institution itself is an organization.
  if (hasProperName(bare) && /\b(?:university|institute|college|think tank|think-tank|policy (?:center|centre)|center for|centre for|school of|academy|laborator(?:y|ies)|securities|equities|asset management|investments?|brokerage|of research|research firm|consultancy|consulting|advisory|investor)\b/i.test(appositive + ' ' + premodifier) && !/\b(?:president|chancellor|spokes\w+)\b/i.test(appositive + ' ' + premodifier)) return 'expert';
  // A rank written before the name ("Cmdr.", "Lt.", "Sen.") says more than a
  // spokesman role after it.
  const rank = /\b(?:sen|rep|gov|lt|gen|col|cmdr|sgt|capt|maj|adm|amb)\.\s*$/i.test(premodifier) ? typeOfPhrase(premodifier) : null;
  if (/^(?:of|at)\s/i.test(appositive)) appositive = appositive.replace(/^(?:of|at)\s+/i, '');
  // A title before the name ("Ambassador Gordon Sondland, the most anticipated
  // witness") is the office; the appositive after it often describes the occasion.
  const type =
    rank ??
    typeOfPhrase(bare) ??
    (premodifier ? typeOfPhrase(premodifier) : null) ??
    (appositive ? typeOfPhrase(appositive) : null) ??
    // ("Priorities USA", "Sirius XM": a word in capitals marks a body, not a person.)
    (hasProperName(bare) ? (/\s/.test(bare.replace(/^(?:the|a|an)\s+/i, '')) && !/(?:^|\s)(?!(?:II|III|IV)(?:\s|$))\p{Lu}{2,}(?:\s|$)/u.test(bare) ? 'person' : 'organization') : 'person');
  // A named person is not anonymous, whatever the description beside the name
  // ("Polly Sheppard, one of the people who survived", LABELS.md: anonymous is unnamed);
  // nor a document: one whose title is made of studies or analysis ("director of
  // industry analysis", "vice president for policy studies") is a researcher.
  // (A name that reads as a document itself, "The Mueller Report", stays one.)
  if (!/^(?:\p{Lu}[\p{L}'’.-]*\s+)+\p{Lu}[\p{L}'’-]+$/u.test(bare) || typeOfPhrase(bare) !== null) return type;
  return type === 'anonymous' ? 'person' : type === 'document' ? 'expert' : type;
}
