/**
 * Inverted index over claim texts: content term → claims containing it. A page
 * sentence only ever looks at the claims sharing one of its rarer terms, so a
 * 50,000-claim library costs a few posting-list walks per sentence instead of
 * 50,000 comparisons. Pure TypeScript, no DOM, no storage: the store or the CLI
 * feeds it claims.
 */
import { features, type TextFeatures } from './features';
import { contentTerms, tokenize } from './normalize';

/** The least a claim needs to be indexed. */
export interface IndexableClaim {
  id: string;
  text: string;
}

/**
 * Features of recently compared claims are kept (least recently used dropped
 * first); a page's claims tend to meet the same few stories again. Bounded
 * because an extension must not hold features for a whole 50,000-claim library.
 */
const FEATURE_CACHE_LIMIT = 4_000;

export class ClaimIndex<C extends IndexableClaim = IndexableClaim> {
  private readonly termIds = new Map<string, number>();
  private readonly postings: number[][] = [];
  private readonly df: number[] = [];
  private readonly docs: (C | undefined)[] = [];
  private readonly docTerms: (Uint32Array | undefined)[] = [];
  private readonly byId = new Map<string, number>();
  private readonly cache = new Map<number, TextFeatures>();
  private dead = 0;
  /** Reused score accumulator (one slot per doc), so a query allocates nothing per claim. */
  private acc = new Float64Array(0);

  /** Number of live claims. */
  get size(): number {
    return this.byId.size;
  }

  /** Add (or replace, by id) one claim. */
  add(claim: C): void {
    if (this.byId.has(claim.id)) this.remove(claim.id);
    const doc = this.docs.length;
    this.docs.push(claim);
    this.byId.set(claim.id, doc);
    const ids: number[] = [];
    for (const term of contentTerms(tokenize(claim.text))) {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.postings.length;
        this.termIds.set(term, id);
        this.postings.push([]);
        this.df.push(0);
      }
      this.postings[id].push(doc);
      this.df[id]++;
      ids.push(id);
    }
    this.docTerms.push(Uint32Array.from(ids));
  }

  /** Remove a claim by id; returns whether it was present. */
  remove(id: string): boolean {
    const doc = this.byId.get(id);
    if (doc === undefined) return false;
    this.byId.delete(id);
    for (const t of this.docTerms[doc] ?? []) this.df[t]--;
    this.docs[doc] = undefined;
    this.docTerms[doc] = undefined;
    this.cache.delete(doc);
    // Posting lists keep the dead doc until enough have piled up, then compact.
    if (++this.dead > 1000 && this.dead > this.docs.length / 4) this.compact();
    return true;
  }

  /** The claim stored under an id. */
  get(id: string): C | undefined {
    const doc = this.byId.get(id);
    return doc === undefined ? undefined : this.docs[doc];
  }

  /** All live claims, in insertion order. */
  claims(): C[] {
    return this.docs.filter((d): d is C => d !== undefined);
  }

  /**
   * Inverse document frequency of a term. Why this form: smooth (never
   * infinite), and a term no claim has gets the highest weight, because a
   * sentence full of words the library never saw is about something else.
   */
  weight = (term: string): number => {
    const id = this.termIds.get(term);
    const df = id === undefined ? 0 : this.df[id];
    return Math.log(1 + (this.size + 1) / (df + 1));
  };

  /**
   * Claims sharing the most term weight with the given terms, best first.
   * Terms present in more than 1% of a large library are skipped: they cannot
   * single out a claim and their posting lists are the long ones. Candidates
   * whose shared weight is too small a part of both texts to ever reach
   * `minCoverage` are dropped before their features are computed (the costly
   * step), which keeps a 50,000-claim library fast.
   */
  candidates(
    terms: Iterable<string>,
    limit = 3,
    minCoverage = 0.25,
    skip?: (claim: C) => boolean,
  ): { claim: C; features: TextFeatures; shared: number }[] {
    const maxDf = Math.max(50, this.size * 0.01);
    const acc = this.acc.length >= this.docs.length ? this.acc : (this.acc = new Float64Array(this.docs.length * 2));
    const touched: number[] = [];
    let sentenceTotal = 0;
    for (const term of terms) {
      const w = this.weight(term);
      sentenceTotal += w;
      const id = this.termIds.get(term);
      if (id === undefined || this.df[id] > maxDf || this.df[id] === 0) continue;
      for (const doc of this.postings[id]) {
        if (acc[doc] === 0) touched.push(doc);
        acc[doc] += w;
      }
    }
    const top: [number, number][] = [];
    for (const doc of touched) {
      const shared = acc[doc];
      acc[doc] = 0;
      const claim = this.docs[doc];
      if (claim === undefined || (skip && skip(claim))) continue;
      if (top.length === limit && shared <= top[limit - 1][1]) continue;
      top.push([doc, shared]);
      top.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      if (top.length > limit) top.pop();
    }
    const out: { claim: C; features: TextFeatures; shared: number }[] = [];
    for (const [doc, shared] of top) {
      let claimTotal = 0;
      for (const t of this.docTerms[doc] ?? []) claimTotal += this.weightOfId(t);
      const reach = Math.max(shared / (claimTotal || 1), shared / (sentenceTotal || 1));
      if (reach < minCoverage) continue;
      out.push({ claim: this.docs[doc]!, features: this.featuresOf(doc), shared });
    }
    return out;
  }

  private weightOfId(id: number): number {
    return Math.log(1 + (this.size + 1) / (this.df[id] + 1));
  }

  private featuresOf(doc: number): TextFeatures {
    let f = this.cache.get(doc);
    if (f) {
      // Map keeps insertion order: re-inserting marks it most recently used.
      this.cache.delete(doc);
    } else {
      f = features(this.docs[doc]!.text);
      if (this.cache.size >= FEATURE_CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as number);
    }
    this.cache.set(doc, f);
    return f;
  }

  private compact(): void {
    for (let t = 0; t < this.postings.length; t++) {
      this.postings[t] = this.postings[t].filter((d) => this.docs[d] !== undefined);
    }
    this.dead = 0;
  }
}

/** Build an index from a list of claims (synchronously; ~1–3 s for 50,000 claims). */
export function buildIndex<C extends IndexableClaim>(claims: Iterable<C>): ClaimIndex<C> {
  const index = new ClaimIndex<C>();
  for (const c of claims) index.add(c);
  return index;
}

/**
 * Build an index without blocking: yields to the event loop every `chunk`
 * claims, so a background script stays responsive while a large library loads.
 */
export async function buildIndexAsync<C extends IndexableClaim>(claims: Iterable<C>, chunk = 1000): Promise<ClaimIndex<C>> {
  const index = new ClaimIndex<C>();
  let n = 0;
  for (const c of claims) {
    index.add(c);
    if (++n % chunk === 0) await new Promise((r) => setTimeout(r, 0));
  }
  return index;
}
