// What the map asks the API for a time window: the reports (whole map first; for the view only when
// the whole map holds too many), else server-counted grid cells; and the per-day histogram.
import type * as L from 'leaflet';
import type { EventFeature } from './atlas-model';
import type { DayCount } from './atlas-timebar';
import { toDay } from './atlas-dates';
import { GridCollection, viewBbox } from './atlas-grid';
import { t } from './atlas-i18n';
import { NO_TYPES } from './atlas-view-state';

export interface WindowQuery {
  from: string;
  to: string;
  /** Type codes as in the address: '' = all. */
  types: string;
  /** The most reports drawn one by one. */
  limit: number;
}

/** Either single reports or grid cells; {@code inView}: counted for the view, not the whole map. */
export type WindowAnswer =
  | { inView: boolean; features: EventFeature[]; grid?: undefined }
  | { inView: boolean; features?: undefined; grid: GridCollection };

/**
 * Up to {@code q.limit} reports come one by one, for the whole map. Beyond that the server sends
 * only the count (truncated), and the map asks again for the view: single reports if the view holds
 * few enough, else grid cells. {@code viewOnly} skips the whole-map question after a pan or zoom;
 * {@code onViewBbox} hears the view box asked for.
 */
export async function fetchWindow(apiBase: string, map: L.Map, q: WindowQuery, viewOnly: boolean,
                                  abort: AbortController, onViewBbox: (bbox: string) => void): Promise<WindowAnswer> {
  const query: Record<string, string> = { from: q.from, to: q.to, limit: String(q.limit) };
  if (q.types) {
    query.type = q.types;
  }
  let data = viewOnly ? undefined : await getJson(apiBase, 'events', query, abort);
  const inView = !data || data.truncated;
  if (inView) {
    const bbox = viewBbox(map);
    onViewBbox(bbox);
    data = await getJson(apiBase, 'events', { ...query, bbox }, abort);
  }
  if (!data.truncated) {
    return { inView, features: data.features as EventFeature[] };
  }
  const gridQuery: Record<string, string> = { from: q.from, to: q.to, bbox: viewBbox(map), zoom: String(Math.floor(map.getZoom())) };
  if (q.types) {
    gridQuery.type = q.types;
  }
  return { inView, grid: await getJson(apiBase, 'events/grid', gridQuery, abort) as GridCollection };
}

async function getJson(apiBase: string, path: string, params: Record<string, string>, abort: AbortController) {
  const response = await fetch(`${apiBase}/${path}?${new URLSearchParams(params)}`, { signal: abort.signal });
  if (!response.ok) {
    throw new Error(t('web.serverAnswered', response.status));
  }
  return response.json();
}

/** Reports per day for these types; [] when every type is unticked, null when the API is unreachable. */
export async function fetchHistogram(apiBase: string, types: string): Promise<DayCount[] | null> {
  if (types === NO_TYPES) {
    return [];
  }
  const params = new URLSearchParams();
  if (types) {
    params.set('type', types);
  }
  try {
    const response = await fetch(`${apiBase}/histogram?${params}`);
    if (response.ok) {
      const data = await response.json();
      return (data.days as [string, number][]).map(([d, n]) => [toDay(d), n]);
    }
  } catch (e) {
    console.warn('histogram unavailable', e);
  }
  return null;
}
