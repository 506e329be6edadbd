// Water names fitted around the place names: place labels are laid out first (atlas-labels.ts, larger
// places win); then each water name, seas and reservoirs before rivers, takes the first of its
// candidate points (along the river, around the reservoir's shore) where it is wholly in the view and
// overlaps no place name and no water name already placed. One with no such point is hidden; one
// wholly off the view stays where it is (nobody sees it). Boxes are computed from each name's size,
// measured once, so trying points costs no layout.
import type * as L from 'leaflet';
import { Box, overlaps } from './atlas-label-layout';

/** A water name and the points it may stand on, best first. */
export interface WaterName {
  marker: L.Marker;
  candidates: L.LatLng[];
}

/** Fired on the map by the place labels after each layout, so the water names make way. */
export const PLACES_DRAWN = 'atlas-places-drawn';

/** Points spread along a line, from its middle outwards: where a river's name may stand. */
export function alongLine(line: L.LatLng[], count = 15): L.LatLng[] {
  if (line.length === 0) {
    return [];
  }
  const order = [0.5];
  for (let k = 1; order.length < count; k++) {
    const d = k / (count + 1);
    order.push(0.5 - d, 0.5 + d);
  }
  return order.filter((f) => f > 0 && f < 1).slice(0, count)
    .map((f) => line[Math.min(line.length - 1, Math.floor(f * line.length))]);
}

/** The ring point nearest the centre first, then points spread around the shore. */
export function aroundRing(ring: L.LatLng[], nearest: L.LatLng, count = 12): L.LatLng[] {
  const step = Math.max(1, Math.floor(ring.length / count));
  const spread = ring.filter((_, i) => i % step === 0);
  return [nearest, ...spread];
}

/** Whether box {@code b} lies wholly inside {@code v} / wholly outside it. */
function inside(b: Box, v: Box): boolean {
  return b.left >= v.left && b.right <= v.right && b.top >= v.top && b.bottom <= v.bottom;
}

function outside(b: Box, v: Box): boolean {
  return b.right < v.left || b.left > v.right || b.bottom < v.top || b.top > v.bottom;
}

/**
 * Places each water name (in the order given) at its first free candidate; {@code placed}: boxes
 * (page coordinates) already taken, the place names. Returns how many names were hidden.
 */
export function fitWaterNames(map: L.Map, names: WaterName[], placed: Box[]): number {
  const view = map.getContainer().getBoundingClientRect();
  const taken = [...placed];
  let hidden = 0;
  for (const name of names) {
    const span = name.marker.getElement()?.firstElementChild as HTMLElement | null | undefined;
    if (!span || name.candidates.length === 0) {
      continue;
    }
    span.style.visibility = '';
    const size = span.getBoundingClientRect();
    const boxAt = (at: L.LatLng): Box => {
      const p = map.latLngToContainerPoint(at);
      const x = view.left + p.x;
      const y = view.top + p.y; // the span centres itself on its point (CSS)
      return { left: x - size.width / 2, right: x + size.width / 2, top: y - size.height / 2, bottom: y + size.height / 2 };
    };
    const free = name.candidates.find((c) => {
      const b = boxAt(c);
      return inside(b, view) && !taken.some((t) => overlaps(t, b));
    });
    if (free) {
      name.marker.setLatLng(free);
      taken.push(boxAt(free));
    } else if (!outside(boxAt(name.candidates[0]), view)) {
      span.style.visibility = 'hidden'; // in view but no room anywhere along it: unnamed here
      hidden++;
    } else {
      name.marker.setLatLng(name.candidates[0]);
    }
  }
  return hidden;
}
