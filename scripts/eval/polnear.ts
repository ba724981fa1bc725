/**
 * PolNeAR dev (brat stand-off): does the analyzer give the sentences inside a gold
 * attribution's Content that attribution's Source? Only attributions whose Cue holds
 * a word of saying, reporting, knowing or believing are kept (PolNeAR also counts
 * actions and plans, which LABELS.md does not); sentences touching only the other
 * kind are not scored; a source predicted where no attribution is, is a false positive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../utils/analysis/index';
import { lenientMatch, prf, strictMatch } from './normalize';

interface Span {
  type: string;
  ranges: [number, number][];
  text: string;
}

interface GoldAttribution {
  source: string | null;
  cue: string;
  content: [number, number][];
  speech: boolean;
}

/** Cue words of saying, reporting, knowing or believing. */
const SPEECH_CUE = new RegExp(
  '\\b(?:' +
    [
      'says?', 'said', 'saying', 'tells?', 'told', 'telling', 'according', 'announc\\w*', 'confirm\\w*',
      'den(?:y|ies|ied|ying)', 'denial', 'claim\\w*', 'argu\\w*', 'warn\\w*', 'believ\\w*', 'statements?',
      'report\\w*', 'wr(?:ite|ites|ote|itten|iting)', 'add(?:ed|s|ing)?', 'not(?:e|ed|es|ing)', 'explain\\w*',
      'testif\\w*', 'testimony', 'tweet\\w*', 'stat(?:e|ed|es|ing)', 'declar\\w*', 'insist\\w*', 'assert\\w*',
      'acknowledg\\w*', 'admit\\w*', 'reveal\\w*', 'suggest\\w*', 'think\\w*', 'thought', 'know\\w*', 'knew',
      'expect\\w*', 'predict\\w*', 'estimat\\w*', 'alleg\\w*', 'accus\\w*', 'call(?:ed|s|ing)?', 'f(?:ind|inds|ound)',
      'show(?:s|ed|n)?', 'cit(?:e|ed|es|ing)', 'ask(?:ed|s)?', 'recall\\w*', 'mention\\w*', 'emphasi[sz]\\w*',
      'respond\\w*', 'question\\w*', 'echo\\w*', 'describ\\w*', 'criticiz\\w*', 'condemn\\w*', 'comment\\w*',
      'interview\\w*', 'remark\\w*', 'speech', 'poll\\w*', 'survey\\w*', 'contend\\w*', 'conclud\\w*',
      'agree\\w*', 'disagree\\w*', 'point(?:ed|s)? out', 'suspect\\w*', 'fear\\w*', 'doubt\\w*', 'learn\\w*',
      'reali[sz]\\w*', 'speculat\\w*', 'assur\\w*', 'repl(?:y|ied|ies)', 'answer\\w*', 'dismiss\\w*',
      'reject\\w*', 'disput\\w*', 'insist\\w*', 'stress\\w*', 'urg(?:e|ed|es|ing)', 'explain\\w*', 'quot\\w*',
    ].join('|') +
    ')\\b',
  'i',
);

function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const sp = body.indexOf(' ');
      const type = body.slice(0, sp);
      const ranges = body.slice(sp + 1).split(';').map((r) => r.trim().split(' ').map(Number) as [number, number]);
      spans.set(id, { type, ranges, text: text ?? '' });
    } else if (id.startsWith('E')) events.push(body.trim().split(/\s+/));
  }
  const out: GoldAttribution[] = [];
  for (const args of events) {
    let source: string | null = null, cue = '';
    const content: [number, number][] = [];
    for (const a of args) {
      const [role, ref] = a.split(':');
      const sp = spans.get(ref);
      if (!sp) continue;
      if (/^Source/.test(role)) source = sp.text;
      else if (/^Cue/.test(role)) cue = sp.text;
      else if (/^Content/.test(role)) content.push(...sp.ranges);
    }
    if (content.length) out.push({ source, cue, content, speech: SPEECH_CUE.test(cue) });
  }
  return out;
}

/** "Chris Weston, chief market strategist at IG" is compared as "Chris Weston". */
const upToComma = (x: string): string => x.split(',')[0];

const overlaps = (ranges: [number, number][], s: number, e: number): boolean => ranges.some(([a, b]) => a < e && b > s);

/** Score every article of `dir` (first annotator file per article). */
export function scorePolnear(dir: string) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  let st = { tp: 0, fp: 0, fn: 0 }, le = { tp: 0, fp: 0, fn: 0 };
  let scored = 0, skipped = 0, articles = 0, kept = 0, dropped = 0;
  for (const f of files) {
    const article = f.replace(/_[^_]+\.ann$/, '');
    if (seen.has(article)) continue;
    seen.add(article);
    articles++;
    const text = readFileSync(join(dir, `${article}.txt`), 'utf8');
    const attrs = parseAnn(readFileSync(join(dir, f), 'utf8'));
    kept += attrs.filter((a) => a.speech).length;
    dropped += attrs.filter((a) => !a.speech).length;
    for (const r of analyze(text)) {
      const touching = attrs.filter((a) => overlaps(a.content, r.start, r.end));
      const speech = touching.filter((a) => a.speech);
      const p = r.source?.text ?? null;
      if (touching.length === 0) {
        scored++;
        if (p) st.fp++, le.fp++;
        continue;
      }
      const golds = speech.map((a) => a.source).filter((x): x is string => !!x).map(upToComma);
      if (golds.length === 0) {
        skipped++;
        continue;
      }
      scored++;
      for (const [acc, match] of [[st, strictMatch], [le, lenientMatch]] as const) {
        if (!p) acc.fn++;
        else if (golds.some((g) => match(g, p))) acc.tp++;
        else acc.fp++, acc.fn++;
      }
    }
  }
  return {
    articles,
    attributions: { kept, dropped },
    sentences: { scored, skipped },
    strict: prf(st.tp, st.fp, st.fn),
    lenient: prf(le.tp, le.fp, le.fn),
  };
}
