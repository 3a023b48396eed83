// A classic script in index.html's head (tools/vite-canvas-channel.ts), run before the page
// presents its first frame. The first 2D canvas a page draws makes the renderer set up its
// shared GPU context: a synchronous call that the GPU process answers only after the work
// queued before it. Left to the stand-in map's canvas (src/ui/svg-raster.ts), it came in
// React's first commit, while the page's first frames were being presented; where WebGL
// runs in software that blocked the commit for 46–83 ms (traces at 3840×2160 and
// 1920×1080). Made here, while the GPU process is idle, it takes a few milliseconds.
// The canvas is of the stand-in's kind (willReadFrequently, as svg-raster.ts asks), so the
// set-up made here is the one that canvas would otherwise wait for.
(function () {
  var canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  var ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (ctx) ctx.fillRect(0, 0, 1, 1);
})();
