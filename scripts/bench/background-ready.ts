/**
 * How soon the background can answer after its worker starts: the service worker's
 * own clock (performance.now() counts from the worker's start) at the mark the
 * background sets once its listeners are registered, which is after the
 * analyzer's weights have been parsed (they are bundled into background.js).
 * Each launch is a fresh browser and profile, so the worker starts cold.
 */
import { launchWithExtension } from '../../tests/e2e/support/browser';
import { median, round } from './stats';

export interface ReadyBench {
  launches: number;
  /** ms from worker start to the ready mark, per launch. */
  ms: number[];
  median: number;
  max: number;
}

export async function benchBackgroundReady(launches = 5): Promise<ReadyBench> {
  const ms: number[] = [];
  for (let i = 0; i < launches; i++) {
    const ext = await launchWithExtension();
    try {
      const [worker] = ext.context.serviceWorkers();
      let at: number | null = null;
      for (let tries = 0; tries < 100 && at === null; tries++) {
        at = await worker.evaluate(() => performance.getEntriesByName('sourcelight:background-ready')[0]?.startTime ?? null);
        if (at === null) await new Promise((r) => setTimeout(r, 50));
      }
      if (at === null) throw new Error('the background never set its ready mark');
      ms.push(round(at));
    } finally {
      await ext.close();
    }
  }
  return { launches, ms, median: round(median(ms)), max: round(Math.max(...ms)) };
}
