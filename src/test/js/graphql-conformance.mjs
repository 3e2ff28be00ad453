#!/usr/bin/env node
// Independent client-side check of the atlas's GraphQL API over HTTP, with the reference implementation (graphql-js).
//
//   node src/test/js/graphql-conformance.mjs http://localhost:8080
//
// 1. Schema: the introspected schema and the SDL served at /graphql/schema.graphql describe the same API.
// 2. Examples: every document in src/test/graphql/examples/*.graphql validates against that schema and runs
//    without errors over POST (JSON) and GET (?query=&variables=). Variables come from a "# variables: {...}" line.
// 3. Protocol: the GraphQL-over-HTTP spec. A MUST that is not met is a failure; a SHOULD that is not met is a
//    warning, listed and counted at the end (the suite still passes).
// 4. The audit suite of graphql-http (serverAudits, the spec's reference audits): an audit that fails or warns is a
//    failure, since the atlas meets all of them and a new warning is a regression; MAY audits not met are counted.
//
// Exits 1 on any failure (each one listed at the end), 2 on bad usage.

import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GraphQLSchema,
  buildClientSchema,
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  getIntrospectionQuery,
  getOperationAST,
  lexicographicSortSchema,
  parse,
  printSchema,
  specifiedDirectives,
  validate,
  version,
} from 'graphql';
import { serverAudits } from 'graphql-http';

const here = dirname(fileURLToPath(import.meta.url));
const EXAMPLES_DIR = resolve(process.env.GRAPHQL_EXAMPLES_DIR ?? join(here, '..', 'graphql', 'examples'));
const TIMEOUT_MS = 20_000;

const baseArg = process.argv[2];
if (!baseArg || !/^https?:\/\//.test(baseArg)) {
  console.error('usage: node graphql-conformance.mjs <baseUrl>   e.g. http://localhost:8080');
  process.exit(2);
}
const BASE = baseArg.replace(/\/+$/, '');
const ENDPOINT = `${BASE}/graphql`;

let passed = 0;
const failures = [];
const notes = [];
const warnings = [];

function pass(what) {
  passed++;
  console.log(`  ok    ${what}`);
}
function fail(what, detail = '') {
  failures.push(`${what}${detail ? `\n        ${detail.replace(/\n/g, '\n        ')}` : ''}`);
  console.log(`  FAIL  ${what}${detail ? `\n        ${detail.replace(/\n/g, '\n        ')}` : ''}`);
}
function note(what) {
  notes.push(what);
  console.log(`  NOTE  ${what}`);
}
/** A SHOULD of the spec: reported and counted when not met, not a failure. */
function should(condition, what, detail) {
  if (condition) {
    pass(what);
  } else {
    const text = `${what}${detail ? ` (${typeof detail === 'function' ? detail() : detail})` : ''}`;
    warnings.push(text);
    console.log(`  WARN  ${text}`);
  }
  return condition;
}
function check(condition, what, detail) {
  if (condition) pass(what);
  else fail(what, typeof detail === 'function' ? detail() : detail);
  return condition;
}
function section(title) {
  console.log(`\n== ${title}`);
}

/** One HTTP exchange; never throws for HTTP-level problems, only records what came back. */
async function http(method, url, { headers = {}, body } = {}) {
  const res = await fetch(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, json };
}

function postJson(payload, extraHeaders = {}) {
  return http('POST', ENDPOINT, {
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...extraHeaders },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

function getQuery(params, extraHeaders = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined) qs.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  }
  return http('GET', `${ENDPOINT}?${qs}`, {
    headers: { Accept: 'application/graphql-response+json, application/json', ...extraHeaders },
  });
}

const isJsonType = (ct) => /^application\/(graphql-response\+)?json\b/i.test(ct);
const brief = (r) => `HTTP ${r.status}, content-type "${r.contentType}", body: ${r.text.slice(0, 300)}`;
const errorsOf = (r) => JSON.stringify(r.json?.errors ?? null).slice(0, 600);

/** A schema with the same types but only the built-in directives, to compare the API's types on their own. */
function typesOnly(schema) {
  return new GraphQLSchema({ ...schema.toConfig(), directives: [...specifiedDirectives] });
}

function lineDiff(a, b, labelA, labelB, max = 40) {
  const la = a.split('\n');
  const lb = b.split('\n');
  const setA = new Set(la);
  const setB = new Set(lb);
  const out = [];
  for (const l of la) if (!setB.has(l)) out.push(`- ${labelA}: ${l}`);
  for (const l of lb) if (!setA.has(l)) out.push(`+ ${labelB}: ${l}`);
  return (out.length > max ? [...out.slice(0, max), `  … ${out.length - max} more`] : out).join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
async function checkSchema() {
  section('Schema: introspection vs. /graphql/schema.graphql');

  const introspection = await postJson({
    query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true }),
    operationName: 'IntrospectionQuery',
  });
  if (!check(introspection.status === 200 && introspection.json?.data?.__schema && !introspection.json.errors,
    'introspection query answers 200 with data.__schema and no errors', () => brief(introspection))) {
    return null;
  }
  const clientSchema = buildClientSchema(introspection.json.data);
  pass(`buildClientSchema: ${Object.keys(clientSchema.getTypeMap()).filter((n) => !n.startsWith('__')).length} types, `
    + `${clientSchema.getDirectives().length} directives`);

  const sdlRes = await http('GET', `${BASE}/graphql/schema.graphql`);
  if (!check(sdlRes.status === 200 && sdlRes.text.trim().length > 0, 'GET /graphql/schema.graphql answers 200 with SDL',
    () => brief(sdlRes))) {
    return clientSchema;
  }
  let sdlSchema;
  try {
    sdlSchema = buildSchema(sdlRes.text);
    pass('buildSchema accepts the served SDL');
  } catch (e) {
    fail('buildSchema accepts the served SDL (it must be a complete, standalone schema a client tool can load)',
      `${[...new Set(e.message.split('\n').filter((l) => l.trim()))].join('\n')}${/Unknown type "(BigDecimal|BigInteger)"/.test(e.message)
        ? '\nSmallRye leaves custom scalar definitions out of the printed SDL unless '
          + 'quarkus.smallrye-graphql.schema-include-scalars=true'
        : ''}`);
    return clientSchema;
  }

  // The API's types, printed in a canonical order: must be identical.
  const printedIntrospected = printSchema(lexicographicSortSchema(typesOnly(clientSchema)));
  const printedSdl = printSchema(lexicographicSortSchema(typesOnly(sdlSchema)));
  check(printedIntrospected === printedSdl,
    'types, fields, arguments, defaults and descriptions: introspection and SDL print identically (lexicographic printSchema)',
    () => lineDiff(printedIntrospected, printedSdl, 'introspection', 'SDL'));

  // Breaking and dangerous changes, both ways. A directive the SDL does not declare is, on the SDL side, either absent
  // or graphql-js's own built-in definition (@deprecated, @specifiedBy, ...): changes concerning such directives
  // compare two GraphQL implementations rather than the server with its SDL, so they are reported as a note. Every
  // other change is a failure.
  const sdlDeclared = new Set(parse(sdlRes.text).definitions
    .filter((d) => d.kind === 'DirectiveDefinition').map((d) => d.name.value));
  const undeclared = clientSchema.getDirectives().map((d) => d.name).filter((n) => !sdlDeclared.has(n));
  const aboutUndeclaredDirective = (c) => c.type.includes('DIRECTIVE')
    && undeclared.some((n) => new RegExp(`(^|[^\\w@])@?${n}\\b`).test(c.description));
  const directiveChanges = [];
  for (const [from, to, label] of [[clientSchema, sdlSchema, 'introspection → SDL'], [sdlSchema, clientSchema, 'SDL → introspection']]) {
    const changes = [...findBreakingChanges(from, to), ...findDangerousChanges(from, to)];
    directiveChanges.push(...changes.filter(aboutUndeclaredDirective).map((c) => `${label}: ${c.type}: ${c.description}`));
    const real = changes.filter((c) => !aboutUndeclaredDirective(c));
    check(real.length === 0, `findBreakingChanges/findDangerousChanges ${label}: none`,
      () => real.map((c) => `${c.type}: ${c.description}`).join('\n'));
  }
  // Directives declared in the SDL must be the server's own (same arguments and locations).
  const declaredOnly = (schema) => printSchema(lexicographicSortSchema(new GraphQLSchema({
    directives: schema.getDirectives().filter((d) => sdlDeclared.has(d.name)),
  }))).replace(/^directive /gm, '');
  const sdlDirectiveText = declaredOnly(sdlSchema);
  const introDirectiveText = declaredOnly(clientSchema);
  check(sdlDirectiveText === introDirectiveText,
    `the ${sdlDeclared.size} directive definitions in the SDL match the introspected ones`,
    () => lineDiff(introDirectiveText, sdlDirectiveText, 'introspection', 'SDL'));
  const undeclaredCustom = undeclared.filter((n) => !specifiedDirectives.some((d) => d.name === n));
  if (undeclaredCustom.length) {
    note(`the server supports directives that the served SDL does not declare: ${undeclaredCustom.map((n) => `@${n}`).join(', ')} `
      + '(SmallRye prints directive definitions only with quarkus.smallrye-graphql.schema-include-directives=true); '
      + 'a client validating against schema.graphql alone would reject documents using them');
  }
  const builtInChanges = [...new Set(directiveChanges.map((c) => c.replace(/^[^:]*: /, '')))]
    .filter((c) => !undeclaredCustom.some((n) => new RegExp(`(^|[^\\w@])@?${n}\\b`).test(c)));
  if (builtInChanges.length) {
    note(`built-in directives, not declared in the SDL, differ between the server (graphql-java) and graphql-js ${version}: `
      + builtInChanges.join('; '));
  }
  return clientSchema;
}

// ---------------------------------------------------------------------------------------------------------------
async function loadExamples() {
  let files;
  try {
    files = (await readdir(EXAMPLES_DIR)).filter((f) => f.endsWith('.graphql')).sort();
  } catch (e) {
    fail(`read example documents from ${EXAMPLES_DIR}`, e.message);
    return [];
  }
  const examples = [];
  for (const file of files) {
    const source = await readFile(join(EXAMPLES_DIR, file), 'utf8');
    const varLine = source.split('\n').find((l) => /^#\s*variables:/.test(l));
    let variables;
    if (varLine) {
      try {
        variables = JSON.parse(varLine.replace(/^#\s*variables:/, ''));
      } catch (e) {
        fail(`${file}: the "# variables:" line is valid JSON`, e.message);
        continue;
      }
    }
    examples.push({ file, source, variables });
  }
  return examples;
}

function responseProblems(r) {
  const problems = [];
  if (r.status !== 200) problems.push(`status ${r.status}`);
  if (!isJsonType(r.contentType)) problems.push(`content-type "${r.contentType}"`);
  if (!r.json) problems.push('body is not JSON');
  else {
    if ('errors' in r.json) problems.push(`errors: ${errorsOf(r)}`);
    if (!r.json.data || typeof r.json.data !== 'object') problems.push('no data object');
    else {
      const empty = Object.entries(r.json.data).filter(([, v]) => v === null).map(([k]) => k);
      if (empty.length) problems.push(`null root fields: ${empty.join(', ')}`);
    }
  }
  return problems;
}

async function checkExamples(schema) {
  section(`Example documents (${EXAMPLES_DIR})`);
  const examples = await loadExamples();
  if (!check(examples.length >= 6, `at least 6 example documents (found ${examples.length})`)) return;
  for (const { file, source, variables } of examples) {
    let doc;
    try {
      doc = parse(source);
    } catch (e) {
      fail(`${file}: parses`, e.message);
      continue;
    }
    if (schema) {
      const errors = validate(schema, doc);
      if (!check(errors.length === 0, `${file}: validate() against the introspected schema, 0 errors`,
        () => errors.map((e) => e.message).join('\n'))) continue;
    }
    const op = getOperationAST(doc);
    if (!check(op && op.name, `${file}: exactly one named operation`)) continue;
    const operationName = op.name.value;

    const viaPost = await postJson({ query: source, operationName, variables });
    const postProblems = responseProblems(viaPost);
    check(postProblems.length === 0, `${file}: POST application/json → 200, data, no errors`, () => postProblems.join('; '));

    if (op.operation === 'query') {
      // the document exactly as written (comments, line breaks), with its operation name
      const viaGet = await getQuery({ query: source, operationName, variables });
      const getProblems = responseProblems(viaGet);
      check(getProblems.length === 0, `${file}: GET ?query=&operationName=&variables= → 200, data, no errors`,
        () => getProblems.join('; '));
      if (postProblems.length === 0 && getProblems.length === 0) {
        check(JSON.stringify(viaPost.json.data) === JSON.stringify(viaGet.json.data), `${file}: GET and POST return the same data`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
async function checkProtocol() {
  section('GraphQL over HTTP');
  const simple = '{ themes { slug title } }';

  // Media types
  const post = await postJson({ query: simple }, { Accept: 'application/json' });
  check(post.status === 200 && /^application\/json\b/i.test(post.contentType) && post.json?.data?.themes?.length > 0
      && !post.json.errors,
    'POST, Accept: application/json → 200, application/json, data (MUST)', () => brief(post));
  const gqlResp = await postJson({ query: simple }, { Accept: 'application/graphql-response+json' });
  check(gqlResp.status === 200 && gqlResp.json?.data?.themes && !gqlResp.json.errors,
    'POST, Accept: application/graphql-response+json → 200 with data', () => brief(gqlResp));
  should(/^application\/graphql-response\+json\b/i.test(gqlResp.contentType),
    'Accept: application/graphql-response+json is answered with that media type (SHOULD)', () => brief(gqlResp));
  const noAccept = await http('POST', ENDPOINT, { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: simple }) });
  check(noAccept.status === 200 && noAccept.json?.data, 'POST without Accept → 200 with data', () => brief(noAccept));
  should(/^application\/json\b/i.test(noAccept.contentType),
    'a request without Accept is answered as application/json (SHOULD, for legacy clients)', () => brief(noAccept));
  const notAcceptable = await postJson({ query: simple }, { Accept: 'text/html' });
  check(notAcceptable.status === 406 || isJsonType(notAcceptable.contentType),
    'Accept: text/html → 406 or a JSON response, never HTML', () => brief(notAcceptable));
  const textPlain = await http('POST', ENDPOINT, { headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ query: simple }) });
  should(textPlain.status === 415, 'a POST with Content-Type: text/plain is refused with 415 (the spec allows only '
    + 'application/json; executing it would make the API reachable by cross-site form posts)', () => brief(textPlain));

  // GET: parameters decoded once and taken as they are
  const get = await getQuery({ query: simple });
  check(get.status === 200 && isJsonType(get.contentType) && get.json?.data?.themes && !get.json.errors,
    'GET ?query= → 200, JSON body with data', () => brief(get));
  const getVars = await getQuery({
    query: 'query B($slug: String!) { theme(slug: $slug) { slug title } }',
    variables: { slug: 'energy' },
  });
  check(getVars.status === 200 && getVars.json?.data?.theme?.slug === 'energy' && !getVars.json.errors,
    'GET with variables= applies the variables', () => brief(getVars));
  const getOpName = await getQuery({ query: 'query A { themes { slug } } query B { sources { slug } }', operationName: 'B' });
  check(getOpName.status === 200 && getOpName.json?.data?.sources && !getOpName.json.data.themes && !getOpName.json.errors,
    'GET with operationName=B runs operation B of a two-operation document (MUST)', () => brief(getOpName));
  const getComment = await getQuery({ query: '# the themes\nquery { themes { slug } }' });
  check(getComment.status === 200 && getComment.json?.data?.themes,
    'GET with a document whose first line is a # comment (line breaks kept)', () => brief(getComment));
  const plusQuery = '{ theme(slug: "a+b") { slug } }';
  const plusPost = await postJson({ query: plusQuery });
  const plusGet = await getQuery({ query: plusQuery });
  const plusMsg = (r) => r.json?.errors?.[0]?.message;
  check(plusMsg(plusGet) !== undefined && plusMsg(plusPost) === plusMsg(plusGet) && /a\+b/.test(plusMsg(plusGet)),
    'GET decodes parameters once: "a+b" arrives as "a+b", as over POST', () => `GET: ${plusMsg(plusGet)}, POST: ${plusMsg(plusPost)}`);
  const pctGet = await getQuery({ query: '{ search(text: "100%") { slug } }' });
  check(pctGet.status === 200 && Array.isArray(pctGet.json?.data?.search), 'GET with a "%" in a string → 200 with data',
    () => brief(pctGet));
  const m = await getQuery({ query: 'mutation { __typename }' }, { Accept: 'application/graphql-response+json' });
  check(m.status === 405 && !m.json?.data, 'a mutation sent via GET → 405 Method Not Allowed, not executed (MUST)', () => brief(m));
  const badVars = await getQuery({ query: 'query Q($s: String!) { theme(slug: $s) { slug } }', variables: '{bad' });
  should(badVars.status === 400 && badVars.json?.errors?.length > 0, 'GET with malformed variables= → 400 with a JSON error',
    () => brief(badVars));
  const getNoQuery = await http('GET', ENDPOINT, { headers: { Accept: 'application/graphql-response+json, application/json' } });
  check(getNoQuery.status >= 400 && getNoQuery.status < 500 && getNoQuery.json?.errors?.length > 0,
    'GET without a query → 4xx with a JSON error', () => brief(getNoQuery));

  // Request errors: not a well-formed request
  for (const accept of ['application/json', 'application/graphql-response+json']) {
    const bad = await postJson('{"query": "{ themes { slug } ', { Accept: accept });
    check(bad.status < 500 && isJsonType(bad.contentType) && bad.json?.errors?.[0]?.message && !('data' in bad.json),
      `malformed JSON body (Accept: ${accept}) → JSON {errors:[{message}]} without data, not 5xx`, () => brief(bad));
    should(bad.status === 400, `malformed JSON body (Accept: ${accept}) → 400`, () => brief(bad));
  }
  const noQuery = await postJson({ variables: {} });
  check(noQuery.status < 500 && noQuery.json?.errors?.length > 0 && !('data' in noQuery.json),
    'JSON body without "query" → JSON errors without data, not 5xx', () => brief(noQuery));
  should(noQuery.status === 400, 'JSON body without "query" → 400', () => brief(noQuery));
  for (const [what, payload] of [
    ['"variables" a string', { query: simple, variables: 'x' }],
    ['"variables" an array', { query: simple, variables: [1] }],
    ['"operationName" a number', { query: simple, operationName: 5 }],
    ['"operationName" an object', { query: simple, operationName: {} }],
    ['"query" a number', { query: 5 }],
    ['"extensions" a string', { query: simple, extensions: 'x' }],
  ]) {
    const r = await postJson(payload, { Accept: 'application/json' });
    check(r.status === 400 && r.json?.errors?.[0]?.message && !('data' in r.json), `${what} → 400 with a GraphQL error`,
      () => brief(r));
  }

  // Document errors: 4xx under application/graphql-response+json (the response has no data), 200 under application/json
  const syntax = await postJson({ query: '{ themes { slug ' }, { Accept: 'application/graphql-response+json' });
  check(syntax.status >= 400 && syntax.status < 500 && syntax.json?.errors?.length > 0 && !('data' in syntax.json),
    'syntax error, Accept: application/graphql-response+json → 4xx, errors, no data (MUST)', () => brief(syntax));
  should(syntax.status === 400, 'syntax error, Accept: application/graphql-response+json → 400', () => brief(syntax));
  check(syntax.json?.errors?.[0]?.locations?.length > 0, 'a syntax error carries its location', () => brief(syntax));
  const invalid = await postJson({ query: '{ noSuchField }' }, { Accept: 'application/graphql-response+json' });
  check(invalid.status >= 400 && invalid.status < 500 && invalid.json?.errors?.[0]?.locations?.length > 0
      && !('data' in invalid.json),
    'validation error, Accept: application/graphql-response+json → 4xx, errors with locations, no data (MUST)',
    () => brief(invalid));
  should(invalid.status === 400, 'validation error, Accept: application/graphql-response+json → 400', () => brief(invalid));
  const invalidJson = await postJson({ query: '{ noSuchField }' }, { Accept: 'application/json' });
  should(invalidJson.status === 200 && invalidJson.json?.errors?.length > 0,
    'validation error, Accept: application/json → 200 with errors', () => brief(invalidJson));
  const coercion = await postJson({ query: 'query Q($l: Int) { projects(limit: $l) { totalCount } }', variables: { l: 1.5 } },
    { Accept: 'application/graphql-response+json' });
  check(coercion.status === 400 && coercion.json?.errors?.length > 0 && !('data' in coercion.json),
    'Int variable 1.5 → 400, variable coercion error, not executed', () => brief(coercion));

  // A field error is a partial response: data with the field null, and an error with a path and a code.
  const notFound = await postJson({ query: '{ project(slug: "no-such-project") { slug } themes { slug } }' });
  const err = notFound.json?.errors?.[0];
  check(notFound.status === 200 && notFound.json?.data && notFound.json.data.project === null
      && notFound.json.data.themes?.length > 0 && err && JSON.stringify(err.path) === '["project"]'
      && err.extensions?.code === 'NOT_FOUND',
    'unknown slug → 200, partial data (project: null, themes present), error with path ["project"] and extensions.code NOT_FOUND',
    () => brief(notFound));
}

// ---------------------------------------------------------------------------------------------------------------
async function checkAudits() {
  section('graphql-http serverAudits');
  const results = await Promise.all(serverAudits({ url: ENDPOINT }).map(({ fn }) => fn()));
  let notices = 0;
  for (const result of results) {
    if (result.status === 'ok') {
      pass(`${result.id} ${result.name}`);
    } else if (result.status === 'notice') {
      notices++;
      console.log(`  MAY   ${result.id} ${result.name}: ${result.reason}`);
    } else {
      fail(`${result.id} ${result.name} (graphql-http: ${result.status})`, result.reason);
    }
  }
  console.log(`        graphql-http: ${results.filter((r) => r.status === 'ok').length} of ${results.length} audits ok, `
    + `${notices} MAY audits not met`);
}

// ---------------------------------------------------------------------------------------------------------------
const started = Date.now();
console.log(`GraphQL conformance against ${ENDPOINT}`);
try {
  const schema = await checkSchema();
  await checkExamples(schema);
  await checkProtocol();
  await checkAudits();
} catch (e) {
  fail('unexpected error while checking', e.stack ?? String(e));
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log('');
if (notes.length) {
  console.log(`Notes (worth knowing; not failures): ${notes.length}`);
  for (const n of notes) console.log(`  - ${n}`);
}
if (warnings.length) {
  console.log(`SHOULD not met (warnings; not failures): ${warnings.length}`);
  for (const w of warnings) console.log(`  - ${w}`);
}
if (failures.length) {
  console.log(`\nFailures (MUST not met, or a graphql-http audit failed or warned): ${failures.length}`);
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`\nGraphQL conformance summary: ${passed} checks passed, ${failures.length} failed, `
  + `${warnings.length} SHOULD warnings, ${notes.length} notes (${seconds}s)`);
process.exit(failures.length ? 1 : 0);
