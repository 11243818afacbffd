/// <reference types="vite/client" />
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import './bench.css';
import { useDataset } from '../../src/features/dataset/api/get-dataset';
import { ContactsView } from '../../src/features/contacts/components/contacts-view';
import { prepareContacts } from '../../src/features/contacts/utils/contact-pairs';
import { CooperationLine } from '../../src/features/cooperation-line/components/cooperation-line';
import { TimelineView, type VisibleWindow } from '../../src/features/timeline';
import { dataUrl, nextPaint } from './bench-probe';
import { mountBenchPage } from './mount-bench-page';

type Win = VisibleWindow | null;

/**
 * The timeline with the cooperation line above it, and the contacts view, as the dashboard switches between them
 * (src/app/dashboard-view.tsx).
 * The line and the timeline take their windows separately, so each one's redraw on zoom is timed on its own.
 */
function Bench() {
  const dataset = useDataset(dataUrl('index.json'));
  // ?view=contacts opens on the contacts view, to look at it with many officials.
  const [view, setView] = useState<'timeline' | 'contacts'>(new URLSearchParams(location.search).get('view') === 'contacts' ? 'contacts' : 'timeline');
  const [timelineWin, setTimelineWin] = useState<Win>(null);
  const [lineWin, setLineWin] = useState<Win>(null);
  const events = useMemo(() => dataset.data?.events ?? [], [dataset.data]);
  const people = useMemo(() => new Map((dataset.data?.people ?? []).map((p) => [p.id, p])), [dataset.data]);
  // As the dashboard does: the contacts are worked out while the page is idle on the timeline (not with ?prepare=no,
  // to time a switch with nothing ready).
  useEffect(() => {
    if (view === 'contacts' || !events.length || new URLSearchParams(location.search).get('prepare') === 'no') return;
    const id = requestIdleCallback(() => { prepareContacts(events, people, null); }, { timeout: 3000 });
    return () => { cancelIdleCallback(id); };
  }, [view, events, people]);
  useEffect(() => {
    const timed = async (change: () => void) => {
      const t0 = performance.now();
      flushSync(change);
      await nextPaint();
      return performance.now() - t0;
    };
    Object.assign(window.bench, {
      async switchToContactsAndBack() {
        const there = await timed(() => { setView('contacts'); });
        const back = await timed(() => { setView('timeline'); });
        return { there, back };
      },
      lineWindow: (start: number, end: number) => timed(() => { setLineWin({ start: new Date(start), end: new Date(end) }); }),
      timelineWindow: (start: number, end: number) => timed(() => { setTimelineWin({ start: new Date(start), end: new Date(end) }); }),
    });
  }, []);
  if (!dataset.data) return <p>{dataset.isError ? String(dataset.error) : 'Loading…'}</p>;
  return (
    <main className="p-4">
      {view === 'contacts' && <ContactsView events={events} people={people} window={null} officials={[]} onFilterOfficial={() => undefined} onSelectEvent={() => undefined} />}
      {/* As in the dashboard: the timeline stays mounted, hidden, under the contacts view. */}
      <div className={view === 'contacts' ? 'invisible h-0 overflow-hidden' : ''}>
        <CooperationLine events={events} window={lineWin} />
        <TimelineView events={events} people={dataset.data.people} lanes="conflict" selectedId={null} onSelect={() => undefined} window={timelineWin} onWindowChange={() => undefined} />
      </div>
    </main>
  );
}

mountBenchPage(<Bench />);
