#!/usr/bin/env node
// Independent client-side check of the atlas's GraphQL API over HTTP, with the reference implementation (graphql-js).
//
//   node src/test/js/graphql-conformance.mjs http://localhost:8080
//
// 1. Schema: the introspected schema and the SDL served at /graphql/schema.graphql describe the same API.
// 2. Examples: every document in src/test/graphql/examples/*.graphql validates against that schema and runs
//    without errors over POST (JSON) and GET (?query=&variables=). Variables come from a "# variables: {...}" line.
// 3. Protocol: GraphQL-over-HTTP behaviour a client relies on. Only what SmallRye GraphQL supports is asserted;
//    where it departs from the GraphQL-over-HTTP spec, a NOTE is printed instead of a failure.
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
  stripIgnoredCharacters,
  validate,
  version,
} from 'graphql';

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
      // Sent the way SmallRye can take it over GET: comments and line breaks stripped (it deletes line breaks, so a
      // comment would swallow the rest), and no operationName (it ignores the parameter; see the notes below).
      const viaGet = await getQuery({ query: stripIgnoredCharacters(source), variables });
      const getProblems = responseProblems(viaGet);
      check(getProblems.length === 0, `${file}: GET ?query=&variables= → 200, data, no errors`, () => getProblems.join('; '));
      if (postProblems.length === 0 && getProblems.length === 0) {
        check(JSON.stringify(viaPost.json.data) === JSON.stringify(viaGet.json.data), `${file}: GET and POST return the same data`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
async function checkProtocol(schema) {
  section('GraphQL over HTTP');
  const simple = '{ themes { slug title } }';

  // POST application/json
  const post = await postJson({ query: simple }, { Accept: 'application/json' });
  check(post.status === 200 && isJsonType(post.contentType) && post.json?.data?.themes?.length > 0 && !post.json.errors,
    'POST Content-Type: application/json, Accept: application/json → 200, JSON body with data', () => brief(post));
  console.log(`        content-type for Accept: application/json → "${post.contentType}"`);
  check(/^application\/json\b/i.test(post.contentType),
    'Accept: application/json only → response media type application/json (spec: MUST)', () => brief(post));

  // Accept: application/graphql-response+json
  const gqlResp = await postJson({ query: simple }, { Accept: 'application/graphql-response+json' });
  console.log(`        content-type for Accept: application/graphql-response+json → "${gqlResp.contentType}"`);
  check(gqlResp.status === 200 && isJsonType(gqlResp.contentType) && gqlResp.json?.data?.themes && !gqlResp.json.errors,
    'Accept: application/graphql-response+json → 200, GraphQL JSON body with data', () => brief(gqlResp));
  if (!/^application\/graphql-response\+json\b/i.test(gqlResp.contentType)) {
    note(`Accept: application/graphql-response+json was answered as "${gqlResp.contentType}" (spec: SHOULD use application/graphql-response+json)`);
  }

  // No Accept header: the spec says treat it as application/json (SHOULD, for legacy clients).
  const noAccept = await http('POST', ENDPOINT, { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: simple }) });
  check(noAccept.status === 200 && noAccept.json?.data, 'POST without Accept header → 200, JSON with data', () => brief(noAccept));
  if (!/^application\/json\b/i.test(noAccept.contentType)) {
    note(`a request without Accept is answered as "${noAccept.contentType}" (spec: SHOULD treat a missing Accept as application/json, `
      + 'so that legacy clients keep working)');
  }

  // GET for queries
  const get = await getQuery({ query: simple });
  check(get.status === 200 && isJsonType(get.contentType) && get.json?.data?.themes && !get.json.errors,
    'GET ?query= → 200, JSON body with data', () => brief(get));

  // Variables via GET
  const getVars = await getQuery({
    query: 'query B($slug: String!) { theme(slug: $slug) { slug title } }',
    variables: { slug: 'energy' },
  });
  check(getVars.status === 200 && getVars.json?.data?.theme?.slug === 'energy' && !getVars.json.errors,
    'GET with variables= applies the variables', () => brief(getVars));

  // GET parameters must be decoded exactly once and taken as they are. Probed, and reported as notes.
  const getOpName = await getQuery({
    query: 'query A { themes { slug } } query B { sources { slug } }',
    operationName: 'B',
  });
  if (!(getOpName.status === 200 && getOpName.json?.data?.sources && !getOpName.json.errors)) {
    note(`GET with operationName=B does not select operation B: ${brief(getOpName)} `
      + '(Quarkus SmallRyeGraphQLExecutionHandler.getJsonObjectFromQueryParameters passes the query text as operationName; '
      + 'clients must send one operation per GET document and omit operationName)');
  }
  const getComment = await getQuery({ query: '# the themes\nquery { themes { slug } }' });
  if (!(getComment.status === 200 && getComment.json?.data?.themes)) {
    note(`GET with a document whose first line is a # comment fails: ${brief(getComment)} `
      + '(the query parameter has its line breaks removed, so the comment runs to the end of the document; '
      + 'clients should send stripIgnoredCharacters(document) over GET)');
  }
  const plusQuery = '{ theme(slug: "a+b") { slug } }';
  const plusPost = await postJson({ query: plusQuery });
  const plusGet = await getQuery({ query: plusQuery });
  const plusMsg = (r) => r.json?.errors?.[0]?.message;
  if (plusMsg(plusPost) !== plusMsg(plusGet)) {
    note(`GET decodes the query parameter twice: the string "a+b" arrives as ${JSON.stringify(plusMsg(plusGet))} `
      + `(POST: ${JSON.stringify(plusMsg(plusPost))}), so a "+" in a search over GET silently becomes a space`);
  }
  const pctGet = await getQuery({ query: '{ search(text: "100%") { slug } }' });
  if (pctGet.status >= 500 || !pctGet.json) {
    note(`GET with a "%" in a string (search(text: "100%")) → HTTP ${pctGet.status} "${pctGet.contentType}", not a GraphQL response `
      + '(second URL decoding throws); POST is fine');
  }

  // Mutations must not run over GET (spec: 405). Only applicable if the schema has mutations.
  if (schema && !schema.getMutationType()) {
    console.log('  skip  mutation via GET → 405: the schema has no mutation type');
  } else if (schema) {
    const field = Object.keys(schema.getMutationType().getFields())[0];
    const m = await getQuery({ query: `mutation { ${field} }` });
    if (m.status !== 405) note(`a mutation sent via GET was answered with HTTP ${m.status} (spec: MUST be 405 Method Not Allowed)`);
    check(!m.json?.data, 'a mutation sent via GET is not executed', () => brief(m));
  }

  // Malformed JSON body: a GraphQL JSON error, not HTML, not a 500.
  for (const accept of ['application/json', 'application/graphql-response+json']) {
    const bad = await postJson('{"query": "{ themes { slug } ', { Accept: accept });
    check(bad.status < 500 && isJsonType(bad.contentType) && Array.isArray(bad.json?.errors) && bad.json.errors.length > 0
        && typeof bad.json.errors[0].message === 'string' && !('data' in bad.json),
      `malformed JSON body (Accept: ${accept}) → JSON {errors:[{message}]} without data, not HTML, not 5xx`, () => brief(bad));
    if (bad.status !== 400) {
      note(`malformed JSON body (Accept: ${accept}) → HTTP ${bad.status}; spec: SHOULD be 400 (a request that is not a well-formed GraphQL-over-HTTP request)`);
    }
  }

  // Body that is valid JSON but not a GraphQL request.
  const noQuery = await postJson({ variables: {} });
  check(noQuery.status < 500 && isJsonType(noQuery.contentType) && noQuery.json?.errors?.length > 0 && !('data' in noQuery.json),
    'JSON body without "query" → JSON errors without data, not 5xx', () => brief(noQuery));
  if (noQuery.status !== 400) note(`JSON body without "query" → HTTP ${noQuery.status}; spec: SHOULD be 400`);

  // Document syntax error and validation error.
  const syntax = await postJson({ query: '{ themes { slug ' }, { Accept: 'application/graphql-response+json' });
  check(syntax.status < 500 && syntax.json?.errors?.length > 0 && !('data' in syntax.json),
    'document with a syntax error → JSON errors without data', () => brief(syntax));
  if (syntax.status < 400) {
    note(`document with a syntax error, Accept: application/graphql-response+json → HTTP ${syntax.status}; `
      + 'spec: a response without data MUST use a 4xx/5xx status with this media type (400 expected)');
  }
  if (syntax.json?.errors?.[0] && !(syntax.json.errors[0].locations?.length > 0)) {
    note(`syntax error reported as "${syntax.json.errors[0].message}" with no location `
      + `(classification ${syntax.json.errors[0].extensions?.classification}); a client cannot point at the mistake`);
  }
  const invalid = await postJson({ query: '{ noSuchField }' }, { Accept: 'application/graphql-response+json' });
  check(invalid.status < 500 && invalid.json?.errors?.length > 0 && !('data' in invalid.json)
      && invalid.json.errors[0].locations?.length > 0,
    'document failing validation → JSON errors with locations, without data', () => brief(invalid));
  if (invalid.status < 400) {
    note(`validation error, Accept: application/graphql-response+json → HTTP ${invalid.status}; spec: MUST be 4xx (400 expected)`);
  }
  const invalidJson = await postJson({ query: '{ noSuchField }' }, { Accept: 'application/json' });
  check(invalidJson.status === 200 && invalidJson.json?.errors?.length > 0,
    'document failing validation, Accept: application/json → 200 with errors (spec: SHOULD be 200)', () => brief(invalidJson));

  // A field error is a partial response: data with the field null, and an error with a path and a code.
  const notFound = await postJson({ query: '{ project(slug: "no-such-project") { slug } themes { slug } }' });
  const err = notFound.json?.errors?.[0];
  check(notFound.status === 200 && notFound.json?.data && notFound.json.data.project === null
      && notFound.json.data.themes?.length > 0 && err && JSON.stringify(err.path) === '["project"]'
      && err.extensions?.code === 'NOT_FOUND',
    'unknown slug → 200, partial data (project: null, themes present), error with path ["project"] and extensions.code NOT_FOUND',
    () => brief(notFound));

  // Things a client might send that the spec leaves open or requires, recorded as notes.
  const getNoQuery = await http('GET', ENDPOINT, { headers: { Accept: 'application/graphql-response+json, application/json' } });
  check(getNoQuery.status < 500, 'GET without a query → not 5xx', () => brief(getNoQuery));
  if (isJsonType(getNoQuery.contentType) && !getNoQuery.json) {
    note(`GET without a query → HTTP ${getNoQuery.status} with content-type "${getNoQuery.contentType}" but a body that is not JSON `
      + `("${getNoQuery.text.trim().slice(0, 60)}")`);
  }
  const badVars = await getQuery({ query: 'query Q($s: String!) { theme(slug: $s) { slug } }', variables: '{bad' });
  if (badVars.status >= 500 || !badVars.json) {
    note(`GET with malformed variables= → HTTP ${badVars.status} "${badVars.contentType}" (not a GraphQL JSON error); `
      + 'spec: SHOULD be 400 with a JSON body, as for a malformed POST body');
  }
  const textPlain = await http('POST', ENDPOINT, { headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ query: simple }) });
  if (textPlain.status === 200 && textPlain.json?.data) {
    note('a POST with Content-Type: text/plain is executed like application/json (spec: a server MAY reject other media '
      + 'types with 415; executing them matters for CSRF only if the API ever has mutations or cookie-based auth)');
  }
  const notAcceptable = await postJson({ query: simple }, { Accept: 'text/html' });
  console.log(`        Accept: text/html → HTTP ${notAcceptable.status}`);
  check(notAcceptable.status === 406 || isJsonType(notAcceptable.contentType),
    'Accept: text/html → 406 or a JSON response (never HTML)', () => brief(notAcceptable));
}

// ---------------------------------------------------------------------------------------------------------------
const started = Date.now();
console.log(`GraphQL conformance against ${ENDPOINT}`);
try {
  const schema = await checkSchema();
  await checkExamples(schema);
  await checkProtocol(schema);
} catch (e) {
  fail('unexpected error while checking', e.stack ?? String(e));
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log('');
if (notes.length) {
  console.log(`Notes (departures from the GraphQL-over-HTTP spec or worth knowing; not failures): ${notes.length}`);
  for (const n of notes) console.log(`  - ${n}`);
}
if (failures.length) {
  console.log(`\nFailures: ${failures.length}`);
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`\nGraphQL conformance summary: ${passed} checks passed, ${failures.length} failed, ${notes.length} notes (${seconds}s)`);
process.exit(failures.length ? 1 : 0);
