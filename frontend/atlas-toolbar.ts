// The map's toolbar (reader and present modes): place search, the filter and list toggles, the
// present link (reader) or full screen (present), and the language switch.
import { html, TemplateResult } from 'lit';
import { isUkrainian, t } from './atlas-i18n';

export interface ToolbarState {
  search: TemplateResult;
  filtersOpen: boolean;
  listOpen: boolean;
  /** Some filter is set: the Filters button gets a dot. */
  filtered: boolean;
  /** Reader mode links to present mode; present mode offers full screen instead. */
  reader: boolean;
}

export function renderToolbar(host: HTMLElement, s: ToolbarState, toggleFilters: () => void, toggleList: () => void) {
  return html`
    <div class="atlas-toolbar" role="toolbar" aria-label=${t('web.toolbar')}>
      ${s.search}
      <button class="atlas-filters-toggle" aria-expanded=${s.filtersOpen ? 'true' : 'false'}
              aria-controls="atlas-filters" @click=${toggleFilters}>
        ${t('web.filters')}${s.filtered ? ' •' : ''}</button>
      <button class="atlas-list-toggle" aria-expanded=${s.listOpen ? 'true' : 'false'}
              @click=${toggleList}>${t('web.list')}</button>
      ${s.reader ? html`<a class="atlas-present-link" href=${presentHref()}>${t('web.present')}</a>` : html`
        <button class="atlas-fullscreen" @click=${() => toggleFullscreen(host)} aria-label=${t('web.fullScreen')}>⛶ ${t('web.fullScreen')}</button>`}
      ${renderLanguageSwitch(isUkrainian() ? 'uk' : 'en')}
    </div>`;
}

function presentHref(): string {
  return `/present${new URL(window.location.href).search}`;
}

async function toggleFullscreen(host: HTMLElement) {
  if (document.fullscreenElement) {
    await document.exitFullscreen();
  } else {
    await host.requestFullscreen().catch(() => undefined);
  }
}

/** УКР / ENG: reloads this very view (the whole address kept) in the other language. */
export function renderLanguageSwitch(current: string) {
  const langs: [string, string, string][] = [['uk', 'УКР', 'Українська'], ['en', 'ENG', 'English']];
  return html`<span class="atlas-lang-switch language-switch" role="group" aria-label=${t('web.language')}>
    ${langs.map(([code, short, full], i) => html`${i > 0 ? ' / ' : ''}${code === current
      ? html`<span class="language-current" aria-current="true" title=${full}>${short}</span>`
      : html`<a class="language-other" href=${langHref(code)} hreflang=${code} lang=${code} title=${full} router-ignore
                @click=${(e: Event) => { (e.currentTarget as HTMLAnchorElement).href = langHref(code); }}>${short}</a>`}`)}
  </span>`;
}

function langHref(code: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', code);
  return url.href;
}
