/* global vis, document */
// Draws data/events.json with vis-timeline's standalone build and default options.
fetch('data/events.json')
  .then((r) => r.json())
  .then((data) => {
    const DAY = 86400000;
    const items = new vis.DataSet(
      data.events.map((ev) => ({
        id: ev.id,
        content: ev.title,
        start: ev.date.start,
        end: ev.date.start === ev.date.end ? undefined : new Date(Date.parse(ev.date.end) + DAY),
      })),
    );
    new vis.Timeline(document.getElementById('timeline'), items, {});
  });
