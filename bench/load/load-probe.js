/* global window, document, innerHeight, innerWidth, requestAnimationFrame */
// Injected before any page script (by the DevTools protocol, so the app's CSP does not apply): records, from
// navigation start, when the first timeline item is drawn at all and when one is drawn inside the first screen,
// and every long task until then.
(() => {
  const probe = (window.__load = { firstItem: null, firstInScreen: null, longTasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (probe.firstInScreen === null) probe.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const check = (now) => {
    const items = document.querySelectorAll('.vis-item .vis-item-content');
    for (const el of items) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (probe.firstItem === null) probe.firstItem = now;
      const inScreen = window.scrollY === 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.left < innerWidth;
      if (inScreen) {
        probe.firstInScreen = now;
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
