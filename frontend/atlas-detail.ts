// The open report's panel: place (and the gazetteer's Ukrainian name), type, dates, confidence,
// summary and every source with its quote. Article text is only ever bound as text.
import { html, nothing } from 'lit';
import type { EventDetail } from './atlas-model';
import { typeStyle } from './atlas-types';
import { formatDay, formatNumber, formatSpan, isUkrainian, t } from './atlas-i18n';

/** The report with its sources; null when it is gone (404), undefined when it could not be fetched. */
export async function fetchDetail(apiBase: string, id: number): Promise<EventDetail | null | undefined> {
  try {
    const response = await fetch(`${apiBase}/events/${id}${isUkrainian() ? '?lang=uk' : ''}`);
    if (response.ok) {
      return await response.json() as EventDetail;
    }
    return response.status === 404 ? null : undefined;
  } catch (e) {
    console.warn('event unavailable', e);
    return undefined;
  }
}

export function renderDetail(d: EventDetail, onClose: () => void) {
  const p = d.properties;
  const style = typeStyle(p.type);
  return html`
    <section class="atlas-detail" aria-labelledby="atlas-detail-title">
      <button class="atlas-detail-close" aria-label=${t('web.closeReport')} @click=${onClose}>×</button>
      <h2 id="atlas-detail-title">${p.place}</h2>
      ${gazetteerName(d)}
      <div class="atlas-detail-meta"><span class="atlas-legend-swatch" style="background:${style.color}"></span>
        ${style.label} · ${formatSpan(p.date, p.dateEnd)}
        · ${t('web.confidence', formatNumber(p.confidence, { style: 'percent' }))}</div>
      <p class="atlas-detail-summary">${p.summary}</p>
      <h3>${t('web.sources')}</h3>
      <ul class="atlas-detail-sources">
        ${p.source || p.sourceUrl ? html`<li>${link(p.source || p.sourceUrl || '', p.sourceUrl)}</li>` : nothing}
        ${d.sources.map((s) => html`<li>
          ${link([s.publisher, s.title].filter((x) => x).join(': ') || t('web.article'), s.url)}
          ${s.publishedOn ? html` <span class="atlas-detail-date">(${formatDay(s.publishedOn)})</span>` : nothing}
          <blockquote>${s.quote}</blockquote></li>`)}
      </ul>
    </section>`;
}

/** Only http(s) links become links; text is always text. */
export function isWebLink(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

function link(text: string, url: string | null) {
  return isWebLink(url)
    ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${text}</a>`
    : html`<span>${text}</span>`;
}

/** Under the report's place (as the article wrote it), the gazetteer's Ukrainian name when it differs. */
function gazetteerName(d: EventDetail) {
  const uk = isUkrainian() ? d.placeUk : null;
  return uk && uk !== d.properties.place ? html`<div class="atlas-detail-place-uk" lang="uk">${uk}</div>` : nothing;
}
