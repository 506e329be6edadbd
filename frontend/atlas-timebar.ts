import { html, LitElement, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatLong, fromDay, toDay } from './atlas-dates';
import { t, tn } from './atlas-i18n';

/** The window presets; their words are web.window.N in the UI's language. */
export const WINDOW_CHOICES: number[] = [1, 7, 30, 0];
export const SPEEDS = [1, 2, 4, 8];
const CUSTOM = -1;
const HIST_HEIGHT = 36;

/** A day (index since 1970) and how many reports start on it. */
export type DayCount = [number, number];

/**
 * The time bar: a histogram of reports per day or week, the date slider, play/pause with speed and
 * loop, steps of a day or a week, and the window choice. It holds no data of its own: it shows the
 * properties it is given and reports what the reader asks for as events.
 */
@customElement('atlas-timebar')
export class AtlasTimebar extends LitElement {
  @property({ attribute: 'min-date' }) minDate = '';
  @property({ attribute: 'max-date' }) maxDate = '';
  @property() date = '';
  /** Days shown up to the date (0: all); not `window`, which reads as the global object. */
  @property({ type: Number, attribute: 'window-days' }) windowDays = 7;
  @property({ type: Boolean }) playing = false;
  @property({ type: Number }) speed = 1;
  @property({ type: Boolean }) loop = false;
  @property({ attribute: false }) histogram: DayCount[] = [];
  @property() summary = '';

  @state() private customWindow = false;

  protected createRenderRoot() {
    return this;
  }

  render() {
    const day = toDay(this.date);
    const min = this.minDate ? toDay(this.minDate) : day;
    const max = this.maxDate ? toDay(this.maxDate) : day;
    const preset = WINDOW_CHOICES.includes(this.windowDays) && !this.customWindow;
    return html`
      <div class="atlas-histogram" aria-hidden="true">${this.renderHistogram(min, max, day)}</div>
      <div class="atlas-timebar-row">
        <div class="atlas-timebar-buttons">
          <button class="atlas-play" @click=${() => this.emit('atlas-play-toggle')}
                  aria-label=${this.playing ? t('web.pause') : t('web.play')} aria-keyshortcuts="Space"
                  title=${this.playing ? t('web.pauseTitle') : t('web.playTitle')}>${this.playing ? '❚❚' : '▶'}</button>
          <button class="atlas-back-week" @click=${() => this.stepBy(-7)} aria-label=${t('web.backWeek')} title=${t('web.backWeekTitle')}>«</button>
          <button class="atlas-back-day" @click=${() => this.stepBy(-1)} aria-label=${t('web.backDay')} title=${t('web.backDayTitle')}>‹</button>
          <button class="atlas-forward-day" @click=${() => this.stepBy(1)} aria-label=${t('web.forwardDay')} title=${t('web.forwardDayTitle')}>›</button>
          <button class="atlas-forward-week" @click=${() => this.stepBy(7)} aria-label=${t('web.forwardWeek')} title=${t('web.forwardWeekTitle')}>»</button>
        </div>
        <input class="atlas-slider" type="range" min=${min} max=${max} step="1" .value=${String(day)}
               aria-label=${t('web.date')} aria-valuetext=${formatLong(this.date)} aria-keyshortcuts="ArrowLeft ArrowRight PageUp PageDown Home End Space"
               @input=${(e: Event) => this.setDay(Number((e.target as HTMLInputElement).value))}
               @keydown=${this.onKey} />
      </div>
      <div class="atlas-timebar-row atlas-timebar-info">
        <output class="atlas-date" aria-live="polite">${formatLong(this.date)}</output>
        <label class="atlas-control">${t('web.window')}
          <select class="atlas-window" aria-label=${t('web.window')} @change=${this.onWindow}>
            ${WINDOW_CHOICES.map((days) => html`<option value=${days} ?selected=${preset && days === this.windowDays}>${t(`web.window.${days}`)}</option>`)}
            <option value=${CUSTOM} ?selected=${!preset}>${t('web.custom')}</option>
          </select>
        </label>
        ${preset ? nothing : html`
          <label class="atlas-control">${t('web.days')}
            <input class="atlas-window-days" type="number" min="1" max="366" .value=${String(this.windowDays || 14)}
                   aria-label=${t('web.windowDays')} @change=${this.onCustomDays} />
          </label>`}
        <label class="atlas-control">${t('web.speed')}
          <select class="atlas-speed" aria-label=${t('web.playSpeed')} @change=${(e: Event) =>
            this.emit('atlas-speed-change', { speed: Number((e.target as HTMLSelectElement).value) })}>
            ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === this.speed}>${tn('web.speedDays', s)}</option>`)}
          </select>
        </label>
        <label class="atlas-control atlas-loop-label">
          <input class="atlas-loop" type="checkbox" .checked=${this.loop}
                 @change=${(e: Event) => this.emit('atlas-loop-change', { loop: (e.target as HTMLInputElement).checked })} />
          ${t('web.loop')}
        </label>
        <span class="atlas-summary">${this.summary}</span>
      </div>
    `;
  }

  /** Bars of reports per day (per week when the span is long), the current window shaded. */
  private renderHistogram(min: number, max: number, day: number) {
    const span = Math.max(1, max - min + 1);
    const bucket = span > 400 ? 7 : 1;
    const buckets = Math.ceil(span / bucket);
    const counts = new Array<number>(buckets).fill(0);
    for (const [d, n] of this.histogram) {
      if (d >= min && d <= max) {
        counts[Math.floor((d - min) / bucket)] += n;
      }
    }
    const peak = Math.max(1, ...counts);
    const from = this.windowDays === 0 ? min : Math.max(min, day - this.windowDays + 1);
    const x = (d: number) => ((d - min) / span) * 1000;
    return html`<svg viewBox="0 0 1000 ${HIST_HEIGHT}" preserveAspectRatio="none" class="atlas-histogram-svg"
                     data-buckets=${buckets} data-bucket-days=${bucket} data-total=${counts.reduce((a, b) => a + b, 0)}>
      <rect class="atlas-histogram-window" x=${x(from)} width=${Math.max(2, x(day + 1) - x(from))} y="0" height=${HIST_HEIGHT}></rect>
      ${counts.map((n, i) => n === 0 ? nothing : svg`<rect class="atlas-histogram-bar"
          x=${x(min + i * bucket)} width=${Math.max(1, (bucket / span) * 1000 - 0.5)}
          y=${HIST_HEIGHT - (n / peak) * HIST_HEIGHT} height=${(n / peak) * HIST_HEIGHT}></rect>`)}
    </svg>`;
  }

  private onKey = (e: KeyboardEvent) => {
    // The range input handles arrows, Home and End itself; add weeks and play.
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      this.stepBy(e.key === 'PageUp' ? 7 : -7);
    } else if (e.key === ' ') {
      e.preventDefault();
      this.emit('atlas-play-toggle');
    }
  };

  private onWindow(e: Event) {
    const days = Number((e.target as HTMLSelectElement).value);
    if (days === CUSTOM) {
      this.customWindow = true;
      this.emit('atlas-window-change', { window: this.windowDays === 0 ? 14 : this.windowDays });
    } else {
      this.customWindow = false;
      this.emit('atlas-window-change', { window: days });
    }
  }

  private onCustomDays(e: Event) {
    const days = Math.round(Number((e.target as HTMLInputElement).value));
    if (Number.isFinite(days) && days >= 1 && days <= 366) {
      this.emit('atlas-window-change', { window: days });
    }
  }

  private stepBy(days: number) {
    this.setDay(toDay(this.date) + days);
  }

  private setDay(day: number) {
    this.emit('atlas-date-change', { date: fromDay(day) });
  }

  private emit(name: string, detail: object = {}) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-timebar': AtlasTimebar;
  }
}
