/**
 * Closed-class words that bound a source noun group (LABELS.md: "Source spans cut
 * at the right noun-phrase boundaries").
 */

/** Auxiliaries and adverbs that may stand between a subject and its reporting verb. */
export const VERB_PRELUDE = new Set([
  'has', 'have', 'had', 'also', 'previously', 'later', 'repeatedly', 'publicly', 'again', 'further',
  'still', 'then', 'now', 'first', 'ultimately', 'never', 'recently', 'earlier', 'initially',
  'quickly', 'sharply', 'only', 'just', 'already', 'once', 'immediately', 'strongly', 'flatly',
  'vehemently', 'firmly', 'long', 'often', 'frequently', 'privately', 'separately', 'similarly',
  'reportedly', 'allegedly', 'apparently', 'did', 'does', 'do', 'not', "n't", 'would', 'will',
  'could', 'may', 'might', 'can', 'should', 'must', 'is', 'are', 'was', 'were', 'be', 'been',
  'being', 'originally', 'subsequently', 'specifically', 'explicitly', 'openly', 'directly',
  'formally', 'officially', 'eventually', 'finally', 'jointly', 'both', 'all', 'each', 'too',
  'tentatively', 'widely', 'broadly', 'generally', 'consistently', 'emphatically', 'angrily',
  'quietly', 'loudly', 'proudly', 'simply', 'reportedly,', 'however', 'likewise', 'even',
  'in', 'turn', 'so', 'far', 'instead', 'later', 'once', 'again', "didn't", "doesn't", "don't", "hasn't", "haven't", "wasn't", "weren't",
  'didn’t', 'doesn’t', 'don’t', 'hasn’t', 'haven’t', 'wasn’t', 'weren’t', 'never', 'neither',
  "shouldn't", 'shouldn’t', "couldn't", 'couldn’t', "wouldn't", 'wouldn’t', "can't", 'can’t',
  "won't", 'won’t', "mustn't", 'mustn’t', "isn't", 'isn’t', "aren't", 'aren’t', 'cannot',
]);

/** Words that end a subject noun group when read leftwards from the verb. */
export const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'if', 'because', 'as', 'but', 'since',
  'after', 'before', 'though', 'although', 'whether', 'where', 'than', 'so', 'unless', 'until',
  'once', 'why', 'how', 'what', 'whereas', 'said', 'says', 'told', 'is', 'was', 'were', 'are',
  'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'and', 'or', 'to', 'nor',
  'yet', 'then', 'also', 'not', 'be', 'been', 'did', 'do', 'does',
]);

/** The days of the week, as a regex alternation (time phrases around a speaker: "on Friday said"). */
export const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** A weekday or a month by name (not "May", which is also a modal): capitalised, yet no name of anyone. */
export const DATE_WORD = new RegExp(`^(?:${WEEKDAYS}|january|february|march|april|june|july|august|september|october|november|december)$`);

/** Discourse openers stripped from the front of a subject ("But", "Meanwhile"). */
export const LEADING_DISCOURSE = /^(?:(?:and|but|so|yet|still|meanwhile|however|instead|now|then|also|indeed|moreover|further(?:more)?|afterward|afterwards|later|earlier|today|yesterday|separately|similarly|likewise|in fact|in turn|in addition|at the same time|in response|in a statement|in an? (?:email|interview|letter|tweet|post|release|report|filing)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month|year|night)|this (?:week|month|year)|even|both)\b[\s,]*)+/i;

/** A dateline opening a story's first sentence ("PHILADELPHIA ― ", "WASHINGTON (AP) — "). */
export const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]*(?:\([^()]{1,20}\)\s*)?(?:[―—–]|\s-{1,2}\s)\s*/u;

/** Words that end a source read forwards ("said Jane Doe on Tuesday", "according to X in"). */
export const FORWARD_STOP = new Set([
  'on', 'in', 'at', 'during', 'when', 'while', 'who', 'which', 'that', 'as', 'after', 'before',
  'because', 'but', 'and', 'to', 'with', 'last', 'this', 'earlier', 'later', 'today', 'yesterday',
  'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'than',
  'into', 'about', 'since', 'if', 'though', 'although', 'whose', 'whom', 'where', 'told', 'said',
  'says', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'may', 'might',
  'over', 'under', 'amid', 'following', 'by', 'through', 'via', 'ahead', 'upon', 'against', 'not',
]);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
