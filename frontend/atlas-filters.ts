// The filter box under the toolbar: event types (checkboxes), source and least confidence. It
// reports what the reader picks; the map keeps the values.
import { html, nothing } from 'lit';
import { EVENT_TYPES } from './atlas-types';
import { formatNumber, t, typeLabel } from './atlas-i18n';
import { typesParam } from './atlas-view-state';

export interface FilterValues {
  /** The ticked type codes; empty = all ticked. */
  typeSet: Set<string>;
  source: string;
  minConfidence: number;
  /** Every source among the window's reports. */
  sources: string[];
}

export interface FilterChanges {
  types(types: string): void;
  source(source: string): void;
  minConfidence(value: number): void;
}

/** The type codes as a set; '' = none given (every type). */
export function typeSet(types: string): Set<string> {
  return new Set(types.split(',').map((s) => s.trim()).filter((s) => s));
}

export function renderFilters(v: FilterValues, on: FilterChanges) {
  const onType = (e: Event) => {
    const group = (e.target as HTMLElement).closest('.atlas-type-filters')!;
    const boxes = [...group.querySelectorAll<HTMLInputElement>('input')];
    on.types(typesParam(boxes.filter((b) => b.checked).map((b) => b.value), boxes.length));
  };
  return html`
    <fieldset class="atlas-filters" id="atlas-filters">
      <legend>${t('web.show')}</legend>
      <div class="atlas-type-filters" role="group" aria-label=${t('web.eventTypes')}>
        ${EVENT_TYPES.map((ty) => html`<label class="atlas-type-filter">
          <input type="checkbox" value=${ty.code} .checked=${v.typeSet.size === 0 || v.typeSet.has(ty.code)}
                 @change=${onType} />
          <span class="atlas-legend-swatch" style="background:${ty.color}"></span>${typeLabel(ty.code)}</label>`)}
      </div>
      <label class="atlas-control">${t('web.source')}
        <select class="atlas-source-filter" aria-label=${t('web.source')}
                @change=${(e: Event) => on.source((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!v.source}>${t('web.allSources')}</option>
          ${v.sources.map((s) => html`<option value=${s} ?selected=${s === v.source}>${s}</option>`)}
          ${v.source && !v.sources.includes(v.source) ? html`<option value=${v.source} selected>${v.source}</option>` : nothing}
        </select>
      </label>
      <label class="atlas-control">${t('web.confidenceAtLeast')}
        <input class="atlas-confidence-filter" type="range" min="0" max="1" step="0.1" .value=${String(v.minConfidence)}
               aria-label=${t('web.minConfidence')}
               @change=${(e: Event) => on.minConfidence(Number((e.target as HTMLInputElement).value))} />
        <output>${formatNumber(v.minConfidence, { style: 'percent' })}</output>
      </label>
    </fieldset>`;
}
