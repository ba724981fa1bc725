import type { Status } from '@/utils/analysis/types';
import { STATUS_LABEL } from '@/utils/labels';

/** A status as a coloured badge that also says its word (colour is never the only signal). */
export function StatusBadge({ status }: { status: Status }) {
  return <span class={`badge badge-${status}`}>{STATUS_LABEL[status]}</span>;
}
