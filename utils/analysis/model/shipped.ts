/**
 * The weights the extension ships, fitted by `npm run train` (scripts/train.ts) on
 * the labelled articles in ../shared; each file records what it was trained on
 * (a hash of the data) and its cross-validated score. The weights are stored packed
 * (./packed.ts: fewer bytes for the background to load and compile) and unpacked
 * here, once, when the background starts.
 */
import type { Models } from './decide';
import { type PackedLinearModel, unpackLinearModel } from './packed';
import type { LearnedCues } from './learned-cues';
import type { SourceType, Status } from '../types';
import statusModel from '../data/status-model.json';
import typeModel from '../data/type-model.json';

export const SHIPPED_MODELS: Models = {
  status: unpackLinearModel(statusModel.model as PackedLinearModel<Status>),
  margin: statusModel.margin,
  cues: statusModel.cues as LearnedCues,
  typeMargin: typeModel.margin,
  type: unpackLinearModel(typeModel.model as PackedLinearModel<SourceType>),
};
