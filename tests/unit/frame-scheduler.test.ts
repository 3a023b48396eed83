/**
 * The map adapter applies the store after the next paint, once however often the store
 * changed: a scheduler driven by hand-run paints, and work that counts its runs.
 */
import { describe, expect, it } from 'vitest';
import { FrameScheduler, type AfterPaint } from '../../src/map/frame-scheduler';

/** Paints the test runs by hand. */
class FakePaints {
  private queue = new Set<() => void>();
  afterPaint: AfterPaint = (fn) => {
    this.queue.add(fn);
    return () => this.queue.delete(fn);
  };
  get waiting(): number {
    return this.queue.size;
  }
  /** One frame is painted: what was waiting for it runs (what that asks for waits for the next). */
  paint(): void {
    const now = [...this.queue];
    this.queue.clear();
    for (const fn of now) fn();
  }
}

/** Lets resolved promises run their callbacks. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setUp(work: () => void = () => undefined) {
  const paints = new FakePaints();
  let runs = 0;
  const scheduler = new FrameScheduler(() => {
    runs += 1;
    work();
  }, paints.afterPaint);
  return { paints, scheduler, runs: () => runs };
}

describe('FrameScheduler', () => {
  it('runs nothing when asked, and once after the next paint', () => {
    const { paints, scheduler, runs } = setUp();
    scheduler.request();
    expect(runs()).toBe(0);
    expect(scheduler.pending).toBe(true);
    paints.paint();
    expect(runs()).toBe(1);
    expect(scheduler.pending).toBe(false);
    paints.paint();
    expect(runs()).toBe(1);
  });

  it('coalesces every request before the paint into one run', () => {
    const { paints, scheduler, runs } = setUp();
    for (let i = 0; i < 5; i++) scheduler.request();
    expect(paints.waiting).toBe(1);
    paints.paint();
    expect(runs()).toBe(1);
    scheduler.request();
    paints.paint();
    expect(runs()).toBe(2);
  });

  it('settled() waits for the pending run, and for a run that run asked for', async () => {
    let again = true;
    const { paints, scheduler, runs } = setUp(() => {
      if (again) {
        again = false;
        scheduler.request();
      }
    });
    let done = false;
    scheduler.request();
    void scheduler.settled().then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    paints.paint();
    await settle();
    expect(runs()).toBe(1);
    expect(done, 'a second run is pending').toBe(false);
    paints.paint();
    await settle();
    expect(runs()).toBe(2);
    expect(done).toBe(true);
  });

  it('settled() resolves at once when nothing is pending', async () => {
    const { scheduler } = setUp();
    let done = false;
    void scheduler.settled().then(() => (done = true));
    await settle();
    expect(done).toBe(true);
  });

  it('flush() runs the pending work now, and only once', () => {
    const { paints, scheduler, runs } = setUp();
    scheduler.flush();
    expect(runs()).toBe(0);
    scheduler.request();
    scheduler.flush();
    expect(runs()).toBe(1);
    expect(paints.waiting).toBe(0);
    paints.paint();
    expect(runs()).toBe(1);
  });

  it('a throwing run still lets its waiters go', async () => {
    const { paints, scheduler } = setUp(() => {
      throw new Error('boom');
    });
    scheduler.request();
    let done = false;
    void scheduler.settled().then(() => (done = true));
    expect(() => paints.paint()).toThrow('boom');
    await settle();
    expect(done).toBe(true);
    expect(scheduler.pending).toBe(false);
  });

  it('stop() calls off the pending run, lets waiters go and ignores later requests', async () => {
    const { paints, scheduler, runs } = setUp();
    scheduler.request();
    let done = false;
    void scheduler.settled().then(() => (done = true));
    scheduler.stop();
    await settle();
    expect(done).toBe(true);
    scheduler.request();
    paints.paint();
    expect(runs()).toBe(0);
    expect(scheduler.pending).toBe(false);
  });
});
