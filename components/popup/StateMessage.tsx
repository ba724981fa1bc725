import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  children?: ComponentChildren;
  tone?: 'info' | 'error';
  /** Announced to screen readers as it appears (used for the "analysing" state). */
  live?: boolean;
}

/** A state with nothing to list: always a heading and a plain sentence, never a blank popup. */
export function StateMessage({ title, children, tone = 'info', live }: Props) {
  return (
    <section class={`state-message state-${tone}`} role={live ? 'status' : undefined}>
      <h2 class="state-title">{title}</h2>
      {children && <div class="state-body">{children}</div>}
    </section>
  );
}
