// Tours: a teacher's sequence of stops, each a date, window and view with a note. The note box has
// previous/next buttons; the arrow keys (and PageUp/PageDown, for presenters' clickers) step too.
import { html, nothing } from 'lit';
import { formatNumber, t } from './atlas-i18n';

/** One stop of a tour: a date, window and view, with the teacher's note. */
export interface TourStop {
  date: string;
  window: number;
  lat: number | null;
  lon: number | null;
  zoom: number | null;
  note: string;
}

export interface Tour {
  name: string;
  stops: TourStop[];
}

export function renderTourNote(tour: Tour | null, index: number, goTo: (index: number) => void) {
  const stop = tour?.stops[index];
  if (!tour || !stop) {
    return nothing;
  }
  return html`
    <div class="atlas-tour-note" role="note" aria-live="polite">
      <div class="atlas-tour-title">${t('web.tourStop', tour.name, formatNumber(index + 1), formatNumber(tour.stops.length))}</div>
      <p>${stop.note}</p>
      <div class="atlas-tour-buttons">
        <button class="atlas-tour-prev" ?disabled=${index === 0} @click=${() => goTo(index - 1)}>${t('web.previous')}</button>
        <button class="atlas-tour-next" ?disabled=${index >= tour.stops.length - 1} @click=${() => goTo(index + 1)}>${t('web.next')}</button>
      </div>
    </div>`;
}

/** The step a key asks for (+1, -1), or 0; never while typing in a field. */
export function tourStep(e: KeyboardEvent): number {
  if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) {
    return 0;
  }
  return e.key === 'ArrowRight' || e.key === 'PageDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'PageUp' ? -1 : 0;
}
