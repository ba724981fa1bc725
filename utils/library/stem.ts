/**
 * Word stems for claim matching.
 *
 * Why stems: a restated claim rarely keeps the same inflection ("charged" →
 * "charges", "hacking" → "hackers", "excluded" → "excluding"). The classic
 * Porter (1980) algorithm folds these without any model or word list. Irregular
 * verbs defeat suffix stripping ("drank"/"drink", "broke"/"break"), so a small
 * table of common irregular past forms is consulted first.
 */

/** Common English irregular verb forms → base form (general English, not domain words). */
const IRREGULAR: Record<string, string> = {
  arose: 'arise', arisen: 'arise', ate: 'eat', eaten: 'eat', began: 'begin', begun: 'begin',
  bought: 'buy', brought: 'bring', broke: 'break', broken: 'break', built: 'build',
  came: 'come', caught: 'catch', chose: 'choose', chosen: 'choose', cut: 'cut',
  did: 'do', done: 'do', drank: 'drink', drunk: 'drink', drew: 'draw', drawn: 'draw',
  drove: 'drive', driven: 'drive', fell: 'fall', fallen: 'fall', felt: 'feel',
  fled: 'flee', flew: 'fly', flown: 'fly', fought: 'fight', found: 'find', forgot: 'forget',
  froze: 'freeze', frozen: 'freeze', gave: 'give', given: 'give', got: 'get', gotten: 'get',
  went: 'go', gone: 'go', grew: 'grow', grown: 'grow', had: 'have', has: 'have',
  heard: 'hear', held: 'hold', hid: 'hide', hidden: 'hide', hit: 'hit', hung: 'hang',
  kept: 'keep', knew: 'know', known: 'know', laid: 'lay', left: 'leave',
  lent: 'lend', lost: 'lose', made: 'make', meant: 'mean', met: 'meet', paid: 'pay',
  ran: 'run', rang: 'ring', rose: 'rise', risen: 'rise', said: 'say', sat: 'sit',
  saw: 'see', seen: 'see', sold: 'sell', sent: 'send', shot: 'shoot', shut: 'shut',
  slid: 'slide', sought: 'seek', sank: 'sink', sunk: 'sink', spent: 'spend', spoke: 'speak',
  spoken: 'speak', stole: 'steal', stolen: 'steal', stood: 'stand', struck: 'strike',
  swore: 'swear', sworn: 'swear', took: 'take', taken: 'take', taught: 'teach',
  tore: 'tear', torn: 'tear', told: 'tell', thought: 'think', threw: 'throw', thrown: 'throw',
  understood: 'understand', woke: 'wake', won: 'win', wore: 'wear', worn: 'wear',
  wrote: 'write', written: 'write', withdrew: 'withdraw', withdrawn: 'withdraw',
  overtook: 'overtake', undertook: 'undertake', upheld: 'uphold', forbade: 'forbid',
  children: 'child', men: 'man', women: 'woman', people: 'person', mice: 'mouse',
  feet: 'foot', teeth: 'tooth', analyses: 'analysis', crises: 'crisis',
};

const isCons = (w: string, i: number): boolean => {
  const c = w[i];
  if ('aeiou'.includes(c)) return false;
  if (c === 'y') return i === 0 ? true : !isCons(w, i - 1);
  return true;
};

/** Porter's m(): the number of vowel-consonant sequences in w[0..j]. */
const measure = (w: string, j: number): number => {
  let n = 0;
  let i = 0;
  for (;;) {
    if (i > j) return n;
    if (!isCons(w, i)) break;
    i++;
  }
  i++;
  for (;;) {
    for (;;) {
      if (i > j) return n;
      if (isCons(w, i)) break;
      i++;
    }
    i++;
    n++;
    for (;;) {
      if (i > j) return n;
      if (!isCons(w, i)) break;
      i++;
    }
    i++;
  }
};

const hasVowel = (w: string, j: number): boolean => {
  for (let i = 0; i <= j; i++) if (!isCons(w, i)) return true;
  return false;
};
const doubleCons = (w: string, j: number): boolean =>
  j >= 1 && w[j] === w[j - 1] && isCons(w, j);
const cvc = (w: string, i: number): boolean => {
  if (i < 2 || !isCons(w, i) || isCons(w, i - 1) || !isCons(w, i - 2)) return false;
  return !'wxy'.includes(w[i]);
};

/** Replace suffix s by r when the stem before s has measure > m. */
const swap = (w: string, s: string, r: string, m: number): string | null => {
  if (!w.endsWith(s)) return null;
  const stem = w.slice(0, w.length - s.length);
  return measure(stem, stem.length - 1) > m ? stem + r : w;
};

const STEP2: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'],
  ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'],
  ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'],
  ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'],
  ['logi', 'log'],
];
const STEP3: [string, string][] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou',
  'ism', 'ate', 'iti', 'ous', 'ive', 'ize',
];

function porter(input: string): string {
  let w = input;
  if (w.length <= 2) return w;
  // Step 1a
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1);
  // Step 1b
  let extra = false;
  if (w.endsWith('eed')) {
    const stem = w.slice(0, -3);
    if (measure(stem, stem.length - 1) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w, w.length - 3)) {
    w = w.slice(0, -2);
    extra = true;
  } else if (w.endsWith('ing') && hasVowel(w, w.length - 4)) {
    w = w.slice(0, -3);
    extra = true;
  }
  if (extra) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (doubleCons(w, w.length - 1) && !'lsz'.includes(w[w.length - 1])) w = w.slice(0, -1);
    else if (measure(w, w.length - 1) === 1 && cvc(w, w.length - 1)) w += 'e';
  }
  // Step 1c
  if (w.endsWith('y') && hasVowel(w, w.length - 2)) w = w.slice(0, -1) + 'i';
  // Step 2 and 3
  for (const [s, r] of STEP2) if (w.endsWith(s)) { w = swap(w, s, r, 0) ?? w; break; }
  for (const [s, r] of STEP3) if (w.endsWith(s)) { w = swap(w, s, r, 0) ?? w; break; }
  // Step 4
  for (const s of STEP4) {
    if (!w.endsWith(s)) continue;
    const stem = w.slice(0, w.length - s.length);
    if (measure(stem, stem.length - 1) > 1) {
      if (s !== 'ion' || stem.endsWith('s') || stem.endsWith('t')) w = stem;
    }
    break;
  }
  // Step 5
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem, stem.length - 1);
    if (m > 1 || (m === 1 && !cvc(stem, stem.length - 1))) w = stem;
  }
  if (w.endsWith('ll') && measure(w, w.length - 1) > 1) w = w.slice(0, -1);
  return w;
}

const cache = new Map<string, string>();

/**
 * Stem one lower-case word: irregular forms first, then Porter's algorithm.
 * Memoised because the same words recur across a 50,000-claim library.
 */
export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const base = IRREGULAR[word] ?? word;
  const out = /^[a-z]+$/.test(base) ? porter(base) : base;
  if (cache.size < 200_000) cache.set(word, out);
  return out;
}
