import { describe, expect, it } from 'vitest';
import { eventsPanelPx, LANE_NAME_PADDING_PX } from './lane-column';

// A monospaced stand-in for the lanes' font: 8.4 px a character, so that widths have fractions to round.
const mono = (name: string) => name.length * 8.4;

describe('eventsPanelPx', () => {
  it('leaves the events the container less the widest lane name, its padding and the column border', () => {
    // "Russia–Ukraine" is 14 characters: 117.6 px, 127.6 with padding, drawn 128 px wide.
    expect(eventsPanelPx(942, ['India–Pakistan', 'Russia–Ukraine', 'USA'], mono)).toBe(942 - 128 - 1);
  });

  it('is set by the widest name, whichever lane it belongs to', () => {
    const names = ['A much longer lane name', 'Short'];
    expect(eventsPanelPx(600, names, mono)).toBe(eventsPanelPx(600, [...names].reverse(), mono));
    expect(eventsPanelPx(600, names, mono)).toBe(600 - Math.round(23 * 8.4 + LANE_NAME_PADDING_PX) - 1);
  });

  it('gives the whole width when there are no lanes, and never a negative width on a narrow screen', () => {
    expect(eventsPanelPx(375, [], mono)).toBe(375);
    expect(eventsPanelPx(100, ['A lane name far wider than this little timeline'], mono)).toBe(0);
  });
});
