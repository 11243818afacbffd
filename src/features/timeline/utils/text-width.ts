/** One canvas for every measure, made on the first one (not while the timeline is built). */
let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * Widths of text as drawn in a CSS font ("italic 600 13px system-ui, sans-serif"), measured on a canvas: no layout
 * of the page, so labels and lane names can be measured before vis-timeline draws them. Null where there is no canvas
 * (the caller estimates from the text's length).
 */
export function textWidthIn(font: string): ((text: string) => number) | null {
  canvas ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const ctx = canvas;
  if (!ctx) return null;
  return (text) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}
