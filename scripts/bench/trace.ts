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
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

const CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

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

/**
 * The longest task on the page's main thread that overlaps Sourcelight's run: from
 * the start mark to the last painted/done mark, plus `afterMs` for the frame that
 * renders the highlights. Null when the marks are not in the trace.
 */
export function longestTaskDuringRun(events: TraceEvent[], afterMs = 50): { longest: number; tasks: number } | null {
  const marks = events.filter((e) => e.cat?.includes('user_timing'));
  const start = marks.find((e) => e.name === TIMING.start);
  if (!start) return null;
  const ends = marks.filter((e) => (e.name === TIMING.painted || e.name === TIMING.done) && e.pid === start.pid);
  if (ends.length === 0) return null;
  const end = Math.max(...ends.map((e) => e.ts)) + afterMs * 1000;
  let longest = 0;
  let tasks = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== start.pid || e.tid !== start.tid) continue;
    const dur = e.dur ?? 0;
    if (e.ts + dur < start.ts || e.ts > end) continue;
    tasks++;
    longest = Math.max(longest, dur / 1000);
  }
  return { longest, tasks };
}
