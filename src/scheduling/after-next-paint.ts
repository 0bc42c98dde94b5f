/**
 * Runs `run` once the browser has produced its next frame, and returns a function that cancels
 * it. A task queued from requestAnimationFrame runs after that frame's style, layout and paint,
 * so work put there never delays the frame that shows what just changed.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
