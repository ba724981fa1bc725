/**
 * Matching signals between a stored claim and a page sentence, gathered in one
 * place. One positive signal (weighted term overlap) says "these talk about
 * the same thing"; the conflict signals say "…but not the same claim": a
 * changed number, date, polarity, antonym or swapped name. A match needs
 * overlap and no conflict.
 */
export { overlap, ATTRIBUTION_WEIGHT, type Overlap, type TermWeight } from './overlap';
export { numberConflict, timeConflict, antonymConflict } from './conflicts';
export { polarityConflict } from './polarity-conflict';
export { substitutionConflict, NEAR_COPY } from './substitution';
