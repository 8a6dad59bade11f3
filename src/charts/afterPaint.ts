/**
 * Runs `task` once the frame that is about to be drawn has been painted and the next frame has begun:
 * requestAnimationFrame fires just before a paint, so the second one marks the first frame as shown,
 * and the timeout queued from it runs after the second frame's own rendering. Returns a cancel function.
 * Charts draw this way so that Plotly's work never sits between an edit and its numbers on screen.
 */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(task, 0);
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
