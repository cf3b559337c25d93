/**
 * Test support: checks JSON-LD against the W3C Web Annotation test suite's JSON Schemas (vendored
 * in web-annotation-w3c/, see its README). Each assertion of the suite is a draft-04 schema with
 * the result it expects ("valid"); an export passes when every assertion gets that result.
 */
import Ajv from 'ajv';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('./web-annotation-w3c/', import.meta.url));
const DRAFT_04 = fileURLToPath(
  new URL('../../../node_modules/ajv/lib/refs/json-schema-draft-04.json', import.meta.url),
);

const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** The suite's own test lists: every MUST for an annotation, a collection and a page. */
const MUSTS = {
  annotation: 'annotations/annotationMusts.test',
  collection: 'collections/collectionMusts.test',
  page: 'collections/pages/pageMusts.test',
} as const;

/** Optional assertions ("may") that every annotation Sidenote writes meets too. */
const ANNOTATION_MAYS = [
  'annotations/3.3.5-annotationMotivationImplemented.json',
  'annotations/specificResource/4.2-selectorFound.json',
  'annotations/specificResource/4.2.4-textQuoteSelector.json',
  'annotations/specificResource/4.2.5-textPositionSelector.json',
];

type Kind = keyof typeof MUSTS;

interface Assertion {
  file: string;
  message: string;
  expectValid: boolean;
  validate: Ajv.ValidateFunction;
}

let compiled: Record<Kind, Assertion[]> | undefined;

function load(): Record<Kind, Assertion[]> {
  if (compiled) return compiled;
  // The suite is draft-04 (`id`, not `$id`); its `$ref`s name the definition files by file name.
  const ajv = new Ajv({ schemaId: 'id', format: 'full', logger: false });
  ajv.addMetaSchema(readJson(DRAFT_04));
  for (const name of readdirSync(`${ROOT}definitions`)) {
    if (name.endsWith('.json')) ajv.addSchema(readJson(`${ROOT}definitions/${name}`));
  }
  const assertion = (file: string): Assertion => {
    const schema = readJson(`${ROOT}${file}`);
    return {
      file,
      message: String(schema.errorMessage ?? schema.title ?? file),
      expectValid: schema.expectedResult !== 'invalid',
      validate: ajv.compile(schema),
    };
  };
  const listed = (kind: Kind) =>
    (readJson(`${ROOT}${MUSTS[kind]}`).assertions as string[]).map(assertion);
  compiled = {
    annotation: [...listed('annotation'), ...ANNOTATION_MAYS.map(assertion)],
    collection: listed('collection'),
    page: listed('page'),
  };
  return compiled;
}

/** The suite's assertions `value` fails, as "file: message (what Ajv found)"; [] when it passes. */
export function w3cProblems(value: unknown, kind: Kind): string[] {
  return load()[kind].flatMap(({ file, message, expectValid, validate }) => {
    const valid = validate(value) === true;
    if (valid === expectValid) return [];
    const found = (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message ?? ''}`.trim());
    return [`${file}: ${message} (${found.slice(0, 3).join('; ')})`];
  });
}

/**
 * Every problem of an exported collection: the collection, its embedded first page and each of
 * its annotations (page and annotations inherit the collection's `@context`, as in JSON-LD).
 */
export function w3cCollectionProblems(collection: {
  '@context': unknown;
  first: { items: readonly object[] };
}): string[] {
  const context = { '@context': collection['@context'] };
  return [
    ...w3cProblems(collection, 'collection'),
    ...w3cProblems({ ...context, ...collection.first }, 'page').map((p) => `first: ${p}`),
    ...collection.first.items.flatMap((item, i) =>
      w3cProblems({ ...context, ...item }, 'annotation').map((p) => `first.items[${i}]: ${p}`),
    ),
  ];
}
