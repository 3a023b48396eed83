/**
 * Waits until the page's frames are on screen before the WebGL map is made. Creating a
 * WebGL context is a synchronous call that the GPU process answers only after the work
 * queued before it. Where WebGL runs in software (SwiftShader, llvmpipe, remote desktops),
 * presenting one frame of the page costs that process about 100 ms at 1920×1080 and about
 * 400 ms at 3840×2160. Made right after the interface's first render, the map's context
 * blocked the main thread for 120–390 ms (bench: "WebGL context … took"). Made once
 * those frames are out, it takes 15–35 ms and the map is idle no later: the wait is spent
 * with the page answering input instead of blocked.
 *
 * The sign that no frame is waiting: frames arriving at the display's own pace again,
 * several in a row. While the GPU process is behind, the compositor holds each next frame
 * back until the one before it is presented, so they arrive hundreds of ms apart.
 */

/**
 * Frame intervals in a row, each short, that show no frame is held back. Two were enough
 * while React drew the map's stand-in itself; with the first paint's drawing kept instead
 * (ui/FirstPaint.tsx), frames come at the display's pace again while the GPU process is
 * still busy, and after two the context took 120–190 ms in 4 of 10 loads (bench, 1920×1080;
 * longest task 223 ms). After four: 30 ms median, longest task 140 ms at worst (92 at
 * 3840×2160), first idle about 20 ms later (probe, 12 loads each).
 */
export const CALM_FRAMES = 4;
/** A 30 Hz display's interval (many 4K televisions run at 30 Hz), with room; a held-back frame takes longer. */
export const CALM_INTERVAL_MS = 40;
/** The map starts after this long whatever the frames do (a busy machine, a hidden tab). */
export const CALM_MAX_WAIT_MS = 1000;

/** The browser's frame callbacks and timers, apart so that tests can drive them. */
export interface FrameClock {
  requestFrame(callback: (time: number) => void): number;
  cancelFrame(id: number): void;
  setTimer(callback: () => void, ms: number): number;
  clearTimer(id: number): void;
}

const browserClock: FrameClock = {
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (id) => cancelAnimationFrame(id),
  setTimer: (callback, ms) => window.setTimeout(callback, ms),
  clearTimer: (id) => window.clearTimeout(id),
};

/** Resolves `done` once the frames are calm (or after CALM_MAX_WAIT_MS); `cancel` stops watching. */
export function whenFramesCalm(clock: FrameClock = browserClock): { done: Promise<void>; cancel: () => void } {
  let frame = 0;
  let timer = 0;
  const stop = () => {
    clock.cancelFrame(frame);
    clock.clearTimer(timer);
  };
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = () => {
      stop();
      resolve();
    };
  });
  let last: number | null = null;
  let calm = 0;
  const tick = (time: number) => {
    if (last !== null) calm = time - last <= CALM_INTERVAL_MS ? calm + 1 : 0;
    last = time;
    if (calm >= CALM_FRAMES) finish();
    else frame = clock.requestFrame(tick);
  };
  frame = clock.requestFrame(tick);
  timer = clock.setTimer(finish, CALM_MAX_WAIT_MS);
  return { done, cancel: stop };
}
