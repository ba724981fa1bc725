import type { CDPSession, Page } from 'playwright-core';
import { TIMING } from '../../utils/timing';

/**
 * Longest main-thread task from a Chromium trace.
 *
 * Why a trace and not the page's PerformanceObserver('longtask'): Chromium does not
 * report tasks that run extension callbacks (a storage reply, a message) as long
 * tasks or long animation frames, and that is exactly where a content script does
 * its work. The trace's RunTask events see every task of the renderer's main thread.
 */
interface TraceEvent {
  name: string;
  args?: { data?: { url?: string } };
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

export async function startTrace(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
  return cdp;
}

/** Ends the trace and reads its events (streamed in pieces: traces run to megabytes). */
export async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  const parts: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await cdp.detach();
  const parsed = JSON.parse(parts.join(''));
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** What Sourcelight's run cost the page's main thread, read from a trace. */
export interface RunCost {
  /** Longest task overlapping the run, ms. */
  longest: number;
  /**
   * Main-thread time spent in tasks during the run, ms: from the start of the task
   * that evaluated the content script (its compile and first run come before the
   * start mark) to the end of the frame after the last mark. Page tasks that fall
   * in that span count too; the saved pages run little script of their own.
   */
  busy: number;
  /** Evaluating the content script file (compile and top-level run, main() included), ms. */
  evaluate: number;
  tasks: number;
}

/**
 * Reads the run's cost on the page's main thread: tasks overlapping the span from
 * the start mark to the first run's done mark, plus `afterMs` for the frame that
 * renders the highlights. Null when the marks are not in the trace.
 */
export function runCost(events: TraceEvent[], afterMs = 50): RunCost | null {
  const marks = events.filter((e) => e.cat?.includes('user_timing'));
  const start = marks.find((e) => e.name === TIMING.start);
  if (!start) return null;
  // The first run only: its done mark follows its last paint; later runs (the page
  // changed) are not part of the first look's cost.
  const done = marks.find((e) => e.name === TIMING.done && e.pid === start.pid);
  const ends = done ? [done] : marks.filter((e) => e.name === TIMING.painted && e.pid === start.pid);
  if (ends.length === 0) return null;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === start.pid && e.tid === start.tid);
  const first = tasks.find((t) => t.ts <= start.ts && t.ts + (t.dur ?? 0) >= start.ts);
  const from = first ? first.ts : start.ts;
  const to = Math.max(...ends.map((e) => e.ts)) + afterMs * 1000;
  let longest = 0;
  let busy = 0;
  let count = 0;
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    if (end < from || t.ts > to) continue;
    count++;
    longest = Math.max(longest, (t.dur ?? 0) / 1000);
    busy += (Math.min(end, to) - Math.max(t.ts, from)) / 1000;
  }
  const evaluate = events
    .filter((e) => e.name === 'EvaluateScript' && e.pid === start.pid && e.tid === start.tid && /^chrome-extension:\/\/[^/]+\/content-scripts\//.test(e.args?.data?.url ?? ''))
    .reduce((n, e) => n + (e.dur ?? 0) / 1000, 0);
  return { longest, busy, evaluate, tasks: count };
}
