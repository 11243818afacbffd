import { useEffect, useState } from 'react';

/**
 * False for the first render, true once the browser has painted the frame that render produced. Parts of the first
 * view that can wait a frame (the filters' lists, the export buttons, the cooperation line) render their placeholder
 * until then, so loading and drawing them does not hold back the first events on the timeline.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before that frame is painted; a task queued from it runs after the paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => { setPainted(true); }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
