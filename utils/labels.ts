import type { SourceType, Status } from './analysis/types';

/** Words the reader sees for each status; the badge always carries one (colour is never the only signal). */
export const STATUS_LABEL: Record<Status, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  alleged: 'Alleged',
  speculative: 'Speculative',
  disputed: 'Disputed',
  unattributed: 'Unattributed',
  opinion: 'Opinion',
  none: 'Not a claim',
};

export const SOURCE_TYPE_LABEL: Record<SourceType, string> = {
  politician: 'Politician',
  government: 'Government',
  law_enforcement: 'Law enforcement',
  court: 'Court',
  organization: 'Organization',
  expert: 'Expert',
  media: 'Media',
  document: 'Document',
  anonymous: 'Anonymous',
  person: 'Person',
};
