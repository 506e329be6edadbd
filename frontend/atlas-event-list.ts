import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { typeStyle } from './atlas-types';
import { formatNumber, formatSpan, t } from './atlas-i18n';
import type { EventFeature } from './atlas-model';

const MAX_ITEMS = 500;

/**
 * The reports of the window as a list: the accessible alternative to the map. Hovering or focusing
 * an item highlights its marker; choosing one opens it. Lit escapes every text it renders.
 */
@customElement('atlas-event-list')
export class AtlasEventList extends LitElement {
  @property({ attribute: false }) events: EventFeature[] = [];
  @property({ type: Number }) selected = 0;
  @property({ type: Number }) highlighted = 0;

  protected createRenderRoot() {
    return this;
  }

  render() {
    const newestFirst = [...this.events].sort((a, b) =>
      b.properties.date.localeCompare(a.properties.date) || b.id - a.id);
    const shown = newestFirst.slice(0, MAX_ITEMS);
    return html`
      <h2 class="atlas-list-title" id="atlas-list-title">${t('web.listTitle')}</h2>
      ${shown.length === 0 ? html`<p class="atlas-list-empty">${t('web.listEmpty')}</p>` : nothing}
      <ol class="atlas-list" aria-labelledby="atlas-list-title">
        ${repeat(shown, (f) => f.id, (f) => {
          const p = f.properties;
          const style = typeStyle(p.type);
          return html`
            <li class="atlas-list-item ${f.id === this.selected ? 'is-selected' : ''} ${f.id === this.highlighted ? 'is-highlighted' : ''}"
                data-event-id=${f.id}>
              <button class="atlas-list-button" aria-current=${f.id === this.selected ? 'true' : 'false'}
                      @click=${() => this.emit('atlas-select', f.id)}
                      @mouseenter=${() => this.emit('atlas-highlight', f.id)}
                      @mouseleave=${() => this.emit('atlas-highlight', 0)}
                      @focus=${() => this.emit('atlas-highlight', f.id)}>
                <span class="atlas-list-swatch" style="background:${style.color}"></span>
                <span class="atlas-list-text">
                  <span class="atlas-list-head"><strong>${p.place}</strong> · ${style.label}</span>
                  <span class="atlas-list-date">${formatSpan(p.date, p.dateEnd)}${p.source ? ` · ${p.source}` : ''}</span>
                  <span class="atlas-list-summary">${p.summary}</span>
                </span>
              </button>
            </li>`;
        })}
      </ol>
      ${newestFirst.length > MAX_ITEMS
        ? html`<p class="atlas-list-more">${t('web.listMore', formatNumber(newestFirst.length - MAX_ITEMS))}</p>`
        : nothing}
    `;
  }

  /** Brings an item into view when its marker is hovered on the map. */
  reveal(id: number) {
    this.querySelector(`[data-event-id="${id}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  private emit(name: string, id: number) {
    this.dispatchEvent(new CustomEvent(name, { detail: { id }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-event-list': AtlasEventList;
  }
}
