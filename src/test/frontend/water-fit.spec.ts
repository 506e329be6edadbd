import { describe, expect, it } from 'vitest';
import type * as L from 'leaflet';
import { alongLine, fitWaterNames, WaterName } from '../../../frontend/atlas-water-fit';
import type { Box } from '../../../frontend/atlas-label-layout';

// A map whose container point of a LatLng is (lng, lat) in a 400×300 view at the page's origin.
const map = {
  getContainer: () => ({ getBoundingClientRect: () => ({ left: 0, top: 0, right: 400, bottom: 300 }) }),
  latLngToContainerPoint: (p: L.LatLng) => ({ x: p.lng, y: p.lat }),
} as unknown as L.Map;

const at = (x: number, y: number) => ({ lat: y, lng: x }) as L.LatLng;

/** A 40×12 water name that may stand at {@code points}; where it ended up and whether it is hidden. */
function name(...points: L.LatLng[]) {
  const span = { style: { visibility: '' }, getBoundingClientRect: () => ({ width: 40, height: 12 }) };
  const state = { at: points[0], span };
  const marker = {
    getElement: () => ({ firstElementChild: span }),
    setLatLng: (p: L.LatLng) => { state.at = p; },
  } as unknown as L.Marker;
  return { name: { marker, candidates: points } as WaterName, state };
}

const place = (left: number, top: number): Box => ({ left, top, right: left + 60, bottom: top + 14 });

describe('fitWaterNames', () => {
  it('moves a water name off a place name to its next free point', () => {
    const river = name(at(100, 100), at(250, 200));
    expect(fitWaterNames(map, [river.name], [place(70, 90)])).toBe(0);
    expect(river.state.at).toEqual(at(250, 200));
    expect(river.state.span.style.visibility).toBe('');
  });

  it('keeps two water names apart: the first placed wins its point', () => {
    const sea = name(at(100, 100));
    const river = name(at(105, 102), at(300, 50));
    fitWaterNames(map, [sea.name, river.name], []);
    expect(sea.state.at).toEqual(at(100, 100));
    expect(river.state.at).toEqual(at(300, 50));
  });

  it('hides a name in view with no free point, and leaves one wholly off the view alone', () => {
    const crowded = name(at(100, 100));
    const away = name(at(900, 900));
    expect(fitWaterNames(map, [crowded.name, away.name], [place(70, 90)])).toBe(1);
    expect(crowded.state.span.style.visibility).toBe('hidden');
    expect(away.state.span.style.visibility).toBe('');
  });

  it('does not stand a name half out of the view', () => {
    const edge = name(at(390, 100), at(200, 100));
    fitWaterNames(map, [edge.name], []);
    expect(edge.state.at).toEqual(at(200, 100));
  });
});

describe('alongLine', () => {
  it('tries the middle of the river first, then points outwards', () => {
    const line = Array.from({ length: 100 }, (_, i) => at(i, 0));
    const points = alongLine(line, 5);
    expect(points[0]).toEqual(at(50, 0));
    expect(points).toHaveLength(5);
    expect(new Set(points.map((p) => p.lng)).size).toBe(5);
  });
});
