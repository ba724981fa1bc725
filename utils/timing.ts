/**
 * User Timing marks for `npm run bench` (scripts/bench). In Chromium a content
 * script shares the page's performance timeline, so the benchmark reads these
 * marks from the page and times Sourcelight against work measured in the same
 * page. A mark costs microseconds and sends nothing anywhere.
 */
export const TIMING = {
  /** The content script's main() began (top frame only). */
  start: 'sourcelight:start',
  /** Highlights were registered with CSS.highlights (the last one is the final paint). */
  painted: 'sourcelight:painted',
  /**
   * The first analysis finished, in any state; `detail` is the report state. On a
   * page the quick first look rejects, marked at once ('not-article'), before the
   * settings are read.
   */
  done: 'sourcelight:done',
} as const;

/** Records a mark; never throws, because timing must not break the page or the analysis. */
export function markTiming(name: (typeof TIMING)[keyof typeof TIMING], detail?: string): void {
  try {
    performance.mark(name, detail === undefined ? undefined : { detail });
  } catch {
    // No User Timing (old engine, or a DOM shim in the CLI): nothing to record.
  }
}
