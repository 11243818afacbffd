// The constants' own module, not the schema index, so the timeline does not pull zod into the page bundle.
import { EVENT_TYPES, EVENT_TYPE_IDS, type EventType } from '../../../shared/schema/event-types';
import { EVENT_TYPE_COLOURS } from '../utils/event-type-colours';

/** What the colours and shapes on the timeline mean: one swatch per event type shown, and exact versus uncertain dates. */
export function TimelineLegend({ types }: { types: ReadonlySet<EventType> }) {
  return (
    <section aria-labelledby="timeline-legend-title" className="text-sm">
      <h2 id="timeline-legend-title" className="mb-1 font-semibold">
        Legend
      </h2>
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {EVENT_TYPE_IDS.filter((t) => types.has(t)).map((type) => {
          const c = EVENT_TYPE_COLOURS[type];
          return (
            <li key={type} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm border-2" style={{ borderColor: c.stroke, backgroundColor: c.tint }} />
              {EVENT_TYPES[type].label}
            </li>
          );
        })}
      </ul>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-6 rounded-sm border-2 border-slate-500 bg-slate-200" />
          Exact date: a box over its day
        </li>
        <li className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-10 rounded-sm border-2 border-dashed border-slate-500 bg-slate-200"
            style={{ backgroundImage: 'repeating-linear-gradient(135deg, transparent 0 4px, rgb(255 255 255 / 0.6) 4px 8px)' }}
          />
          ≈ Uncertain date: a dashed range over every day it may fall on
        </li>
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-6 rounded-sm bg-blue-800" />
          Number: events grouped at this zoom
        </li>
      </ul>
    </section>
  );
}
