// The place search in the map's toolbar: the gazetteer's places as the reader types (GET
// /api/places), Enter flies to the first, Escape closes the list.
import { html, nothing } from 'lit';
import type * as L from 'leaflet';
import type { PlaceHit } from './atlas-model';
import { isUkrainian, kindLabel, t } from './atlas-i18n';

const DEBOUNCE_MS = 150;

/** The zoom a place is shown at: close for a town, wider for a region or a river. */
export function placeZoom(kind: string): number {
  return kind === 'settlement' || kind === 'facility' || kind === 'island' ? 10 : 7;
}

/** The gazetteer's Ukrainian name in a Ukrainian UI where it has one. */
export function placeName(p: PlaceHit, ukrainian = isUkrainian()): string {
  return (ukrainian && p.nameUk) || p.name;
}

function placeDetail(p: PlaceHit): string {
  return p.where === undefined ? p.detail : [kindLabel(p.kind), p.where].filter((x) => x).join(' · ');
}

/** Holds the query and the hits; the map renders it in its toolbar and re-renders when asked. */
export class PlaceSearch {
  private hits: PlaceHit[] = [];
  private query = '';
  private timer?: number;

  constructor(private readonly host: { requestUpdate(): void }, private readonly apiBase: () => string,
              private readonly map: () => L.Map | undefined) {
  }

  render() {
    return html`
      <div class="atlas-search" role="search">
        <input class="atlas-search-input" type="search" placeholder=${t('web.searchPlaceholder')} aria-label=${t('web.search')}
               autocomplete="off" .value=${this.query} @input=${this.onInput} @keydown=${this.onKey}
               aria-controls="atlas-search-results" aria-expanded=${this.hits.length > 0 ? 'true' : 'false'} />
        ${this.hits.length === 0 ? nothing : html`
          <ul class="atlas-search-results" id="atlas-search-results" role="listbox" aria-label=${t('web.places')}>
            ${this.hits.map((p) => html`<li role="option" aria-selected="false">
              <button class="atlas-search-hit" @click=${() => this.flyTo(p)}>
                <strong>${placeName(p)}</strong> <span>${placeDetail(p)}</span></button></li>`)}
          </ul>`}
      </div>`;
  }

  private setHits(hits: PlaceHit[]) {
    this.hits = hits;
    this.host.requestUpdate();
  }

  private onInput = (e: Event) => {
    this.query = (e.target as HTMLInputElement).value;
    this.host.requestUpdate();
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.search(), DEBOUNCE_MS);
  };

  private onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && this.hits.length > 0) {
      e.preventDefault();
      this.flyTo(this.hits[0]);
    } else if (e.key === 'Escape') {
      this.setHits([]);
    }
  };

  private async search() {
    const q = this.query.trim();
    if (q.length < 2) {
      this.setHits([]);
      return;
    }
    try {
      const params: Record<string, string> = { q, limit: '8' };
      if (isUkrainian()) {
        params.lang = 'uk';
      }
      const response = await fetch(`${this.apiBase()}/places?${new URLSearchParams(params)}`);
      this.setHits(response.ok ? ((await response.json()).places as PlaceHit[]) : []);
    } catch {
      this.setHits([]);
    }
  }

  private flyTo(p: PlaceHit) {
    this.map()?.flyTo([p.lat, p.lon], placeZoom(p.kind), { duration: 0.8 });
    this.query = placeName(p);
    this.setHits([]);
  }
}
