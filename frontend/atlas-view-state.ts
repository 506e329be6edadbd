// The map view in the address bar, so a link reopens the same view. ViewState.java reads what this
// writes; both are tested against src/test/resources/viewstate-cases.json.

/** What the reader's map keeps in the address. */
export interface MapViewState {
  date: string;
  windowDays: number;
  /** Comma-separated type codes; '' = every type (no filter), 'none' = every type unticked. */
  types: string;
  source: string;
  minConfidence: number;
  /** The open event; 0 = none. */
  selected: number;
  speed: number;
  /** Tours: the stop shown, counted from 0; null outside a tour. */
  tourStop: number | null;
  /** Map centre and zoom; null before the map exists. */
  center: { lat: number; lon: number; zoom: number } | null;
}

/** The one spelling of "every type unticked"; no filter at all is no `types` parameter. */
export const NO_TYPES = 'none';

/**
 * Writes the view into {@code params}, leaving other parameters (lang, to, …) alone. Defaults
 * (no filter, no event, speed 1) are left out so links stay short.
 */
export function writeViewState(params: URLSearchParams, v: MapViewState): void {
  const set = (key: string, value: string | null) => {
    if (value === null || value === '') {
      params.delete(key);
    } else {
      params.set(key, value);
    }
  };
  set('date', v.date);
  set('window', String(v.windowDays));
  set('types', v.types);
  set('source', v.source);
  set('conf', v.minConfidence ? String(v.minConfidence) : null);
  set('event', v.selected ? String(v.selected) : null);
  set('speed', v.speed !== 1 ? String(v.speed) : null);
  if (v.tourStop !== null) {
    set('stop', String(v.tourStop + 1));
  }
  if (v.center) {
    set('lat', v.center.lat.toFixed(4));
    set('lon', v.center.lon.toFixed(4));
    set('zoom', String(v.center.zoom));
  }
}

/**
 * The type filter for the ticked boxes: all ticked is no filter; none ticked shows nothing, which
 * the server would read as "all", so it gets its own word.
 */
export function typesParam(checked: string[], total: number): string {
  return checked.length === total ? '' : checked.length === 0 ? NO_TYPES : checked.join(',');
}
