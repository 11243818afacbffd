/* global window, document, innerHeight, innerWidth, requestAnimationFrame */
// Injected before any page script (by the DevTools protocol, so the app's CSP does not apply): records, from
// navigation start, when the first timeline item is drawn at all and when one is drawn inside the first screen,
// and every long task until then. Each frame's callback looks for the items; the time taken is that of the task
// right after the frame, when the frame that shows the item has been painted (a frame callback's own timestamp is the
// frame's start, which may lie before the end of a long task that added the items, so it flattered long tasks).
(() => {
  const probe = (window.__load = { firstItem: null, firstInScreen: null, longTasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (probe.firstInScreen === null) probe.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const afterPaint = (record) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { record(performance.now()); };
    channel.port2.postMessage(null);
  };
  let sawItem = false;
  const check = () => {
    const items = document.querySelectorAll('.vis-item .vis-item-content');
    for (const el of items) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (!sawItem) {
        sawItem = true;
        afterPaint((t) => { probe.firstItem = t; });
      }
      const inScreen = window.scrollY === 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.left < innerWidth;
      if (inScreen) {
        afterPaint((t) => { probe.firstInScreen = t; });
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
