/**
 * Hand-written seed: which LABELS.md class a cue lemma belongs to. Mined cues whose
 * lemmas are not here stay `neutral` with `unclassified: true`, so a reader of the
 * lexicon can tell a judgement from a default.
 */
export type CueClass = 'neutral' | 'accusation' | 'rebuttal' | 'factive' | 'hedge' | 'promise';
export const CUE_CLASSES: CueClass[] = ['neutral', 'accusation', 'rebuttal', 'factive', 'hedge', 'promise'];

const SEED: Record<CueClass, string[]> = {
  // Saying, writing and asking with no stance on truth (LABELS.md: `reported`).
  neutral: [
    'say', 'tell', 'state', 'statement', 'announce', 'announcement', 'accord', 'report', 'write', 'add', 'explain',
    'testify', 'testimony', 'tweet', 'post', 'note', 'describe', 'comment', 'remark', 'speak', 'talk', 'ask',
    'answer', 'reply', 'respond', 'response', 'mention', 'argue', 'argument', 'assert', 'declare', 'call', 'cite',
    'quote', 'recall', 'interview', 'speech', 'address', 'emphasize', 'stress', 'point', 'observe', 'put',
    'urge', 'warn', 'caution', 'tout', 'praise', 'applaud', 'celebrate', 'thank', 'welcome', 'endorse', 'support',
    'back', 'agree', 'echo', 'repeat', 'recount', 'retort', 'joke', 'quip', 'shout', 'chant', 'yell', 'cry',
    'suggest', 'propose', 'recommend', 'advise', 'encourage', 'demand', 'request', 'appeal', 'plead',
    'lament', 'complain', 'worry', 'concern', 'voice', 'express', 'share', 'ad', 'campaign', 'letter', 'memo',
    'email', 'poll', 'survey', 'show', 'criticize', 'criticism', 'critic', 'attack', 'slam', 'blast', 'lash',
    'condemn', 'decry', 'question', 'mock', 'ridicule', 'knock', 'hit', 'rip', 'target', 'take', 'describe',
    'characterize', 'label', 'brand', 'dub', 'portray', 'paint', 'frame', 'refer', 'message', 'rally', 'debate',
    'interview', 'tweet', 'video', 'podcast', 'op-ed', 'column', 'editorial', 'book', 'decline', 'refuse',
    'oppose', 'opposition', 'denounce', 'reiterate', 'boast', 'remind', 'discuss', 'highlight', 'rail', 'warning',
    'complaint', 'assertion', 'release', 'publish', 'outline', 'credit', 'maintain', 'convince', 'persuade',
    'prefer', 'favor', 'advocate', 'read', 'list', 'reference', 'present', 'word', 'press', 'name', 'deliver',
    'lay', 'cheer', 'boo', 'advice', 'endorsement', 'proposal', 'brag',
  ],
  // Asserting in a way the language marks as unproven (LABELS.md: `alleged`).
  accusation: [
    'accuse', 'accusation', 'allege', 'allegation', 'allegedly', 'charge', 'claim', 'purport', 'purportedly',
    'reportedly', 'contend', 'insist', 'blame', 'suspect', 'insinuate', 'imply', 'smear', 'indict',
  ],
  // Denying, rejecting or defending against a claim (LABELS.md: `disputed`).
  rebuttal: [
    'deny', 'denial', 'reject', 'dispute', 'refute', 'dismiss', 'debunk', 'rebut', 'rebuttal', 'contradict',
    'counter', 'push', 'defend', 'disagree', 'challenge', 'disavow', 'repudiate', 'retract', 'correct', 'falsely',
    'rebuke', 'scoff', 'brush', 'shrug', 'downplay',
  ],
  // Establishing or conceding it (LABELS.md: `confirmed`).
  factive: [
    'confirm', 'verify', 'reveal', 'find', 'finding', 'show', 'determine', 'acknowledge', 'admit', 'admission',
    'concede', 'prove', 'establish', 'document', 'demonstrate', 'disclose', 'discover', 'learn', 'know', 'realize',
    'recognize', 'conclude', 'rule', 'ruling', 'convict', 'plead', 'record', 'data', 'indicate', 'uncover', 'identify', 'remember', 'apologize',
  ],
  // Belief, expectation and uncertainty (LABELS.md: `speculative`).
  hedge: [
    'believe', 'think', 'feel', 'expect', 'predict', 'estimate', 'forecast', 'project', 'anticipate', 'guess',
    'speculate', 'wonder', 'doubt', 'fear', 'hope', 'assume', 'suppose', 'seem', 'appear', 'may', 'might', 'could',
    'likely', 'probably', 'possibly', 'perhaps', 'suggest', 'hint', 'imagine', 'consider', 'view', 'see', 'sense',
    'suspicion', 'belief', 'opinion', 'impression', 'understand', 'bet', 'worry', 'confident', 'unclear',
    'signal', 'suggestion', 'widely', 'deem', 'sound', 'concerned',
  ],
  // Vows, plans and intentions (LABELS.md: `speculative`, a promise or plan).
  promise: [
    'promise', 'vow', 'pledge', 'plan', 'intend', 'swear', 'commit', 'threaten', 'vowed', 'aim', 'seek', 'want',
    'will', 'propose', 'offer', 'guarantee', 'assure', 'resolve', 'undertake', 'prepare', 'eager', 'promising',
    'willing', 'decide', 'nominate',
  ],
};

/**
 * A lemma's class. Where the seed lists a lemma twice, the more specific class wins
 * (a stance over neutral reporting), in this order.
 */
const PRECEDENCE: CueClass[] = ['rebuttal', 'accusation', 'factive', 'promise', 'hedge', 'neutral'];
const CLASS_OF = new Map<string, CueClass>();
for (const c of [...PRECEDENCE].reverse()) for (const w of SEED[c]) CLASS_OF.set(w, c);

export function seedClass(lemma: string): CueClass | undefined {
  return CLASS_OF.get(lemma);
}

/** A phrase's class: the most specific class among its lemmas. */
export function phraseClass(lemmas: string[]): CueClass | undefined {
  let best: CueClass | undefined;
  for (const l of lemmas) {
    const c = CLASS_OF.get(l);
    if (c && (!best || PRECEDENCE.indexOf(c) < PRECEDENCE.indexOf(best))) best = c;
  }
  return best;
}
