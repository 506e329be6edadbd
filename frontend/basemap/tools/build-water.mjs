#!/usr/bin/env node
// Builds ../water.geojson, the rivers, reservoirs and seas of the offline basemap, from GSHHG 2.3.7
// (shorelines: level 2 = lakes and reservoirs) and its WDBII rivers, as Debian ships them:
//   apt-get install -y gmt gmt-gshhg-high
//   node frontend/basemap/tools/build-water.mjs
// Only the reduced GeoJSON is committed; GMT and the GSHHG files are needed only to regenerate it.
//
// GSHHG carries no names. Names come from the small tables below, by nearest geometry:
//  - a reservoir or lake gets the name whose point lies inside it or within NAME_RADIUS_KM of its shore;
//  - a river line (WDBII levels 1-3, joined into chains between confluences) gets the name of the river
//    whose guide line (a few points along its course, mouth last) runs closest to it, if most of the
//    chain's points are within GUIDE_KM of that guide line. Chains no guide line claims stay unnamed.
// The Dnipro through the Kakhovka reservoir has no river line in GSHHG (the reservoir is a lake there):
// for the time after the dam's destruction (6 June 2023) the script draws the channel as the middle of
// the reservoir's cross-sections along the Dnipro's guide line, an approximation of the old bed.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'water.geojson');

const REGION = [22, 41, 44, 53];     // west, east, south, north
const RIVER_LEVELS = [1, 2, 3, 4];   // WDBII: 1 double-lined, 2 permanent major, 3 additional major, 4 additional rivers
const NAMED_ONLY_LEVEL = 4;          // of level 4 only the chains a guide line claims (the Oskil is level 4)
const MIN_LAKE_KM2 = 8;              // smaller lakes are noise at the map's zooms
const RIVER_TOLERANCE = 0.003;       // Douglas-Peucker, degrees (~250 m)
const LAKE_TOLERANCE = 0.0015;
const DECIMALS = 3;                  // ~110 m north-south, ~75 m east-west
const GUIDE_KM = 12;
const NAME_RADIUS_KM = 6;
const KAKHOVKA_GONE = '2023-06-06';  // the dam was destroyed in the early hours of that day

// Reservoirs and lakes: [name, name_uk, lon, lat] with the point in (or next to) the water.
const REQUIRED_RESERVOIRS = ['Kyiv Reservoir', 'Kremenchuk Reservoir', 'Kakhovka Reservoir'];
// (The Kaniv reservoir is no lake in GSHHG 2.3.7: it is drawn as the Dnipro's double-lined river line;
// nor are the Oskil and Pechenihy reservoirs at 2.3.7: names without a lake are reported and left out,
// and those two are drawn from their river's line instead, see RIBBON_RESERVOIRS.)
const RESERVOIRS = [
  ['Kyiv Reservoir', 'Київське водосховище', 30.45, 50.85],
  ['Kremenchuk Reservoir', 'Кременчуцьке водосховище', 32.6, 49.3],
  ['Kamianske Reservoir', 'Кам\u2019янське водосховище', 34.0, 48.72],
  ['Dnipro Reservoir', 'Дніпровське водосховище', 35.12, 48.05],
  ['Kakhovka Reservoir', 'Каховське водосховище', 34.0, 47.3],
  ['Dniester Reservoir', 'Дністровське водосховище', 27.1, 48.55],
];

// Reservoirs that GSHHG lacks but whose river WDBII draws: an APPROXIMATE outline, the river line from
// the dam upstream for the reservoir's published length, widened so the outline has its published area
// (widest at the dam, narrowing to the tail). The feature says `approximate: true`, the map says so in
// its attribution. [name, name_uk, river, dam [lon, lat], length km, area km2]; figures as published
// (Ukrainian Wikipedia's articles on the two reservoirs: Oskil 85 km and 122.6 km2, Pechenihy 65 km and
// 86.2 km2); the dams at the towns of Oskil (GeoNames 710514) and Pechenihy.
const RIBBON_RESERVOIRS = [
  ['Oskil Reservoir', 'Оскільське водосховище', 'Oskil', [37.426, 49.179], 85, 122.6],
  ['Pechenihy Reservoir', 'Печенізьке водосховище', 'Siverskyi Donets', [36.94, 49.86], 65, 86.2],
];
const RIBBON_TAIL_KM = 0.15;         // half-width at the reservoir's upstream end

// Dams between reservoirs of the Dnipro cascade: [name, lon, lat], a point on the river just below the dam.
// GSHHG draws the cascade from Cherkasy to Nova Kakhovka as ONE polygon; the script cuts it across the
// river at each of these points (the narrowest crossing next to the point) so every reservoir is a
// feature of its own.
const DAMS = [
  ['Kremenchuk dam', 33.42, 49.06],
  ['Middle Dnipro dam (Kamianske)', 34.58, 48.52],
  ['Dnipro dam (Zaporizhzhia)', 35.09, 47.86],
];

// Rivers: [name, name_uk, guide line from upstream to the mouth as [lon, lat] points].
const RIVERS = [
  ['Dnipro', 'Дніпро', [[30.35, 52.9], [30.4, 52.35], [30.8, 51.95], [30.65, 51.7], [30.5, 51.3], [30.45, 50.6],
    [30.57, 50.45], [30.75, 50.25], [31.05, 49.97], [31.47, 49.75], [32.06, 49.44], [32.6, 49.3], [33.4, 49.08],
    [34.05, 48.82], [34.6, 48.52], [35.05, 48.45], [35.12, 48.1], [35.14, 47.85], [34.75, 47.55], [34.4, 47.55],
    [33.9, 47.2], [33.37, 46.76], [33.0, 46.72], [32.62, 46.62], [32.25, 46.52]]],
  ['Siverskyi Donets', 'Сіверський Донець', [[36.6, 50.75], [36.6, 50.55], [36.94, 50.29], [36.85, 50.05],
    [36.69, 49.84], [36.35, 49.68], [36.55, 49.55], [36.86, 49.46], [37.26, 49.21], [37.57, 49.03], [37.8, 49.05],
    [38.1, 48.92], [38.25, 48.93], [38.45, 48.92], [38.7, 48.8], [39.0, 48.7], [39.48, 48.65], [39.9, 48.5],
    [40.27, 48.32], [40.8, 47.9], [40.9, 47.65]]],
  ['Oskil', 'Оскіл', [[37.5, 51.6], [37.84, 51.3], [37.85, 50.9], [38.1, 50.2], [37.95, 50.0], [37.61, 49.71],
    [37.6, 49.4], [37.5, 49.2], [37.47, 49.07]]],
  ['Southern Buh', 'Південний Буг', [[26.9, 49.65], [26.98, 49.42], [27.95, 49.56], [28.47, 49.23], [29.24, 48.68],
    [29.4, 48.8], [30.2, 48.45], [30.85, 48.04], [31.33, 47.57], [31.8, 47.2], [32.0, 46.97], [31.95, 46.85]]],
  ['Desna', 'Десна', [[34.37, 53.24], [33.9, 52.9], [33.07, 52.58], [33.26, 52.0], [32.6, 51.6], [31.9, 51.6],
    [31.3, 51.49], [30.88, 50.95], [30.6, 50.52]]],
  ['Inhulets', 'Інгулець', [[32.8, 48.7], [33.1, 48.67], [33.3, 48.3], [33.39, 47.91], [33.1, 47.5],
    [32.8, 47.08], [32.85, 46.8], [32.8, 46.68]]],
  ['Dniester', 'Дністер', [[22.95, 49.25], [23.5, 49.45], [24.2, 49.35], [24.72, 49.12], [25.3, 48.95],
    [25.73, 48.64], [26.49, 48.5], [27.1, 48.55], [27.79, 48.45], [28.3, 48.16], [28.8, 47.8], [29.2, 47.27],
    [29.48, 46.83], [29.63, 46.84], [29.9, 46.55], [30.1, 46.35]]],
  ['Pripyat', 'Прип\u2019ять', [[24.0, 51.6], [25.0, 51.9], [26.1, 52.11], [27.5, 52.0], [28.5, 52.1],
    [29.25, 52.05], [29.8, 51.65], [30.22, 51.27], [30.4, 51.15]]],
  ['Psel', 'Псел', [[36.3, 51.2], [35.27, 51.19], [34.8, 50.9], [34.4, 50.6], [34.0, 50.37], [33.8, 49.78],
    [33.65, 49.0]]],
  ['Vorskla', 'Ворскла', [[36.23, 50.69], [35.5, 50.4], [34.9, 50.3], [34.6, 49.9], [34.55, 49.59],
    [34.2, 49.15], [34.1, 48.85]]],
  ['Seym', 'Сейм', [[36.2, 51.7], [35.3, 51.5], [34.68, 51.57], [33.87, 51.34], [33.2, 51.3], [32.5, 51.5]]],
  ['Kalmius', 'Кальміус', [[37.8, 48.0], [37.9, 47.6], [37.7, 47.3], [37.55, 47.1]]],
  ['Don', 'Дон', [[39.2, 51.6], [39.5, 50.98], [40.1, 50.45], [40.6, 50.0], [41.0, 49.8]]],
];

// The rivers the map must name (the script fails without them); the others are named where found.
const REQUIRED_RIVERS = ['Dnipro', 'Siverskyi Donets', 'Oskil', 'Southern Buh', 'Desna', 'Inhulets', 'Pripyat'];

// Seas and straits: label points. The sea itself is the map's background, outside the land of
// countries.geojson (whose coast is Natural Earth's), so no polygon is needed.
const SEAS = [
  ['Black Sea', 'Чорне море', 32.0, 44.6],
  ['Sea of Azov', 'Азовське море', 36.6, 46.2],
  ['Kerch Strait', 'Керченська протока', 36.58, 45.28],
  ['Syvash', 'Сиваш', 34.75, 45.95],
];

function fail(message) {
  console.error(`build-water: ${message}`);
  process.exit(1);
}

/** Runs `gmt coast ... -M` and returns its segments as [header, points[]]. */
function dump(args) {
  let text;
  try {
    text = execFileSync('gmt', ['coast', `-R${REGION.join('/')}`, '-Dh', ...args, '-M'],
      { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    fail(`gmt coast failed (${e.message.split('\n')[0]}); install it with: apt-get install -y gmt gmt-gshhg-high`);
  }
  const segments = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      segments.push([]);
    } else if (line.trim()) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      segments.at(-1).push([x, y]);
    }
  }
  return segments.filter((s) => s.length > 1);
}

const KM_PER_DEG = 111.2;
const COS = Math.cos((48 * Math.PI) / 180);
const key = ([x, y]) => `${x.toFixed(6)},${y.toFixed(6)}`;

function km(a, b) {
  return Math.hypot((a[0] - b[0]) * COS, a[1] - b[1]) * KM_PER_DEG;
}

function kmToSegment(p, a, b) {
  const ax = a[0] * COS, ay = a[1], bx = b[0] * COS, by = b[1], px = p[0] * COS, py = p[1];
  const dx = bx - ax, dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy) * KM_PER_DEG;
}

function kmToLine(p, line) {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    best = Math.min(best, kmToSegment(p, line[i - 1], line[i]));
  }
  return best;
}

/** Joins pieces that share end points (rivers cut at GSHHG's bin edges) into longer lines. */
function join(pieces) {
  const ends = new Map();
  const degree = new Map();
  for (const p of pieces) {
    for (const k of [key(p[0]), key(p.at(-1))]) {
      degree.set(k, (degree.get(k) ?? 0) + 1);
    }
  }
  pieces.forEach((p, i) => {
    for (const k of [key(p[0]), key(p.at(-1))]) {
      if (!ends.has(k)) ends.set(k, []);
      ends.get(k).push(i);
    }
  });
  const used = new Set();
  const lines = [];
  for (let i = 0; i < pieces.length; i++) {
    if (used.has(i)) continue;
    used.add(i);
    let line = pieces[i].slice();
    // Grow at both ends through points where exactly two pieces meet (a confluence stops a chain).
    for (const atEnd of [true, false]) {
      for (;;) {
        const end = atEnd ? line.at(-1) : line[0];
        const k = key(end);
        if (degree.get(k) !== 2) break;
        const next = ends.get(k).find((j) => !used.has(j));
        if (next === undefined) break;
        used.add(next);
        let piece = pieces[next];
        if (atEnd) {
          if (key(piece[0]) !== k) piece = piece.slice().reverse();
          line = line.concat(piece.slice(1));
        } else {
          if (key(piece.at(-1)) !== k) piece = piece.slice().reverse();
          line = piece.slice(0, -1).concat(line);
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = -1, index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = kmToSegment(points[i], points[a], points[b]) / KM_PER_DEG;
      if (d > worst) { worst = d; index = i; }
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function round(points) {
  const f = 10 ** DECIMALS;
  const rounded = [];
  for (const [x, y] of points) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = rounded.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p);
  }
  return rounded;
}

function ringKm2(ring) {
  let s = 0;
  for (let i = 1; i < ring.length; i++) {
    s += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  }
  return Math.abs(s / 2) * COS * KM_PER_DEG * KM_PER_DEG;
}

function inside([x, y], ring) {
  let inRing = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inRing = !inRing;
  }
  return inRing;
}

/**
 * Cuts rings across the river at each dam: from the ring's vertex nearest the dam to the nearest vertex of
 * the opposite bank (a vertex at least CUT_DETOUR times farther along the ring than in a straight line).
 */
function cutAtDams(input) {
  let out = input.map((r) => r.slice(0, -1)); // open rings while cutting
  for (const [damName, lon, lat] of DAMS) {
    let ringIndex = -1, a = -1, bestKm = Infinity;
    out.forEach((ring, r) => ring.forEach((p, i) => {
      const d = km(p, [lon, lat]);
      if (d < bestKm) { bestKm = d; ringIndex = r; a = i; }
    }));
    if (bestKm > 3) fail(`no shore within 3 km of the ${damName} (nearest ${bestKm.toFixed(1)} km)`);
    const ring = out[ringIndex];
    const n = ring.length;
    const along = new Float64Array(n + 1); // cumulative length along the ring
    for (let i = 1; i <= n; i++) along[i] = along[i - 1] + km(ring[i - 1], ring[i % n]);
    let b = -1, acrossKm = Infinity;
    for (let j = 0; j < n; j++) {
      if (j === a) continue;
      const path = Math.abs(along[j] - along[a]);
      const detour = Math.min(path, along[n] - path);
      const d = km(ring[a], ring[j]);
      if (detour > 20 * d && detour > 5 && d < acrossKm) { acrossKm = d; b = j; }
    }
    if (b < 0 || acrossKm > 3) fail(`no crossing of the river at the ${damName}`);
    const [i, j] = a < b ? [a, b] : [b, a];
    const first = ring.slice(i, j + 1);
    const second = ring.slice(j).concat(ring.slice(0, i + 1));
    out.splice(ringIndex, 1, first, second);
    console.log(`  cut at the ${damName}: ${acrossKm.toFixed(2)} km across`);
  }
  return out.map((r) => r.concat([r[0]]));
}

// --- Lakes and reservoirs: closed rings, pieces cut at bin edges joined back together.
const lakePieces = dump(['-W2/0.1p', `-A${MIN_LAKE_KM2}/2/2`]);
const rings = join(lakePieces).filter((r) => key(r[0]) === key(r.at(-1)));
const openPieces = join(lakePieces).length - rings.length;
if (openPieces > 0) console.warn(`build-water: ${openPieces} lake outline(s) stayed open (cut by the region's edge), dropped`);
const lakes = cutAtDams(rings).filter((r) => ringKm2(r) >= MIN_LAKE_KM2);

const features = [];
const reservoirRings = new Map();
for (const [name, , lon, lat] of RESERVOIRS) {
  let best = null, bestKm = Infinity;
  for (const ring of lakes) {
    const d = inside([lon, lat], ring) ? 0 : kmToLine([lon, lat], ring);
    if (d < bestKm) { bestKm = d; best = ring; }
  }
  if (!best || bestKm > NAME_RADIUS_KM) {
    if (REQUIRED_RESERVOIRS.includes(name)) fail(`no lake within ${NAME_RADIUS_KM} km of ${name}'s point (nearest ${bestKm.toFixed(1)} km)`);
    console.warn(`build-water: ${name} is not a lake in GSHHG (nearest ${bestKm.toFixed(0)} km away), left out`);
    continue;
  }
  if (reservoirRings.has(best)) fail(`${name} and ${reservoirRings.get(best)} fall on the same lake`);
  reservoirRings.set(best, name);
  console.log(`  ${name}: ${ringKm2(best).toFixed(0)} km2`);
}
for (const ring of lakes) {
  const name = reservoirRings.get(ring);
  const row = RESERVOIRS.find((r) => r[0] === name);
  const properties = { kind: name ? 'reservoir' : 'lake', name: name ?? null, name_uk: row?.[1] ?? null };
  if (name === 'Kakhovka Reservoir') properties.valid_to = KAKHOVKA_GONE;
  const coords = round(simplify(ring, LAKE_TOLERANCE));
  if (coords.length < 4) continue;
  features.push({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [coords] } });
}

// --- Rivers: chains between confluences, named by guide lines.
let riverKm = 0;
const namedKm = new Map();
const namedChains = new Map();       // river name -> its raw chains, for RIBBON_RESERVOIRS
for (const level of RIVER_LEVELS) {
  for (const chain of join(dump([`-I${level}`]))) {
    let name = null, bestMean = Infinity;
    for (const [riverName, , guide] of RIVERS) {
      const d = chain.map((p) => kmToLine(p, guide));
      const near = d.filter((x) => x <= GUIDE_KM).length / d.length;
      const mean = d.reduce((a, b) => a + b, 0) / d.length;
      if (near >= 0.7 && mean < bestMean) { bestMean = mean; name = riverName; }
    }
    if (level >= NAMED_ONLY_LEVEL && !name) continue;
    const coords = round(simplify(chain, RIVER_TOLERANCE));
    if (coords.length < 2) continue;
    let length = 0;
    for (let i = 1; i < chain.length; i++) length += km(chain[i - 1], chain[i]);
    riverKm += length;
    if (name) namedKm.set(name, (namedKm.get(name) ?? 0) + length);
    if (name) namedChains.set(name, [...(namedChains.get(name) ?? []), chain]);
    features.push({ type: 'Feature',
      properties: { kind: 'river', name, name_uk: name ? RIVERS.find((r) => r[0] === name)[1] : null, level },
      geometry: { type: 'LineString', coordinates: coords } });
  }
}

// --- The Dnipro through the former Kakhovka reservoir, from 6 June 2023: the middle of each cross-section
// of the reservoir, perpendicular to the Dnipro's guide line, every 2 km.
const kakhovka = [...reservoirRings].find(([, n]) => n === 'Kakhovka Reservoir')[0];
const dniproGuide = RIVERS[0][2];
const channel = [];
for (let i = 1; i < dniproGuide.length; i++) {
  const a = dniproGuide[i - 1], b = dniproGuide[i];
  const steps = Math.max(1, Math.round(km(a, b) / 2));
  for (let s = 0; s < steps; s++) {
    const t = s / steps;
    const p = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    if (!inside(p, kakhovka)) continue;
    // Unit normal to the guide in a locally square frame, walked both ways to the shore.
    const nx = -(b[1] - a[1]), ny = (b[0] - a[0]) * COS;
    const n = Math.hypot(nx, ny);
    const edge = (sign) => {
      let d = 0;
      while (d < 40 && inside([p[0] + (sign * nx / n) * (d / KM_PER_DEG) / COS, p[1] + (sign * ny / n) * (d / KM_PER_DEG)], kakhovka)) d += 0.25;
      return d;
    };
    const mid = (edge(1) - edge(-1)) / 2;
    channel.push([p[0] + (nx / n) * (mid / KM_PER_DEG) / COS, p[1] + (ny / n) * (mid / KM_PER_DEG)]);
  }
}
if (channel.length < 20) fail(`the Dnipro's guide line crosses the Kakhovka reservoir at only ${channel.length} points`);
// Smooth the midpoints a little (shore bays pull single cross-sections aside).
const smooth = channel.map((p, i) => {
  const w = channel.slice(Math.max(0, i - 2), i + 3);
  return [w.reduce((s, q) => s + q[0], 0) / w.length, w.reduce((s, q) => s + q[1], 0) / w.length];
});
features.push({ type: 'Feature',
  properties: { kind: 'river', name: 'Dnipro', name_uk: 'Дніпро', level: 1, valid_from: KAKHOVKA_GONE, approximate: true },
  geometry: { type: 'LineString', coordinates: round(simplify(smooth, RIVER_TOLERANCE)) } });

// --- Reservoirs drawn from their river line (RIBBON_RESERVOIRS): approximate outlines.
for (const [name, nameUk, river, dam, lengthKm, areaKm2] of RIBBON_RESERVOIRS) {
  const line = upstream(namedChains.get(river) ?? [], dam, river, lengthKm);
  let ring = ribbon(line, lengthKm, areaKm2);
  if (!ring) fail(`no ${river} line at the ${name}'s dam`);
  // The taper's area is only about the one asked for (bends overlap, the line may end early): rescale once.
  ring = ribbon(line, lengthKm, areaKm2 * (areaKm2 / ringKm2(ring)));
  console.log(`  ${name} (approximate, from the ${river}'s line): ${ringKm2(ring).toFixed(0)} km2`);
  features.push({ type: 'Feature', properties: { kind: 'reservoir', name, name_uk: nameUk, approximate: true },
    geometry: { type: 'Polygon', coordinates: [round(simplify(ring, LAKE_TOLERANCE))] } });
}

/** The river's line from the vertex nearest the dam, walked away from the mouth for lengthKm, across
 * chain ends (WDBII breaks a river at every confluence) onto the chain that starts or ends there. */
function upstream(chains, dam, river, lengthKm) {
  const mouth = RIVERS.find((r) => r[0] === river)[2].at(-1);
  let best = null;
  for (const chain of chains) {
    chain.forEach((p, i) => {
      const d = km(p, dam);
      if (d < 3 && (!best || d < best.d)) best = { chain, i, d };
    });
  }
  if (!best) return [];
  let { chain, i } = best;
  // Upstream is the way whose next vertex lies farther from the mouth.
  let step = i + 1 < chain.length && (i === 0 || km(chain[i + 1], mouth) > km(chain[i - 1], mouth)) ? 1 : -1;
  const line = [chain[i]];
  const used = new Set([chain]);
  let walked = 0;
  while (walked < lengthKm) {
    const j = i + step;
    if (j >= 0 && j < chain.length) {
      walked += km(chain[i], chain[j]);
      line.push(chain[j]);
      i = j;
      continue;
    }
    const end = chain[i];
    const next = chains.find((c) => !used.has(c) && (km(c[0], end) < 0.5 || km(c.at(-1), end) < 0.5));
    if (!next) break;
    used.add(next);
    chain = next;
    [i, step] = km(next[0], end) < 0.5 ? [0, 1] : [next.length - 1, -1];
  }
  return line;
}

/** A polygon around the line, half-width tapering from the dam to RIBBON_TAIL_KM, of about areaKm2. */
function ribbon(line, lengthKm, areaKm2) {
  if (line.length < 3) return null;
  // Smoothed centre line (a reservoir does not follow every meander of the old bed).
  const centre = line.map((p, i) => {
    const w = line.slice(Math.max(0, i - 2), i + 3);
    return [w.reduce((s, q) => s + q[0], 0) / w.length, w.reduce((s, q) => s + q[1], 0) / w.length];
  });
  centre[0] = line[0];
  const damHalf = areaKm2 / lengthKm - RIBBON_TAIL_KM;
  let along = 0;
  const left = [], right = [];
  centre.forEach((p, i) => {
    if (i > 0) along += km(centre[i - 1], p);
    const a = centre[Math.max(0, i - 1)], b = centre[Math.min(centre.length - 1, i + 1)];
    const nx = -(b[1] - a[1]), ny = (b[0] - a[0]) * COS;
    const n = Math.hypot(nx, ny) || 1;
    const half = damHalf + (RIBBON_TAIL_KM - damHalf) * Math.min(1, along / lengthKm);
    const dx = ((nx / n) * half) / KM_PER_DEG / COS, dy = ((ny / n) * half) / KM_PER_DEG;
    left.push([p[0] + dx, p[1] + dy]);
    right.push([p[0] - dx, p[1] - dy]);
  });
  return [...left, ...right.reverse(), left[0]];
}

for (const [name, nameUk, lon, lat] of SEAS) {
  features.push({ type: 'Feature', properties: { kind: 'sea', name, name_uk: nameUk },
    geometry: { type: 'Point', coordinates: [lon, lat] } });
}

// Every river of the table must have found itself a fair share of line, or its guide line is wrong.
for (const [name] of RIVERS) {
  const length = namedKm.get(name) ?? 0;
  if (length >= 60) continue;
  if (REQUIRED_RIVERS.includes(name)) fail(`only ${length.toFixed(0)} km of river line named ${name}: check its guide line`);
  console.warn(`build-water: only ${length.toFixed(0)} km of river line named ${name}`);
}

const attribution = 'Water: GSHHG 2.3.7 shorelines and WDBII rivers (Wessel & Smith, LGPL-3), via Debian gmt-gshhg-high;'
  + ' names, the post-2023 Dnipro channel through the former Kakhovka reservoir and the outlines of the Oskil and'
  + ' Pechenihy reservoirs (approximate: drawn along their rivers to their published length and area) added by Frontline Atlas';
const lines = features.map((f) => JSON.stringify(f));
writeFileSync(out, `{"type":"FeatureCollection","attribution":${JSON.stringify(attribution)},"features":[\n${lines.join(',\n')}\n]}\n`);
console.log(`build-water: ${features.length} features (${lakes.length} lakes, ${riverKm.toFixed(0)} km of rivers) -> ${out}`);
// The map fetches the three basemap files before its first paint: their gzipped total must stay small.
const BASEMAP_BUDGET = 1.5 * 1024 * 1024;
const gz = ['countries.geojson', 'ukraine-oblasts.geojson', 'water.geojson']
  .map((f) => gzipSync(readFileSync(resolve(dirname(out), f)), { level: 6 }).length);
const total = gz.reduce((a, b) => a + b, 0);
console.log(`build-water: water ${(gz[2] / 1024).toFixed(0)} KB gzipped; first-paint basemap ${(total / 1024).toFixed(0)} KB gzipped (budget ${BASEMAP_BUDGET / 1024} KB)`);
if (total > BASEMAP_BUDGET) fail('the basemap is over its first-paint budget');
for (const [name, length] of [...namedKm].sort((a, b) => b[1] - a[1])) console.log(`  ${name}: ${length.toFixed(0)} km`);
