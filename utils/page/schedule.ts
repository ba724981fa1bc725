/**
 * Cooperative scheduling for the content script: long work runs in slices and
 * hands the main thread back between them, so a page stays responsive (no task
 * much over the slice budget) however long its article is.
 */

/** Milliseconds of work before yielding: well under the 50 ms of a "long task". */
export const SLICE_MS = 12;

type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the main thread back once: scheduler.yield() where the browser has it, else a macrotask. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Thrown inside a slice loop when its work was superseded (a newer run, or disposal). */
export class Cancelled extends Error {
  constructor() {
    super('superseded');
  }
}

/**
 * Tracks one slice: `due()` says when the budget is spent; `pause()` yields and
 * starts a new slice, throwing Cancelled if `isCancelled` turned true meanwhile.
 */
export class Slicer {
  private started = now();

  constructor(private isCancelled: () => boolean = () => false) {}

  due(): boolean {
    return now() - this.started >= SLICE_MS;
  }

  async pause(): Promise<void> {
    await yieldToMain();
    if (this.isCancelled()) throw new Cancelled();
    this.started = now();
  }

  /** Yields only when the slice's budget is spent. */
  async maybePause(): Promise<void> {
    if (this.due()) await this.pause();
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Runs a pausable walk (a generator that yields at safe points) to the end at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** Runs a pausable walk, yielding to the page whenever the slice's budget is spent. */
export async function runSliced<T>(steps: Generator<void, T>, slicer: Slicer): Promise<T> {
  let r = steps.next();
  while (!r.done) {
    if (slicer.due()) await slicer.pause();
    r = steps.next();
  }
  return r.value;
}

/**
 * Resolves after the page's next rendering update (or `timeoutMs`, for a
 * background tab that renders nothing). Starting a full run there finds style
 * and layout already computed, so the first visibility check does not pay for
 * the page's own pending style work inside our task.
 */
export function afterNextFrame(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, timeoutMs);
  });
}
