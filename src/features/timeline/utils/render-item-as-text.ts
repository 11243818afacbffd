import type { TimelineItem } from './to-timeline-items';

/**
 * Article text must never be parsed as HTML: every label goes in through textContent. The element is focusable
 * and named for assistive technology; `data-event-id` ties it back to its event.
 */
export function renderItemAsText(item: TimelineItem): HTMLElement {
  const el = document.createElement('span');
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', item.view.accessibleName);
  el.className = 'tl-label';
  if (item.view.kind === 'cluster') {
    el.dataset.cluster = item.id;
    el.textContent = `${item.view.count}`;
    return el;
  }
  el.dataset.eventId = item.view.eventId;
  if (!item.view.exact) {
    const mark = document.createElement('span');
    mark.className = 'tl-uncertain-mark';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '≈ ';
    el.append(mark);
  }
  const text = document.createElement('span');
  text.textContent = item.view.label;
  el.append(text);
  return el;
}

/** vis-timeline also calls this with null, for the unlabelled group it makes when groups are removed (on destroy). */
export function renderLaneAsText(lane: { label: string } | null): HTMLElement {
  const el = document.createElement('span');
  el.textContent = lane?.label ?? '';
  return el;
}

/**
 * The tooltip vis-timeline shows over an event (its `tooltip.template`): built as DOM nodes with textContent, so the
 * summary, which is article text, is never parsed as HTML. Clusters have none: their label says what they hold.
 */
export function renderTooltipAsText(item: TimelineItem): HTMLElement | '' {
  if (item.view.kind !== 'event') return '';
  const { title, date, summary } = item.view.tooltip;
  const el = document.createElement('div');
  el.className = 'tl-tooltip';
  el.setAttribute('role', 'tooltip');
  const heading = document.createElement('strong');
  heading.textContent = title;
  const when = document.createElement('span');
  when.className = 'tl-tooltip-date';
  when.textContent = date;
  el.append(heading, when);
  if (summary) {
    const what = document.createElement('q');
    what.textContent = summary;
    el.append(what);
  }
  return el;
}
