#!/usr/bin/env node
// The atlas as a reader's browser sees it: headless Chromium (the system's, via playwright-core) and axe-core.
//
//   node src/test/js/browser-checks.mjs http://localhost:8080
//
// For each page: expected status, exactly one <h1>, one <main>, a <title>, the <html lang> asked for; no console
// error, page error or failed request (the pages send a strict Content-Security-Policy, and a violation is a console
// error); no axe-core violation of impact "serious" or "critical"; no SVG chart text drawn outside its chart. The
// pages are the key pages, every theme and every series (found from the home and data pages), the 404 and 400
// pages, and the key pages again in Russian and Chinese (/ru/…, /zh/…), where no English may be left in <main> but
// source titles, citations, quotations, text marked lang="en", proper names and codes. Then the key pages at a phone's
// viewport (390 × 844) and more pages besides: nothing wider than the screen, so no sideways scrolling; tap targets
// at least 24 × 24 px (WCAG 2.2); map and chart text rendered at 9 px or more; on desktop and phone, a key figure's
// hedge («более», 超过, "more than") on the line of its number. Then two pages printed (print media):
// notes open, the address and dataset version at the foot, headings kept with what follows. Then every internal link found
// answers 200, the project filter works with JavaScript disabled, and the first Tab focuses "Skip to content".
// Screenshots go to target/browser-screenshots/.
//
// Runs on Node.js 18 (Debian 12's own) or newer. Environment: CHROMIUM_PATH (default /usr/bin/chromium),
// SCREENSHOT_DIR (default <project>/target/browser-screenshots), BROWSER_CHECKS_MINUTES (default 8).
// Exits 1 on any failure (each one listed at the end), 2 on bad usage.

import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? join(here, '..', '..', '..', 'target', 'browser-screenshots'));
const MAX_LINKS = 400;
const LINK_CONCURRENCY = 6;
// the whole run is stopped after this long (BROWSER_CHECKS_MINUTES, default 8): a hung browser must not hang the build
const WATCHDOG_MS = Number(process.env.BROWSER_CHECKS_MINUTES ?? 8) * 60_000;

const baseArg = process.argv[2];
if (!baseArg || !/^https?:\/\//.test(baseArg)) {
  console.error('usage: node browser-checks.mjs <baseUrl>   e.g. http://localhost:8080');
  process.exit(2);
}
const BASE = baseArg.replace(/\/+$/, '');

/** The pages every reader meets; checked on a desktop, in Russian and Chinese, and on a phone. */
const KEY_PAGES = ['/', '/themes/energy', '/projects', '/projects/power-of-siberia', '/places/heihe', '/timeline',
  '/data/heilongjiang-russia-trade', '/sources', '/search?q=Heihe'];
const PHONE = { width: 390, height: 844 };
/** Checked on a phone besides the key pages: every kind of page, with the widest tables and the most links. */
const PHONE_PAGES = [...KEY_PAGES, '/themes', '/projects?show=all', '/projects/arctic-eurasian-optical-cable',
  '/data/power-of-siberia-gas', '/data/border-bridge-cargo', '/themes/history', '/places', '/ru/', '/zh/',
  '/ru/projects?show=all', '/zh/projects?show=all', '/ru/themes/corridors',
  // maps with regions hatched: a project across whole regions, a region's own page
  '/projects/grain-corridor', '/ru/places/russian-far-east'];
/**
 * On a phone the home page's key figures are a compact strip, so that the map starts within about a screen and a
 * quarter (it started 2,390 px down when they were a column of eight cards); their text stays 9 px or more.
 */
const HOME_MAP_TOP_MAX = 1100;
const MIN_TEXT = 9;
/** Smallest rendered size of a tap target (WCAG 2.2, 2.5.8) and of text on a map or chart, in CSS pixels. */
const MIN_TARGET = 24;
const MIN_SVG_TEXT = 9;

const PAGES = [
  { path: '/', screenshot: 'home.png' },
  { path: '/themes/energy', screenshot: 'theme-energy.png' },
  { path: '/projects' },
  { path: '/projects?theme=energy&status=operational' },
  { path: '/projects/power-of-siberia' },
  { path: '/places' },
  { path: '/places/heihe' },
  { path: '/projects/grain-corridor' },
  { path: '/places/heilongjiang' },
  { path: '/timeline' },
  { path: '/timeline?theme=energy' },
  { path: '/data' },
  { path: '/sources' },
  { path: '/search?q=Heihe' },
  { path: '/projects/no-such-project', status: 404 },
  { path: '/projects?status=bogus', status: 400 },
  { path: '/timeline?era=bronze-age', status: 400 },
];

/** Every theme and every series the site links to, so that a new one is checked without editing this list. */
async function discoveredPages(request) {
  const found = [];
  for (const [listing, pattern] of [['/', /href="(\/themes\/[a-z0-9-]+)"/g], ['/data', /href="(\/data\/[a-z0-9-]+)"/g]]) {
    const res = await request.get(BASE + listing, { timeout: 30_000 });
    const html = await res.text();
    for (const m of html.matchAll(pattern)) {
      if (!found.includes(m[1])) found.push(m[1]);
    }
  }
  return found;
}

/** The titles of the source documents and of the journals and outlets that printed them, from the bibliography. */
async function sourceTitles(request) {
  const html = await (await request.get(`${BASE}/en/sources`)).text();
  return [...html.matchAll(/<h2 id="[^"]*-h">([^<]*)<\/h2>|<dt>Outlet<\/dt><dd>([^<]*)<\/dd>/g)].map((m) => (m[1] ?? m[2])
    .replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

/**
 * English words left in a Russian or Chinese page's <main>: the lowercase Latin words of its text once what may stay
 * English is set aside: text marked lang="en" (quotations in their printed wording, text not yet translated),
 * citations (a source's reference and the part of it cited, named by the document's own headings), source titles,
 * quoted wording («…», “…”, "…"), addresses and DOIs. A capitalised word is a proper name or a code (Zhang, AsiaNews,
 * CSV, SWIFT) and may stay. Returns each word with the text around it.
 */
async function englishLeftInMain(page, printedTitles) {
  return page.evaluate((titles) => {
    const main = document.querySelector('main');
    if (!main) return [];
    const texts = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const declared = element.closest('[lang]');
      if (declared && main.contains(declared) && declared.lang.toLowerCase().startsWith('en')) continue;
      if (element.closest('.cite, .cite-this, .locator')) continue;
      // code to copy (the embed snippet) is HTML, in no reader's language
      if (element.closest('code, pre, samp, kbd, textarea')) continue;
      texts.push(node.textContent);
    }
    let text = texts.join(' ');
    for (const title of titles) text = text.split(title).join(' ');
    text = text.replace(/«[^»]*»|“[^”]*”|"[^"]*"|‘[^’]*’|「[^」]*」|《[^》]*》/g, ' ')
      .replace(/https?:\/\/\S+|\b10\.\d{4,}\/\S+/g, ' ');
    return [...text.matchAll(/[A-Za-z][A-Za-z'’-]*/g)]
      .filter((m) => m[0].length > 1 && m[0][0] === m[0][0].toLowerCase())
      .map((m) => `"${m[0]}" in …${text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}…`);
  }, printedTitles);
}

const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

let passed = 0;
const failures = [];
let scope = ''; // the page or check being run, to name it in the final list of failures
const indent = (text) => text.replace(/\n/g, '\n        ');
function pass(what) {
  passed++;
  console.log(`  ok    ${what}`);
}
function fail(what, detail = '') {
  const line = `${what}${detail ? `\n        ${indent(detail)}` : ''}`;
  failures.push(`${scope ? `[${scope}] ` : ''}${line}`);
  console.log(`  FAIL  ${line}`);
}
function check(condition, what, detail) {
  if (condition) pass(what);
  else fail(what, typeof detail === 'function' ? detail() : detail);
  return condition;
}

const watchdog = setTimeout(() => {
  console.error(`\nbrowser-checks: gave up after ${WATCHDOG_MS / 1000}s (watchdog); failures so far: ${failures.length}`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

/** Opens a page with listeners for everything that counts as a browser error. */
async function openPage(context, problems) {
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push({ kind: 'console error', text: msg.text(), url: msg.location()?.url ?? '' });
  });
  page.on('pageerror', (err) => problems.push({ kind: 'page error', text: err.message, url: '' }));
  page.on('requestfailed', (req) => problems.push({
    kind: 'failed request', text: `${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`, url: req.url(),
  }));
  page.on('response', (res) => {
    if (res.status() >= 400 && res.request().resourceType() !== 'document') {
      problems.push({ kind: 'failed request', text: `${res.request().method()} ${res.url()} → HTTP ${res.status()}`, url: res.url() });
    }
  });
  return page;
}

function internalLink(href) {
  if (!href || !href.startsWith('/') || href.startsWith('//')) return null;
  const withoutFragment = href.split('#')[0];
  return withoutFragment || null;
}

async function checkPage(context, axeSource, spec, links) {
  const expected = spec.status ?? 200;
  const url = BASE + spec.path;
  scope = spec.path;
  console.log(`\n== ${spec.path}`);
  const problems = [];
  const page = await openPage(context, problems);
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const status = response?.status();
    check(status === expected, `status ${expected}`, `got ${status}`);
    if (!response) return;

    const h1 = await page.locator('h1').count();
    check(h1 === 1, 'exactly one <h1>', `found ${h1}`);
    const mains = await page.locator('main').count();
    check(mains === 1, 'one <main>', `found ${mains}`);
    const title = (await page.title()).trim();
    check(title.length > 0, `<title> "${title}"`, 'missing or empty');
    if (spec.lang) {
      const lang = await page.evaluate(() => document.documentElement.lang);
      check(lang === spec.lang, `<html lang="${spec.lang}">`, `found lang="${lang}"`);
    }

    if (spec.printedTitles) {
      const left = await englishLeftInMain(page, spec.printedTitles);
      check(left.length === 0, 'no English left in <main> but source titles, citations, quotations, text marked '
        + 'lang="en", proper names and codes', () => left.join('\n'));
    }

    // an error page's language links lead to the same wrong address in another language: not followed
    const hrefs = expected === 200 ? await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href'))) : [];
    let added = 0;
    for (const href of hrefs) {
      const link = internalLink(href);
      if (link && !links.has(link) && links.size < MAX_LINKS) {
        links.set(link, spec.path);
        added++;
      }
    }
    console.log(`        ${hrefs.length} links on the page, ${added} new internal ones queued (${links.size} in all)`);

    // axe-core. The page's CSP (script-src 'self') blocks an injected inline <script>, so the source is evaluated
    // through the DevTools protocol, which CSP does not govern; the page itself is loaded with CSP in force.
    await page.evaluate(axeSource);
    const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const minor = results.violations.filter((v) => !severe.includes(v));
    check(severe.length === 0, `axe-core: no serious or critical violation (${results.passes?.length ?? 0} rules passed`
      + `${minor.length ? `; moderate/minor: ${minor.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(', ')}` : ''})`,
    () => severe.map((v) => `${v.id} [${v.impact}] ${v.help}\n  help: ${v.helpUrl}\n`
        + v.nodes.slice(0, 8).map((n) => `  - target: ${n.target.join(' ')}\n    html: ${n.html.slice(0, 200)}\n`
          + `    ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`).join('\n')
        + (v.nodes.length > 8 ? `\n  … and ${v.nodes.length - 8} more elements` : '')).join('\n'));

    // Server-drawn SVG charts: every text must lie inside the chart's own box on screen, or the browser clips it.
    // (Screen rectangles, so rotated axis titles are measured as drawn.)
    const clipped = await page.$$eval('svg', (svgs) => svgs.flatMap((svg, i) => {
      const box = svg.getBoundingClientRect();
      if (!box.width || !box.height) return [];
      return [...svg.querySelectorAll('text')].map((t) => ({ t, r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.left < box.left - 1 || r.top < box.top - 1
          || r.right > box.right + 1 || r.bottom > box.bottom + 1))
        .map(({ t, r }) => `svg #${i + 1}${svg.id ? ` (#${svg.id})` : ''}: "${t.textContent.trim().slice(0, 60)}" `
          + `ends ${Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom).toFixed(0)}px `
          + `outside the chart (text ${r.left.toFixed(0)}–${r.right.toFixed(0)} × ${r.top.toFixed(0)}–${r.bottom.toFixed(0)}, `
          + `chart ${box.left.toFixed(0)}–${box.right.toFixed(0)} × ${box.top.toFixed(0)}–${box.bottom.toFixed(0)}, screen px)`);
    }));
    const leading = await page.evaluate(separatorsStartingLines);
    check(leading.found.length === 0, `no line starts with a list's separator (${leading.checked} separators after links)`,
      () => leading.found.join('\n'));
    const hedges = await page.evaluate(hedgesApartFromNumbers);
    if (hedges.checked > 0 || /^\/((ru|zh)\/)?$/.test(spec.path)) {
      check(hedges.checked > 0 && hedges.found.length === 0,
        `every key figure's hedge on the line of its number (${hedges.checked} hedged figures)`, () => hedges.found.join('\n'));
    }

    const svgCount = await page.locator('svg').count();
    if (svgCount > 0) {
      check(clipped.length === 0, `the text of ${svgCount} SVG graphic(s) lies inside them (nothing clipped)`,
        () => clipped.join('\n'));
    }

    if (spec.screenshot) {
      const file = join(SCREENSHOT_DIR, spec.screenshot);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`        screenshot: ${file}`);
    }

    // Chromium logs the main document's own 4xx as a console error; for the expected 404 page that is not a defect.
    const relevant = problems.filter((p) => !(expected !== 200 && p.kind === 'console error'
      && new RegExp(`status of ${expected}\\b`).test(p.text) && (p.url === url || p.url === '')));
    check(relevant.length === 0, 'no console error, page error or failed request',
      () => relevant.map((p) => `${p.kind}: ${p.text}${p.url && !p.text.includes(p.url) ? ` (${p.url})` : ''}`).join('\n'));
  } catch (e) {
    fail('the page could be checked', e.message);
  } finally {
    await page.close();
  }
}

/** At a phone's width nothing may stick out sideways: the reader would have to scroll left and right. */
async function checkPhone(browser, paths) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    for (const path of paths) {
      scope = `phone ${path}`;
      console.log(`\n== ${path} at ${PHONE.width} × ${PHONE.height}`);
      const problems = [];
      const page = await openPage(context, problems);
      try {
        const response = await page.goto(BASE + path, { waitUntil: 'load', timeout: 30_000 });
        check(response?.status() === 200, 'status 200', `got ${response?.status()}`);
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              // content inside a scrolling box (a wide table in its own scroller) does not widen the page
              let clipped = false;
              for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                const style = getComputedStyle(p);
                if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) { clipped = true; break; }
              }
              return !clipped && r.width > 0 && r.right > width + 1;
            })
            .slice(0, 8)
            .map((el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string'
              ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> ends at ${Math.round(el.getBoundingClientRect().right)}px`);
          return { scrollWidth: document.documentElement.scrollWidth, width, wide };
        });
        check(overflow.scrollWidth <= overflow.width + 1,
          `no sideways scrolling (page ${overflow.scrollWidth}px wide on a ${overflow.width}px screen)`,
          () => `wider than the screen:\n${overflow.wide.join('\n')}`);
        const small = await page.evaluate(smallTargets, MIN_TARGET);
        check(small.length === 0, `every tap target at least ${MIN_TARGET} × ${MIN_TARGET} px`,
          () => small.slice(0, 10).join('\n'));
        const leading = await page.evaluate(separatorsStartingLines);
        check(leading.found.length === 0, `no line starts with a list's separator (${leading.checked} after links)`,
          () => leading.found.join('\n'));
        const hedges = await page.evaluate(hedgesApartFromNumbers);
        if (hedges.checked > 0) {
          check(hedges.found.length === 0, `every key figure's hedge on the line of its number (${hedges.checked} hedged figures)`,
            () => hedges.found.join('\n'));
        }
        const crowded = await page.evaluate(mapFooterOverlaps);
        check(crowded.length === 0, "the map's scale and credit do not overlap", () => crowded.join('\n'));
        const tiny = await page.evaluate(smallSvgText, MIN_SVG_TEXT);
        check(tiny.count === 0, `map and chart text at least ${MIN_SVG_TEXT} px (${tiny.checked} texts shown)`,
          () => `${tiny.count} smaller, e.g.:\n${tiny.examples.join('\n')}`);
        if (/^\/((ru|zh)\/)?$/.test(path)) {
          const home = await page.evaluate(() => {
            const map = [...document.querySelectorAll('svg.map')].find((m) => m.getClientRects().length > 0);
            const figures = document.querySelector('.figures');
            const sizes = figures ? [...figures.querySelectorAll('*')].filter((e) => e.getClientRects().length > 0)
              .map((e) => parseFloat(getComputedStyle(e).fontSize)) : [];
            return { mapTop: map ? Math.round(map.getBoundingClientRect().top + window.scrollY) : null,
              figures: figures ? Math.round(figures.getBoundingClientRect().height) : null,
              smallestText: sizes.length ? Math.min(...sizes) : null };
          });
          check(home.mapTop !== null && home.mapTop <= HOME_MAP_TOP_MAX,
            `the map starts within ${HOME_MAP_TOP_MAX} px of the top (${home.mapTop} px; key figures ${home.figures} px tall)`,
            JSON.stringify(home));
          check(home.smallestText !== null && home.smallestText >= MIN_TEXT,
            `key figures' text at least ${MIN_TEXT} px (smallest ${home.smallestText} px)`, JSON.stringify(home));
          const name = path === '/' ? 'phone-home.png' : `phone-home-${path.replace(/\//g, '')}.png`;
          await page.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage: true });
        }
        check(problems.length === 0, 'no console error, page error or failed request',
          () => problems.map((p) => `${p.kind}: ${p.text}`).join('\n'));
      } catch (e) {
        fail('the page could be checked on a phone', e.message);
      } finally {
        await page.close();
      }
    }
  } finally {
    await context.close();
  }
}

/**
 * Links, buttons and fields smaller than the minimum, as descriptions. Exempt as WCAG 2.5.8 allows: a link inline in
 * a run of text (a citation in a sentence, a place in a list), and the links drawn on a map or chart, whose
 * equivalents (the list beside the map, the table beside the chart) are on the same page. Footnote marks are never
 * exempt: "*" alone was the smallest target on the site.
 */
function smallTargets(min) {
  const out = [];
  for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, summary')) {
    if (el.closest('svg')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    if (el.classList.contains('skip')) continue;
    const footnote = el.matches('a[href^="#note-"]');
    if (!footnote && getComputedStyle(el).display === 'inline') {
      const parent = el.parentElement;
      const own = (el.textContent ?? '').trim().length;
      if (parent && (parent.textContent ?? '').trim().length > own) continue; // inline in text
    }
    if (r.width < min - 0.5 || r.height < min - 0.5) {
      out.push(`<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
  }
  return out;
}

/**
 * Separators (", ", "、", "; ") that a line starts with, right after a link that ended the line above: a link drawn
 * as an inline block for its tap size may be broken after, so «Тайпин» ended one line and «, Екатеринбург» began the
 * next. Each as "link / separator".
 */
function separatorsStartingLines() {
  const found = [];
  let checked = 0;
  for (const a of document.querySelectorAll('main a')) {
    const next = a.nextSibling;
    if (!next || next.nodeType !== Node.TEXT_NODE || !/^[,，、;；]/.test(next.textContent)) continue;
    const linkLines = a.getClientRects();
    if (linkLines.length === 0) continue;
    checked++;
    const range = document.createRange();
    range.setStart(next, 0);
    range.setEnd(next, 1);
    const separator = range.getBoundingClientRect();
    if (separator.top >= linkLines[linkLines.length - 1].bottom - 2) {
      found.push(`"${a.textContent.trim().slice(0, 40)}" / "${next.textContent.slice(0, 2)}" (in ${a.parentElement.closest('td, dd, p, li')?.tagName.toLowerCase() ?? 'main'})`);
    }
  }
  return { checked, found };
}

/**
 * Key figures whose hedge does not share a line with its number, as when «более» stood alone above «80 млрд» on the
 * Russian home page: every character from the start of a figure to its first digit must sit on one line. Figures with
 * no hedge (their first character is a digit) are not counted.
 */
function hedgesApartFromNumbers() {
  const found = [];
  let checked = 0;
  for (const value of document.querySelectorAll('.figure-value')) {
    if (value.getClientRects().length === 0) continue;
    const boxes = [];
    let text = '';
    const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && !/\d/.test(text); node = walker.nextNode()) {
      for (let i = 0; i < node.length && !/\d/.test(text); i++) {
        text += node.data[i];
        if (/\s/.test(node.data[i])) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        if (r.height > 0) boxes.push(r);
      }
    }
    if (boxes.length < 2 || !/\d$/.test(text)) continue;
    checked++;
    const tops = boxes.map((r) => r.top);
    if (Math.max(...tops) - Math.min(...tops) > Math.min(...boxes.map((r) => r.height)) / 2) {
      found.push(`"${value.textContent.trim()}": a line break between "${text.trim().replace(/\d$/, '')}" and its number`);
    }
  }
  return { checked, found };
}

/** Texts under a shown map (scale, credit) that overlap on screen, as descriptions. */
function mapFooterOverlaps() {
  const out = [];
  for (const footer of document.querySelectorAll('svg.map .map-footer')) {
    const boxes = [...footer.querySelectorAll('text')].filter((t) => t.getClientRects().length > 0)
      .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r;
        const b = boxes[j].r;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
          out.push(`"${boxes[i].text}" overlaps "${boxes[j].text}"`);
        }
      }
    }
  }
  return out;
}

/** Text in the maps and charts as rendered (font size times the drawing's scale), counting only what is shown. */
function smallSvgText(min) {
  let checked = 0;
  const examples = [];
  let count = 0;
  for (const t of document.querySelectorAll('svg.map text, svg.chart text')) {
    if (t.getClientRects().length === 0) continue; // in a hidden drawing (the desktop map on a phone)
    const ctm = t.getScreenCTM();
    if (!ctm) continue;
    const scale = Math.hypot(ctm.a, ctm.b);
    const px = parseFloat(getComputedStyle(t).fontSize) * scale;
    checked++;
    if (px < min - 0.05) {
      count++;
      if (examples.length < 6) examples.push(`"${t.textContent.slice(0, 30)}" ${px.toFixed(1)} px`);
    }
  }
  return { checked, count, examples };
}

/**
 * Printed, a page shows its notes open, its address and the dataset version at its foot, and keeps headings with
 * what follows them; a screenshot of the printed page is kept.
 */
async function checkPrint(context, path, file) {
  scope = `print ${path}`;
  console.log(`\n== ${path} printed`);
  const page = await context.newPage();
  try {
    await page.goto(BASE + path, { waitUntil: 'load', timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const hiddenNotes = [...document.querySelectorAll('details')]
        .flatMap((d) => [...d.children].filter((c) => c.tagName !== 'SUMMARY'))
        .filter((c) => c.getClientRects().length === 0 || c.getBoundingClientRect().height === 0).length;
      const foot = document.querySelector('.print-only');
      const footText = foot && foot.getClientRects().length ? foot.textContent : '';
      const headings = [...document.querySelectorAll('main h2')].map((h) => getComputedStyle(h).breakAfter);
      const captions = [...document.querySelectorAll('caption')].map((c) => getComputedStyle(c).breakAfter);
      return { details: document.querySelectorAll('details').length, hiddenNotes, footText, headings, captions };
    });
    check(printed.hiddenNotes === 0, `every folded note printed open (${printed.details} on the page)`,
      `${printed.hiddenNotes} hidden`);
    check(printed.footText.includes(path.split('?')[0]) && /\d{4}-\d{2}-\d{2}/.test(printed.footText),
      'the page prints its address and the dataset version', `foot: "${printed.footText}"`);
    check([...printed.headings, ...printed.captions].every((b) => b === 'avoid'),
      'headings and captions stay with what follows them', JSON.stringify(printed));
    await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage: true });
    console.log(`        screenshot: ${join(SCREENSHOT_DIR, file)}`);
  } catch (e) {
    fail('the page could be checked in print', e.message);
  } finally {
    await page.close();
  }
}

async function checkLinks(request, links) {
  scope = 'links';
  console.log(`\n== Internal links (${links.size}${links.size >= MAX_LINKS ? ', capped' : ''})`);
  const broken = [];
  const queue = [...links.entries()];
  async function worker() {
    while (queue.length) {
      const [link, foundOn] = queue.shift();
      try {
        const res = await request.get(BASE + link, { timeout: 20_000, failOnStatusCode: false });
        if (res.status() !== 200) broken.push(`${link} → HTTP ${res.status()} (linked from ${foundOn})`);
        await res.dispose();
      } catch (e) {
        broken.push(`${link} → ${e.message.split('\n')[0]} (linked from ${foundOn})`);
      }
    }
  }
  await Promise.all(Array.from({ length: LINK_CONCURRENCY }, worker));
  check(broken.length === 0, `all ${links.size} internal links answer 200`, () => broken.sort().join('\n'));
}

async function checkFilterWithoutJavaScript(browser) {
  scope = 'filter without JavaScript';
  console.log('\n== Project filter with JavaScript disabled');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const problems = [];
  const page = await openPage(context, problems);
  try {
    await page.goto(`${BASE}/projects`, { waitUntil: 'load' });
    // the filters are folded away until used: a reader unfolds them first (a <details>, no script needed)
    await page.locator('details.filter-box > summary').click();
    const select = page.locator('form select[name="theme"]');
    await select.selectOption({ label: 'Energy' });
    const form = page.locator('form:has(select[name="theme"])');
    await Promise.all([
      page.waitForURL(/[?&]theme=energy(&|$)/, { timeout: 15_000 }),
      form.locator('button[type="submit"], input[type="submit"]').first().click(),
    ]);
    const current = page.url();
    check(/[?&]theme=energy(&|$)/.test(current), `submitting the form with theme "Energy" leads to ${current.replace(BASE, '')}`);
    // the page's links keep its language (/en/ for a browser asking for English)
    check(new URL(current).pathname === '/en/projects', 'the filtered catalogue stays in the reader\'s language (/en/)',
      `went to ${new URL(current).pathname}`);
    const hit = await page.locator('main a[href="/en/projects/power-of-siberia"]').count();
    check(hit > 0, 'the results list /en/projects/power-of-siberia', 'no link to /en/projects/power-of-siberia in <main>');
    check(problems.length === 0, 'no console error or failed request', () => problems.map((p) => `${p.kind}: ${p.text}`).join('\n'));
  } catch (e) {
    fail('the project filter works without JavaScript', e.message);
  } finally {
    await context.close();
  }
}

async function checkSkipLink(context) {
  scope = 'keyboard';
  console.log('\n== Keyboard');
  const page = await context.newPage();
  try {
    await page.goto(`${BASE}/`, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const box = el?.getBoundingClientRect();
      return el && {
        tag: el.tagName, text: el.textContent.trim(), href: el.getAttribute('href'),
        visible: !!box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
          && box.top < window.innerHeight && box.left < window.innerWidth,
      };
    });
    check(focused?.tag === 'A' && /^skip to content$/i.test(focused.text),
      'the first Tab focuses the "Skip to content" link', () => `focused: ${JSON.stringify(focused)}`);
    check(focused?.visible, 'the focused skip link is visible on screen', () => `focused: ${JSON.stringify(focused)}`);
    if (focused?.href?.startsWith('#')) {
      const target = await page.locator(focused.href).count();
      check(target === 1, `its target ${focused.href} exists`);
    }
  } catch (e) {
    fail('keyboard check', e.message);
  } finally {
    await page.close();
  }
}

const started = Date.now();
console.log(`Browser checks against ${BASE} with ${CHROMIUM}`);
let browser;
try {
  const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS, timeout: 60_000 });
  console.log(`Chromium ${browser.version()}, axe-core ${JSON.parse(await readFile(require.resolve('axe-core/package.json'), 'utf8')).version}`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const links = new Map();
  const known = new Set(PAGES.map((p) => p.path));
  const discovered = (await discoveredPages(context.request)).filter((path) => !known.has(path));
  console.log(`Themes and series found on / and /data: ${discovered.length} more pages`);
  const printedTitles = await sourceTitles(context.request);
  // Chinese pages say which script they are written in (zh-Hans), as Content-Language does
  const translated = [['ru', 'ru'], ['zh', 'zh-Hans']].flatMap(([code, tag]) => KEY_PAGES.map((path) => ({
    path: `/${code}${path}`, lang: tag, screenshot: path === '/' ? `home-${code}.png` : undefined, printedTitles,
  })));
  // BROWSER_CHECKS_ONLY=phone runs the phone and print checks alone (while working on the layout)
  const only = process.env.BROWSER_CHECKS_ONLY;
  for (const spec of only === 'phone' ? [] : [...PAGES, ...discovered.map((path) => ({ path })), ...translated]) {
    await checkPage(context, axeSource, spec, links);
  }
  await checkPhone(browser, PHONE_PAGES);
  await checkPrint(context, '/data/heilongjiang-russia-trade', 'print-trade.png');
  await checkPrint(context, '/', 'print-home.png');
  if (only !== 'phone') {
    await checkLinks(context.request, links);
    await checkFilterWithoutJavaScript(browser);
    await checkSkipLink(context);
  }
  await context.close();
} catch (e) {
  scope = '';
  fail('unexpected error while checking', e.stack ?? String(e));
} finally {
  await browser?.close().catch(() => {});
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.log(`\nFailures: ${failures.length}`);
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`\nBrowser checks summary: ${passed} checks passed, ${failures.length} failed (${seconds}s)`);
process.exit(failures.length ? 1 : 0);
