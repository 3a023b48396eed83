/**
 * Runs one piece of work after the browser's next paint, however often it is asked for
 * before then. The map adapter applies the store through it: a click commits the panel,
 * the browser paints it, and only then does the map start its own (slow, on software
 * WebGL) work for the click, whose drawing follows in the next frame. Several store
 * changes in one frame cost one run.
 */

/** Calls `fn` once the next frame has been painted; returns a way to call it off. */
export type AfterPaint = (fn: () => void) => () => void;

/**
 * The browser's: a frame callback runs before that frame's paint, and a task it queues
 * runs once the frame is on screen (Chromium and Firefox clamp no timer queued from a frame).
 */
export const afterNextPaint: AfterPaint = (fn) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
};

export class FrameScheduler {
  private cancelPending: (() => void) | null = null;
  private waiting: (() => void)[] = [];
  private stopped = false;

  constructor(
    private readonly work: () => void,
    private readonly afterPaint: AfterPaint = afterNextPaint,
  ) {}

  /** True while a run is asked for and has not happened yet. */
  get pending(): boolean {
    return this.cancelPending !== null;
  }

  /** Asks for a run after the next paint; a run already asked for covers this one too. */
  request(): void {
    if (this.stopped || this.cancelPending) return;
    this.cancelPending = this.afterPaint(() => this.flush());
  }

  /** Runs the pending work now (nothing if none is pending). */
  flush(): void {
    if (!this.cancelPending) return;
    this.cancelPending();
    this.cancelPending = null;
    try {
      this.work();
    } finally {
      // Whoever waited for this run hears of it even if the work threw.
      for (const resolve of this.waiting.splice(0)) resolve();
    }
  }

  /** Resolves once no run is pending: at once when none is, else after the pending run (and any it asked for). */
  async settled(): Promise<void> {
    while (this.pending) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Calls off the pending run for good (the map is gone); whoever waits for it is let go. */
  stop(): void {
    this.stopped = true;
    this.cancelPending?.();
    this.cancelPending = null;
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
