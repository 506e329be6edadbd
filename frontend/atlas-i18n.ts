// The web components' words. They come from the server, from the same files as the views' texts
// (src/main/resources/vaadin-i18n/translations*.properties, keys web.*, type.* and kind.*), set by
// <atlas-map> and <atlas-editor-map> from their `strings` property; one language per page.
export type Strings = Record<string, string>;

let strings: Strings = {};
let lang = 'en';

export function setStrings(s: Strings, language: string) {
  strings = s ?? {};
  lang = language && language.toLowerCase().startsWith('uk') ? 'uk' : 'en';
}

/** The BCP 47 locale that dates and numbers are written in. */
export function locale(): string {
  return lang === 'uk' ? 'uk-UA' : 'en-GB';
}

/** The text of a key with {0}, {1}… filled in; a missing key shows as itself, so it is noticed. */
export function t(key: string, ...args: (string | number)[]): string {
  const pattern = strings[key] ?? key;
  return pattern.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** A counted text ({0} is the count): key.one / .few / .many / .other by the language's plural rules. */
export function tn(key: string, n: number, ...args: (string | number)[]): string {
  const form = `${key}.${new Intl.PluralRules(locale()).select(n)}`;
  return t(form in strings ? form : `${key}.other`, formatNumber(n), ...args);
}

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return n.toLocaleString(locale(), options);
}

/** A day as the UI writes it: 2022-05-16 in English (as in links), 16.05.2022 in Ukrainian. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso || lang !== 'uk') {
    return iso ?? '';
  }
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

export function formatSpan(from: string, to: string | null | undefined): string {
  return to && to !== from ? `${formatDay(from)} – ${formatDay(to)}` : formatDay(from);
}

export function typeLabel(code: string): string {
  return t(`type.${code}`);
}

export function kindLabel(code: string): string {
  return t(`kind.${code}`);
}

export function isUkrainian(): boolean {
  return lang === 'uk';
}
