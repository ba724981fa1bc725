import type { CDPSession, Page } from 'playwright-core';
import { TIMING } from '../../utils/timing';

/**
 * Sourcelight's CPU cost, read from a Chromium trace.
 *
 * Why a trace and not the page's PerformanceObserver('longtask'): Chromium does not
 * report tasks that run extension callbacks (a storage reply, a message) as long
 * tasks or long animation frames, and that is exactly where a content script does
 * its work. The trace's RunTask events see every task of the renderer's main thread,
 * and the events nested in them say whose code each task ran (see `classify`).
 */
export interface TraceEvent {
  name: string;
  args?: {
    name?: string;
    fileName?: string;
    data?: {
      url?: string;
      stackTrace?: { url?: string }[];
      taskId?: number;
      timerId?: number;
      id?: number;
      traceId?: string;
      frame?: string;
    };
    beginData?: { stackTrace?: { url?: string }[] };
    chrome_extension_id?: { extension_id?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string; watcher_notify_interface_tag?: string };
  };
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/*
 * toplevel: the mojo events that name the interface a task delivers (an extension
 * API reply, a runtime port message, a DevTools command). extensions: the events
 * tagged with the extension's id (script injection, API requests).
 * devtools.timeline.stack: the stacks on TimerInstall, RequestAnimationFrame and
 * ScheduleYieldContinuation, which tie a later task to the code that scheduled it.
 */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'blink.user_timing',
  'toplevel',
  'v8.execute',
  'extensions',
];

/** A running trace; `scope` says whether it sees the browser's other processes (the extension's service worker). */
export interface Tracing {
  cdp: CDPSession;
  scope: 'browser' | 'page';
}

/**
 * Starts a trace. From a browser-level session when Playwright gives one: a trace
 * started from the page's session records the page's renderer but not the
 * extension's service worker thread (checked: its process shows only a few idle
 * main-thread tasks), and the analysis is moving into the service worker.
 */
export async function startTrace(page: Page): Promise<Tracing> {
  const browser = page.context().browser();
  let tracing: Tracing;
  try {
    tracing = browser ? { cdp: await browser.newBrowserCDPSession(), scope: 'browser' } : { cdp: await page.context().newCDPSession(page), scope: 'page' };
  } catch {
    tracing = { cdp: await page.context().newCDPSession(page), scope: 'page' };
  }
  await tracing.cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
  return tracing;
}

/** Ends the trace and reads its events (streamed in pieces: traces run to megabytes). */
export async function endTrace({ cdp }: Tracing): Promise<TraceEvent[]> {
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

/** What Sourcelight's first run cost, read from a trace. All figures in ms. */
export interface RunCost {
  /**
   * Main-thread time of OUR tasks (see `classify`) from the task that injected the
   * content script (the one before the task that evaluates it) to the done mark. Style, layout and paint forced inside our
   * tasks count (they are inside the task); frames the page renders later do not.
   */
  busy: number;
  /**
   * Our main-thread time in the `afterMs` after the done mark, not in `busy`: the
   * first run's tail (the badge message, replies to reads made before done, ports
   * closing). On a page that is not an article, done is marked at once and this
   * is most of what follows.
   */
  afterDone: number;
  /** The longest of our tasks (in a shared task, our part of it). */
  longest: number;
  /** How many tasks ran our code; `shared` of them also ran page script or a rendering frame. */
  tasks: number;
  shared: number;
  /**
   * The old, whole-window figure: every main-thread task from the task that
   * evaluated the content script to 50 ms after the done mark, the page's own work
   * (first paint, its scripts, frames) and the harness's DevTools calls included.
   */
  window: number;
  /**
   * The longest task of any kind in that window (or the injection task before it),
   * the harness's DevTools calls left out (they are Playwright reading the page, not the page). May be a rendering
   * frame that our highlights caused, or the page's own work.
   */
  longestAny: number;
  /** The first rendering frame after the first painted mark (a frame our highlights make the page draw); null when nothing was painted. */
  paintFrame: number | null;
  /** Evaluating the content script file (compile and top-level run, main() included). */
  evaluate: number;
  /**
   * CPU of the extension's service worker thread from the evaluating task to the
   * done mark, all of it (only our code runs there); null when the trace holds no such thread (a page-level
   * trace, or the worker did not run).
   */
  worker: number | null;
  /** The worker's longest task in the span; null as `worker`. */
  workerLongest: number | null;
}

const isX = (e: TraceEvent) => e.ph === 'X' && typeof e.dur === 'number';
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** Every script URL an event names: its own, its stack's, a compile's file name. */
function urlsOf(e: TraceEvent): string[] {
  const a = e.args;
  if (!a) return [];
  const out: string[] = [];
  if (a.data?.url) out.push(a.data.url);
  if (a.fileName) out.push(a.fileName);
  for (const f of a.data?.stackTrace ?? []) if (f.url) out.push(f.url);
  for (const f of a.beginData?.stackTrace ?? []) if (f.url) out.push(f.url);
  return out;
}

/** Script that is neither ours nor a harness evaluation (those have no URL): the page's own. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'TimerFire', 'EventDispatch']);
/** The parts of a rendering frame (BeginMainFrame); forced style or layout inside a script call is not one of them. */
const FRAME_EVENTS = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit']);
/** Engine work that, outside any script, belongs to the page: parsing, a frame's style and layout. */
const ENGINE_EVENTS = new Set([...FRAME_EVENTS, 'UpdateLayoutTree', 'Layout', 'ParseHTML']);
/** Events that run script: style or layout inside one was forced by that script. */
const RUNS_SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunYieldContinuation', 'HandlePostMessage']);

/**
 * Top-level RunTask events of one thread, in order (a nested run loop can put a
 * RunTask inside another; its time is already in the outer one).
 */
function topTasks(events: TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const tasks = events.filter((e) => e.name === 'RunTask' && isX(e) && e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  for (const t of tasks) if (!out.length || t.ts >= end(out[out.length - 1])) out.push(t);
  return out;
}

/**
 * Decides, task by task, which main-thread tasks ran Sourcelight's code.
 *
 * The rule comes from reading traces of the built extension (write them with
 * `npm run bench -- --dump-traces`): a task is ours when an event inside it
 *  1. names our code: a URL under chrome-extension://<id>/ on EvaluateScript,
 *     v8.compile, FunctionCall, or in the stack of any event (EventDispatch of the
 *     framework's start event, TimerInstall, ...) — our code ran in the task;
 *  2. carries our extension id (ScriptInjection::InjectJs, the bindings'
 *     SendRequest, SendOpenMessageChannel) — the extension system working for us;
 *  3. delivers an extension IPC message (a mojo interface extensions.mojom.*: the
 *     reply to a storage read or runtime message, a port message) — the microtasks
 *     after `await` on such a reply run in that task and carry no URL at all, so
 *     the IPC is the only mark they leave; the benchmark's browser loads no other
 *     extension, so every such message is an answer to us;
 *  4. runs a continuation our code scheduled: RunYieldContinuation (scheduler.yield)
 *     whose taskId, TimerFire whose timerId, FireAnimationFrame whose id, or
 *     HandlePostMessage whose traceId matches a ScheduleYieldContinuation,
 *     TimerInstall, RequestAnimationFrame or SchedulePostMessage with our code on
 *     its stack. A yield continuation shows no URL either (its work is microtasks),
 *     so without this rule the analysis slices after each yield would be lost.
 * Such a task counts whole, unless it also ran the page's script (a URL that is
 * not ours) or engine work outside any script: a rendering frame (our
 * requestAnimationFrame callback rides in the page's frame), parsing, or a style
 * recalculation (Chromium may start our injection at the end of the page's
 * 400 ms style task on a huge page). Then only our events in it count, each
 * outermost one once. Style and layout inside a script call were forced by it
 * and stay with the task. Everything else — the page's first paint,
 * its scripts, frames we waited for, GC tasks, favicon fetches, Playwright's
 * DevTools calls (mojo blink.mojom.DevToolsSession) — is not ours.
 */
export function classify(events: TraceEvent[], pid: number, tid: number, extId: string) {
  const prefix = `chrome-extension://${extId}/`;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const ours = (e: TraceEvent) => urlsOf(e).some((u) => u.startsWith(prefix));
  // Continuations our code scheduled, keyed by kind and id (ids are per frame).
  const scheduled = new Set<string>();
  const key = (kind: string, e: TraceEvent, id: unknown) => `${kind}:${e.args?.data?.frame ?? ''}:${String(id)}`;
  for (const e of thread) {
    if (!ours(e)) continue;
    const d = e.args?.data;
    if (e.name === 'ScheduleYieldContinuation') scheduled.add(key('yield', e, d?.taskId));
    else if (e.name === 'TimerInstall') scheduled.add(key('timer', e, d?.timerId));
    else if (e.name === 'RequestAnimationFrame') scheduled.add(key('raf', e, d?.id));
    else if (e.name === 'SchedulePostMessage') scheduled.add(`post:${d?.traceId}`);
  }
  const continuation = (e: TraceEvent) => {
    const d = e.args?.data;
    if (e.name === 'RunYieldContinuation') return scheduled.has(key('yield', e, d?.taskId));
    if (e.name === 'TimerFire') return scheduled.has(key('timer', e, d?.timerId));
    if (e.name === 'FireAnimationFrame') return scheduled.has(key('raf', e, d?.id));
    if (e.name === 'HandlePostMessage') return scheduled.has(`post:${d?.traceId}`);
    return false;
  };
  const mojo = (e: TraceEvent) => e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? e.args?.chrome_mojo_event_info?.watcher_notify_interface_tag ?? '';
  const marksUs = (e: TraceEvent) => ours(e) || e.args?.chrome_extension_id?.extension_id === extId || mojo(e).startsWith('extensions.mojom.') || continuation(e);
  const pageScript = (e: TraceEvent) => SCRIPT_EVENTS.has(e.name) && urlsOf(e).some((u) => u !== '' && !u.startsWith(prefix));

  const tasks = topTasks(events, pid, tid);
  let i = 0;
  return tasks.map((task) => {
    while (i < thread.length && thread[i].ts < task.ts) i++;
    const inner: TraceEvent[] = [];
    for (let j = i; j < thread.length && thread[j].ts <= end(task); j++) if (thread[j] !== task) inner.push(thread[j]);
    const harness = inner.some((e) => mojo(e) === 'blink.mojom.DevToolsSession');
    const isOurs = !harness && inner.some(marksUs);
    // Engine work at the task's own level (not inside a script call) is the page's.
    let scriptTo = -Infinity;
    let pageEngine = false;
    for (const e of inner) {
      if (ENGINE_EVENTS.has(e.name) && e.ts >= scriptTo) pageEngine = true;
      if (RUNS_SCRIPT.has(e.name) && isX(e)) scriptTo = Math.max(scriptTo, end(e));
    }
    const shared = isOurs && (pageEngine || inner.some(pageScript));
    let mine = 0;
    if (isOurs && !shared) mine = task.dur ?? 0;
    else if (isOurs) {
      // Our outermost events only: a FunctionCall inside our FireAnimationFrame is counted once.
      let coveredTo = -Infinity;
      for (const e of inner) {
        if (!isX(e) || e.ts < coveredTo || !marksUs(e)) continue;
        mine += e.dur ?? 0;
        coveredTo = end(e);
      }
    }
    const frame = inner.some((e) => FRAME_EVENTS.has(e.name));
    return { task, ours: isOurs, shared, harness, frame, mine };
  });
}

/**
 * The extension's service worker threads: named 'ServiceWorker thread' and naming
 * our extension somewhere (its script URL, or its id on an API request).
 */
function workerThreads(events: TraceEvent[], extId: string): { pid: number; tid: number }[] {
  const named = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'ServiceWorker thread');
  return named
    .filter((m) => events.some((e) => e.pid === m.pid && e.tid === m.tid && JSON.stringify(e.args ?? {}).includes(extId)))
    .map((m) => ({ pid: m.pid, tid: m.tid }));
}

/**
 * Reads the first run's cost: on the page's main thread (ours, and the whole
 * window for comparison) and on the extension's service worker. The first run
 * ends at its done mark (which follows its paint); later runs (the page changed)
 * are not part of the first look's cost. Null when the marks are not in the trace.
 */
export function runCost(events: TraceEvent[], extId: string, afterMs = 50): RunCost | null {
  const marks = events.filter((e) => e.cat?.includes('user_timing'));
  const start = marks.find((e) => e.name === TIMING.start);
  if (!start) return null;
  const done = marks.find((e) => e.name === TIMING.done && e.pid === start.pid);
  const painted = marks.filter((e) => e.name === TIMING.painted && e.pid === start.pid);
  const last = done ?? painted.at(-1);
  if (!last) return null;

  const rows = classify(events, start.pid, start.tid, extId);
  const first = rows.find((r) => r.task.ts <= start.ts && end(r.task) >= start.ts);
  const from = first ? first.task.ts : start.ts;
  // Our cost starts earlier than the evaluating task: Chromium injects the content
  // script (ScriptInjection::InjectJs, a few ms setting up the isolated world) in
  // the task before the one that evaluates it. The injection's async begin event
  // carries our id; its task is where our cost begins.
  const injection = events
    .filter((e) => e.name === 'ScriptInjection' && e.ph === 'b' && e.pid === start.pid && e.tid === start.tid && e.ts <= start.ts)
    .filter((e) => e.args?.chrome_extension_id?.extension_id === extId)
    .at(-1);
  const injectionTask = injection ? rows.find((r) => r.task.ts <= injection.ts && end(r.task) >= injection.ts) : undefined;
  const oursFrom = Math.min(from, injectionTask?.task.ts ?? from);

  // Ours: tasks from the injection that began by the done mark (the task holding it counts whole).
  let busy = 0;
  let longest = 0;
  let tasks = 0;
  let shared = 0;
  let afterDone = 0;
  for (const r of rows) {
    if (r.ours && r.task.ts > last.ts && r.task.ts <= last.ts + afterMs * 1000) afterDone += r.mine;
    if (!r.ours || end(r.task) < oursFrom || r.task.ts > last.ts) continue;
    busy += r.mine;
    longest = Math.max(longest, r.mine);
    tasks++;
    if (r.shared) shared++;
  }

  // The old figure: everything from the first task to the frame after the done mark.
  const to = last.ts + afterMs * 1000;
  let window = 0;
  let longestAny = 0;
  for (const r of rows) {
    if (end(r.task) < oursFrom || r.task.ts > to) continue;
    // The window keeps its old start (the evaluating task) so it compares with earlier runs;
    // the longest task of any kind also looks at the injection task, so it is never below ours.
    if (end(r.task) >= from) window += Math.min(end(r.task), to) - Math.max(r.task.ts, from);
    if (!r.harness) longestAny = Math.max(longestAny, r.task.dur ?? 0);
  }

  const firstPaint = painted[0];
  const frameAfter = firstPaint ? rows.find((r) => r.frame && r.task.ts >= firstPaint.ts) : undefined;

  const evaluate = events
    .filter((e) => e.name === 'EvaluateScript' && e.pid === start.pid && e.tid === start.tid && /^chrome-extension:\/\/[^/]+\/content-scripts\//.test(e.args?.data?.url ?? ''))
    .reduce((n, e) => n + (e.dur ?? 0), 0);

  // The worker: every task on its thread is ours. From the evaluating task on, not
  // from the injection: nothing in this page can have asked the worker anything
  // before the content script ran (on a huge page the injection starts a second
  // earlier, when the worker may still be finishing the previous load's requests).
  const workers = workerThreads(events, extId);
  let worker: number | null = null;
  let workerLongest: number | null = null;
  if (workers.length) {
    worker = 0;
    workerLongest = 0;
    for (const w of workers) {
      for (const t of topTasks(events, w.pid, w.tid)) {
        const clipped = Math.min(end(t), last.ts) - Math.max(t.ts, from);
        if (clipped <= 0) continue;
        worker += clipped;
        workerLongest = Math.max(workerLongest, t.dur ?? 0);
      }
    }
  }

  const ms = (us: number) => us / 1000;
  return {
    busy: ms(busy),
    afterDone: ms(afterDone),
    longest: ms(longest),
    tasks,
    shared,
    window: ms(window),
    longestAny: ms(longestAny),
    paintFrame: frameAfter ? ms(frameAfter.task.dur ?? 0) : null,
    evaluate: ms(evaluate),
    worker: worker === null ? null : ms(worker),
    workerLongest: workerLongest === null ? null : ms(workerLongest),
  };
}
