/** Runs small tasks in idle time, a few milliseconds at a time, so the page never waits for us. */
export interface IdleQueue {
  push(task: () => void): void;
  /** Resolves once every task pushed so far (and any they push) has run. */
  drained(): Promise<void>;
}

/** Work per slice: half a 60 Hz frame, so even a busy page keeps its frame rate. */
const SLICE_MS = 8;
/** A page that is never idle still gets its highlights, this much later at most. */
const IDLE_TIMEOUT_MS = 500;

export function createIdleQueue(view: Window, signal: AbortSignal): IdleQueue {
  const tasks: Array<() => void> = [];
  let waiting: Array<() => void> = [];
  let scheduled = false;

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    if (typeof view.requestIdleCallback === 'function') {
      view.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    } else {
      view.setTimeout(() => run(null), 16);
    }
  };

  const run = (deadline: IdleDeadline | null) => {
    scheduled = false;
    if (signal.aborted) {
      tasks.length = 0;
      return;
    }
    const started = performance.now();
    // A timed-out idle callback reports no time remaining; it still gets one slice.
    const budget = deadline && !deadline.didTimeout ? Math.min(SLICE_MS, deadline.timeRemaining()) : SLICE_MS;
    do {
      const task = tasks.shift();
      if (!task) break;
      try {
        task();
      } catch (error) {
        // One bad node must not stop the rest of the page from being read.
        console.debug('[enlace]', error);
      }
    } while (performance.now() - started < budget);
    if (tasks.length > 0) schedule();
    else {
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    }
  };

  signal.addEventListener('abort', () => {
    tasks.length = 0;
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  });

  return {
    push(task) {
      if (signal.aborted) return;
      tasks.push(task);
      schedule();
    },
    drained() {
      if (tasks.length === 0 && !scheduled) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
