#!/usr/bin/env node
// A browser app on another origin uses the atlas's GraphQL API, in headless Chromium (the system's, via
// playwright-core): this script serves a small page from a second local origin (its own HTTP server on another
// port and host name), the page calls the API with fetch and renders the answers, and the checks read what it shows.
//
//   node src/test/js/cross-origin-app.mjs http://localhost:8080
//
// The page: a preflighted POST (JSON) lists the themes and the query's cost from extensions.cost; a GET reads the
// ETag (an exposed header); then Automatic Persisted Queries as Apollo Client does them: the hash alone
// (PersistedQueryNotFound), document and hash (registered), the hash alone again over GET (answered).
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium). Exits 1 on any failure, 2 on bad usage.

import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WATCHDOG_MS = 3 * 60_000;
const baseArg = process.argv[2];
if (!baseArg || !/^https?:\/\//.test(baseArg)) {
  console.error('usage: node cross-origin-app.mjs <baseUrl>   e.g. http://localhost:8080');
  process.exit(2);
}
const API = `${baseArg.replace(/\/+$/, '')}/graphql`;

let passed = 0;
const failures = [];
function check(condition, what, detail = '') {
  if (condition) {
    passed++;
    console.log(`  ok    ${what}`);
  } else {
    failures.push(`${what}${detail ? `: ${detail}` : ''}`);
    console.log(`  FAIL  ${what}${detail ? `\n        ${detail}` : ''}`);
  }
  return condition;
}

const watchdog = setTimeout(() => {
  console.error(`cross-origin-app: gave up after ${WATCHDOG_MS / 1000}s (watchdog)`);
  process.exit(1);
}, WATCHDOG_MS);

/** The front-end app, as a developer would write it against the documented API. */
const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Atlas themes (another origin)</title></head>
<body>
<h1>Themes of the Amur–Heilongjiang atlas</h1>
<ul id="themes"></ul>
<p id="cost"></p>
<p id="etag"></p>
<p id="apq"></p>
<p id="status">loading</p>
<script type="module">
const api = ${JSON.stringify(API)};
const show = (id, text) => { document.getElementById(id).textContent = text; };
async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
try {
  // a JSON POST is not a "simple" request: the browser sends a preflight first
  const response = await fetch(api, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: '{ themes { slug title } }' }),
  });
  const answer = await response.json();
  for (const theme of answer.data.themes) {
    const item = document.createElement('li');
    item.textContent = theme.title + ' (' + theme.slug + ')';
    document.getElementById('themes').append(item);
  }
  const cost = answer.extensions.cost;
  show('cost', 'cost ' + cost.complexity + ' of ' + cost.maxComplexity + ', depth ' + cost.depth + ' of ' + cost.maxDepth);

  const viaGet = await fetch(api + '?query=' + encodeURIComponent('{ theme(slug: "energy") { title } }'));
  show('etag', 'ETag ' + viaGet.headers.get('ETag') + ' for ' + (await viaGet.json()).data.theme.title);

  // Automatic Persisted Queries: try the hash, send the document once, then the hash alone
  const placeDocument = 'query Place($slug: String!) { place(slug: $slug) { nameEn nameRu nameZh } } # ' + Date.now();
  const extensions = { persistedQuery: { version: 1, sha256Hash: await sha256(placeDocument) } };
  const byHash = () => fetch(api + '?variables=' + encodeURIComponent(JSON.stringify({ slug: 'heihe' }))
    + '&extensions=' + encodeURIComponent(JSON.stringify(extensions))).then((r) => r.json());
  const unknown = await byHash();
  const registered = await fetch(api, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: placeDocument, variables: { slug: 'heihe' }, extensions }),
  }).then((r) => r.json());
  const known = await byHash();
  show('apq', [unknown.errors[0].message, registered.data.place.nameEn, known.data.place.nameRu + ' / '
    + known.data.place.nameZh].join(' → '));
  show('status', 'done');
} catch (e) {
  show('status', 'error: ' + e);
}
</script>
</body>
</html>`;

const server = createServer((request, response) => {
  if (request.url === '/') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(PAGE);
  } else {
    response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const pageUrl = `http://127.0.0.1:${server.address().port}/`;
console.log(`page ${pageUrl} calls ${API}`);
check(new URL(pageUrl).origin !== new URL(API).origin, 'the page and the API are on different origins',
  `${new URL(pageUrl).origin} vs ${new URL(API).origin}`);

let browser;
try {
  browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, timeout: 60_000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  const consoleErrors = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const preflights = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.method === 'OPTIONS') preflights.push(event.request.url);
  });
  await page.goto(pageUrl);
  await page.waitForFunction(() => document.getElementById('status').textContent !== 'loading', null, { timeout: 60_000 });

  const status = await page.textContent('#status');
  check(status === 'done', 'the page rendered the API\'s answers', status);
  const themes = await page.$$eval('#themes li', (items) => items.map((item) => item.textContent));
  check(themes.length >= 8 && themes.some((t) => t.includes('(energy)')),
    `the themes are listed (${themes.length}: ${themes.slice(0, 3).join(', ')}, …)`);
  const cost = await page.textContent('#cost');
  check(/^cost 3 of 1000, depth 2 of 15$/.test(cost), 'extensions.cost is readable', cost);
  const etag = await page.textContent('#etag');
  check(/^ETag "[0-9a-f]{32}" for /.test(etag), 'the ETag header is exposed to the page', etag);
  const apq = await page.textContent('#apq');
  check(/^PersistedQueryNotFound → Heihe → Хэйхэ \/ 黑河$/.test(apq),
    'persisted query: unknown hash, registered by POST, then answered by hash alone over GET', apq);
  check(consoleErrors.length === 0, 'no console error (a CORS refusal would be one)', consoleErrors.join('\n'));
  console.log(`        preflight requests seen: ${preflights.length}`);
} catch (e) {
  check(false, 'unexpected error', e.stack ?? String(e));
} finally {
  await browser?.close();
  server.close();
  clearTimeout(watchdog);
}
console.log(`\nCross-origin app summary: ${passed} checks passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
