// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so no time zone shifts a day.
import { locale } from './atlas-i18n';

const DAY_MS = 86_400_000;

export function toDay(iso: string): number {
  return Math.round(Date.parse(iso + 'T00:00:00Z') / DAY_MS);
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "Sat, 7 May 2022" / "сб, 7 травня 2022 р.": in the UI's language. */
export function formatLong(iso: string): string {
  return new Date(iso + 'T00:00:00Z').toLocaleDateString(locale(), {
    weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  });
}

/** The first day of the window of {@code windowDays} days ending {@code date}; 0 days = from the first day. */
export function windowStart(date: string, windowDays: number, minDate: string): string {
  if (!date) {
    return '';
  }
  if (windowDays === 0) {
    return minDate || date;
  }
  return fromDay(toDay(date) - (windowDays - 1));
}
