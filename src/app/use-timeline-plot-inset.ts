import { useEffect, useState, type RefObject } from 'react';

export interface PlotInset {
  left: number;
  right: number;
}

/**
 * Where vis-timeline draws time inside the box around it: after the lanes' label column, before its right border.
 * The cooperation line above draws its days in the same columns. Read from vis-timeline's own centre panel (the one
 * place the app looks inside the widget), again whenever the box or the panel changes size.
 */
export function useTimelinePlotInset(box: RefObject<HTMLElement | null>, active: boolean): PlotInset | null {
  const [inset, setInset] = useState<PlotInset | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || !active) return;
    const ro = new ResizeObserver(() => {
      const centre = el.querySelector('.vis-panel.vis-center');
      if (!centre) return;
      const a = el.getBoundingClientRect();
      const c = centre.getBoundingClientRect();
      if (!a.width) return;
      const next = { left: Math.round(c.left - a.left), right: Math.round(a.right - c.right) };
      setInset((prev) => (prev?.left === next.left && prev.right === next.right ? prev : next));
    });
    ro.observe(el);
    const centre = el.querySelector('.vis-panel.vis-center');
    if (centre) ro.observe(centre);
    return () => { ro.disconnect(); };
  }, [box, active]);
  return inset;
}
