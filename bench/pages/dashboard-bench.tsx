/// <reference types="vite/client" />
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import './bench.css';
import { useDataset } from '../../src/features/dataset/api/get-dataset';
import { TimelineLegend, TimelineView, type LaneMode, type VisibleWindow } from '../../src/features/timeline';
import { dataUrl, markClickDone, nextPaint } from './bench-probe';
import { mountBenchPage } from './mount-bench-page';

/** The timeline feature as the dashboard mounts it, with a conflict filter and a minimal detail panel. */
function Bench() {
  const dataset = useDataset(dataUrl('index.json'));
  const [conflict, setConflict] = useState<string | null>(null);
  const [win, setWin] = useState<VisibleWindow | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [lanes, setLanes] = useState<LaneMode>((new URLSearchParams(location.search).get('lanes') as LaneMode | null) ?? 'none');
  const events = useMemo(() => (dataset.data?.events ?? []).filter((e) => conflict === null || e.conflict === conflict), [dataset.data, conflict]);
  const selected = useMemo(() => events.find((e) => e.id === selectedId), [events, selectedId]);
  useEffect(() => {
    if (selected) markClickDone();
  }, [selected]);
  useEffect(() => {
    Object.assign(window.bench, {
      async filter(c: string | null) {
        const t0 = performance.now();
        flushSync(() => { setConflict(c); });
        await nextPaint();
        return performance.now() - t0;
      },
      async zoomTo(start: number, end: number) {
        flushSync(() => { setWin({ start: new Date(start), end: new Date(end) }); });
        await nextPaint();
      },
      async zoomOut() {
        const t0 = performance.now();
        flushSync(() => { setWin(null); });
        await nextPaint();
        return performance.now() - t0;
      },
      async validateOnMainThread() {
        const { datasetSchema } = await import('../../src/shared/schema/dataset');
        const t0 = performance.now();
        datasetSchema.parse(dataset.data);
        return performance.now() - t0;
      },
    });
  }, [dataset.data]);
  if (!dataset.data) return <p>{dataset.isError ? String(dataset.error) : 'Loading…'}</p>;
  return (
    <main className="p-4">
      <label>
        Lanes{' '}
        <select value={lanes} onChange={(e) => { setLanes(e.target.value as LaneMode); }}>
          {['none', 'conflict', 'country', 'official'].map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <TimelineView events={events} people={dataset.data.people} lanes={lanes} selectedId={selectedId} onSelect={setSelectedId} window={win} onWindowChange={setWin} />
      <aside aria-label="Event detail">{selected ? <h2>{selected.title}</h2> : <p>No event selected</p>}</aside>
      <TimelineLegend types={new Set(events.map((e) => e.type))} />
    </main>
  );
}

mountBenchPage(<Bench />);
