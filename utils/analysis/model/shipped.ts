/**
 * The weights the extension ships, fitted by `npm run train` (scripts/train.ts) on
 * the labelled articles in ../shared; each file records what it was trained on
 * (a hash of the data) and its cross-validated score.
 */
import type { Models } from './decide';
import type { LinearModel } from './linear';
import type { LearnedCues } from './learned-cues';
import type { SourceType, Status } from '../types';
import statusModel from '../data/status-model.json';
import typeModel from '../data/type-model.json';

export const SHIPPED_MODELS: Models = {
  status: statusModel.model as LinearModel<Status>,
  margin: statusModel.margin,
  cues: statusModel.cues as LearnedCues,
  typeMargin: typeModel.margin,
  type: typeModel.model as LinearModel<SourceType>,
};
