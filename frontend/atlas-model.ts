// The shapes the map's API answers with (see api/EventGeoJson.java).
export interface EventProperties {
  date: string;
  dateEnd: string;
  datePrecision: string;
  place: string;
  type: string;
  summary: string;
  confidence: number;
  source: string | null;
  sourceUrl: string | null;
  geoPrecision: number;
}

export interface EventFeature {
  id: number;
  geometry: { coordinates: [number, number] };
  properties: EventProperties;
}

export interface EventSourceInfo {
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedOn: string | null;
  quote: string;
}

export interface EventDetail extends EventFeature {
  sources: EventSourceInfo[];
  /** The gazetteer's Ukrainian name of the place (asked with lang=uk), when it has one. */
  placeUk?: string | null;
}

export interface PlaceHit {
  id: string;
  name: string;
  kind: string;
  lat: number;
  lon: number;
  detail: string;
  /** Region and country, e.g. "Donetsk Oblast, UA". */
  where?: string;
  /** With lang=uk: the Ukrainian name, when the gazetteer has one. */
  nameUk?: string | null;
}
