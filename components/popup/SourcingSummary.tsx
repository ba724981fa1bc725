import { CLAIM_STATUSES } from '@/utils/analysis/types';
import { STATUS_LABEL } from '@/utils/labels';
import { gist, type SourcingSummary as Summary } from './sourcing';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The article's sourcing at a glance: how many claims, their statuses as one bar,
 * how many are attributed and to how many sources (named versus anonymous), and
 * the share the author asserts in their own voice.
 */
export function SourcingSummary({ summary }: { summary: Summary }) {
  const present = CLAIM_STATUSES.filter((s) => summary.byStatus[s] > 0);
  const barLabel = present.map((s) => `${STATUS_LABEL[s]} ${summary.byStatus[s]}`).join(', ');
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" class="summary-heading">
        {plural(summary.claims, 'claim', 'claims')}
      </h2>
      {gist(summary) && <p class="gist">{gist(summary)}</p>}
      {summary.claims > 0 && (
        <div class="status-bar" role="img" aria-label={`Statuses: ${barLabel}`}>
          {present.map((s) => (
            <span key={s} class={`bar-segment bar-${s}`} style={{ flexGrow: summary.byStatus[s] }} />
          ))}
        </div>
      )}
      <dl class="stats">
        <div class="stat">
          <dt>Attributed</dt>
          <dd>
            <strong>{summary.attributed}</strong> of {summary.claims}
          </dd>
        </div>
        <div class="stat">
          <dt>Sources</dt>
          <dd>
            <strong>{summary.sources}</strong>
            <span class="stat-detail">
              {summary.named} named · {summary.anonymous} anonymous
            </span>
          </dd>
        </div>
        <div class="stat">
          <dt>Author's own voice</dt>
          <dd>
            <strong>{Math.round(summary.ownVoiceShare * 100)}%</strong> of claims
          </dd>
        </div>
      </dl>
    </section>
  );
}
