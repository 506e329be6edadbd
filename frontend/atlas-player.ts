// Play: the map's date steps one day at a time, faster with the speed, until the last day (or the
// present mode's autoplay end), then stops or starts again from the first day.
import { fromDay, toDay } from './atlas-dates';

const PLAY_BASE_MS = 1000;

/** What the player reads from and writes to the map. */
export interface PlayerHost {
  date: string;
  minDate: string;
  maxDate: string;
  /** Present mode: play stops at this day (when before maxDate). */
  autoplayTo: string;
  loop: boolean;
  speed: number;
  playing: boolean;
  setDate(iso: string): void;
}

/** The day play stops at: the autoplay end when it comes before the last day. */
export function playEnd(maxDate: string, autoplayTo: string): string {
  return autoplayTo && autoplayTo < maxDate ? autoplayTo : maxDate;
}

/** The date clamped to [minDate, maxDate] (either may be empty). */
export function clampDate(iso: string, minDate: string, maxDate: string): string {
  const day = toDay(iso);
  const min = minDate ? toDay(minDate) : day;
  const max = maxDate ? toDay(maxDate) : day;
  return fromDay(Math.min(max, Math.max(min, day)));
}

export class Player {
  private timer?: number;

  constructor(private readonly host: PlayerHost) {
  }

  toggle() {
    if (this.host.playing) {
      this.stop();
    } else {
      this.start();
    }
  }

  /** A new speed takes effect at once while playing. */
  setSpeed(speed: number) {
    this.host.speed = speed;
    if (this.host.playing) {
      this.stop();
      this.start();
    }
  }

  start() {
    const h = this.host;
    const end = playEnd(h.maxDate, h.autoplayTo);
    if (end && h.date >= end) {
      h.date = h.minDate; // play from the start when at the end
    }
    h.playing = true;
    this.timer = window.setInterval(() => this.tick(), PLAY_BASE_MS / Math.max(1, h.speed));
  }

  stop() {
    this.host.playing = false;
    if (this.timer !== undefined) {
      window.clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private tick() {
    const h = this.host;
    const last = playEnd(h.maxDate, h.autoplayTo);
    if (last && h.date >= last) {
      if (h.loop) {
        h.date = h.minDate;
      } else {
        this.stop();
      }
    } else {
      h.setDate(fromDay(toDay(h.date) + 1));
    }
  }
}
