/**
 * The WebGL map waits for the page's frames to be on screen before it is made: frames at the
 * display's pace again (CALM_FRAMES short intervals in a row), or CALM_MAX_WAIT_MS at most.
 */
import { describe, expect, it } from 'vitest';
import {
  CALM_FRAMES,
  CALM_INTERVAL_MS,
  CALM_MAX_WAIT_MS,
  whenFramesCalm,
  type FrameClock,
} from '../../src/map/frames-calm';

/** Frames and timers the test runs by hand. */
class FakeClock implements FrameClock {
  private frames = new Map<number, (time: number) => void>();
  private timers = new Map<number, { callback: () => void; at: number }>();
  private next = 1;
  now = 0;
  requestFrame(callback: (time: number) => void): number {
    this.frames.set(this.next, callback);
    return this.next++;
  }
  cancelFrame(id: number): void {
    this.frames.delete(id);
  }
  setTimer(callback: () => void, ms: number): number {
    this.timers.set(this.next, { callback, at: this.now + ms });
    return this.next++;
  }
  clearTimer(id: number): void {
    this.timers.delete(id);
  }
  get waiting(): number {
    return this.frames.size + this.timers.size;
  }
  /** A frame begins `ms` after the last: its callbacks run, then any timer that came due. */
  frameAfter(ms: number): void {
    this.now += ms;
    const now = [...this.frames.values()];
    this.frames.clear();
    for (const f of now) f(this.now);
    for (const [id, t] of this.timers)
      if (t.at <= this.now) {
        this.timers.delete(id);
        t.callback();
      }
  }
}

/** Whether `p` has resolved, once pending callbacks ran. */
async function resolved(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
}

describe('whenFramesCalm', () => {
  it('resolves after CALM_FRAMES frame intervals at the display pace, and stops asking for frames', async () => {
    const clock = new FakeClock();
    const { done } = whenFramesCalm(clock);
    clock.frameAfter(5);
    for (let i = 1; i < CALM_FRAMES; i++) clock.frameAfter(16);
    expect(await resolved(done)).toBe(false);
    clock.frameAfter(16);
    expect(await resolved(done)).toBe(true);
    expect(clock.waiting).toBe(0);
  });

  it('waits while frames are held back for presentation, then for CALM_FRAMES short intervals in a row', async () => {
    const clock = new FakeClock();
    const { done } = whenFramesCalm(clock);
    // Frames presented by a software GPU: hundreds of ms apart, a few short intervals between them.
    const shortRun = Array.from({ length: CALM_FRAMES - 1 }, () => 16);
    for (const ms of [0, 140, ...shortRun, 400, ...shortRun, 120]) clock.frameAfter(ms);
    expect(await resolved(done)).toBe(false);
    for (let i = 1; i < CALM_FRAMES; i++) clock.frameAfter(17);
    expect(await resolved(done)).toBe(false);
    clock.frameAfter(CALM_INTERVAL_MS);
    expect(await resolved(done)).toBe(true);
  });

  it('accepts a 30 Hz display', async () => {
    const clock = new FakeClock();
    const { done } = whenFramesCalm(clock);
    clock.frameAfter(0);
    for (let i = 0; i < CALM_FRAMES; i++) clock.frameAfter(33.3);
    expect(await resolved(done)).toBe(true);
  });

  it('gives up waiting after CALM_MAX_WAIT_MS, so the map starts on a machine that never calms', async () => {
    const clock = new FakeClock();
    const { done } = whenFramesCalm(clock);
    let waited = 0;
    while (waited < CALM_MAX_WAIT_MS - 100) {
      clock.frameAfter(100);
      waited += 100;
    }
    expect(await resolved(done)).toBe(false);
    clock.frameAfter(100);
    expect(await resolved(done)).toBe(true);
    expect(clock.waiting).toBe(0);
  });

  it('cancel stops asking for frames and timers (the map view went away)', async () => {
    const clock = new FakeClock();
    const { done, cancel } = whenFramesCalm(clock);
    clock.frameAfter(16);
    cancel();
    expect(clock.waiting).toBe(0);
    expect(await resolved(done)).toBe(false);
  });
});
