export { TimelineView } from './components/timeline-view';
export { TimelineLegend } from './components/timeline-legend';
export type { LaneMode, TimelineViewProps, VisibleWindow } from './types';
