/**
 * Checks a labelled matching set against the directory it is graded on, so a typo in a key or a code
 * cannot silently turn a relevant organisation into a 0 or a need into one without technologies.
 *
 *   npx tsx scripts/check-eval-set.ts [data/eval/heldout.json]
 *
 * It checks structure only (keys, codes, roles, grades, languages, hard negatives never graded) and
 * prints the counts per language and kind; it says nothing about how any engine ranks the set.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Texts = Partial<Record<'ja' | 'en', string>>;
interface Need {
  key: string;
  organization: string;
  lang?: 'ja' | 'en';
  kinds?: string[];
  title: Texts;
  body: Texts;
  technologies: string[];
  seeksRoles?: string[];
  relevant: Record<string, number>;
}
interface ExtraOrganization {
  key: string;
  name: Texts;
  description: Texts;
  roles: string[];
  technologies: string[];
  source: string;
  asOf: string;
  hardNegative?: boolean;
  country?: string;
  prefecture?: string;
  targets?: string[];
}
interface EvalSet {
  about: string;
  format: string;
  version: number;
  seeds: { key: string; organization: string }[];
  needs: Need[];
  organizations?: ExtraOrganization[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.resolve(root, file), 'utf8')) as T;

const file = process.argv[2] ?? 'data/eval/heldout.json';
const set = readJson<EvalSet>(file);
const bundle = readJson<{ organizations: { key: string; roles: string[] }[] }>('data/demo/bundle.json');
const taxonomy = readJson<{ technologies: { code: string }[] }>('data/clusters/fusion.json');

const problems: string[] = [];
const bundleKeys = new Set(bundle.organizations.map((o) => o.key));
const extras = set.organizations ?? [];
const negativeKeys = new Set(extras.filter((o) => o.hardNegative).map((o) => o.key));
const orgKeys = new Set([...bundleKeys, ...extras.map((o) => o.key)]);
const seedKeys = new Set(set.seeds.map((s) => s.key));
const codes = new Set(taxonomy.technologies.map((t) => t.code));
const roles = new Set(bundle.organizations.flatMap((o) => o.roles));

function checkCodes(where: string, list: string[]) {
  for (const c of list) if (!codes.has(c)) problems.push(`${where}: unknown technology ${c}`);
}
function checkRoles(where: string, list: string[]) {
  for (const r of list) if (!roles.has(r)) problems.push(`${where}: unknown role ${r}`);
}

function checkHeader() {
  if (set.format !== 'fusion-cluster-matching-eval') problems.push(`format is ${set.format}`);
  if (set.version !== 1) problems.push(`version is ${set.version}`);
  if (!set.about) problems.push('about is empty');
}

function checkExtras() {
  const needKeys = new Set(set.needs.map((n) => n.key));
  for (const o of extras) {
    const at = `organizations/${o.key}`;
    if (bundleKeys.has(o.key)) problems.push(`${at}: key already in the bundle`);
    if (!o.name.ja || !o.name.en || !o.description.ja || !o.description.en) problems.push(`${at}: ja and en`);
    if (!/^https:\/\//.test(o.source)) problems.push(`${at}: source is not an https URL`);
    if (!o.asOf) problems.push(`${at}: no asOf`);
    if (!o.country && !o.prefecture) problems.push(`${at}: no prefecture or country`);
    checkCodes(at, o.technologies);
    checkRoles(at, o.roles);
    for (const t of o.targets ?? []) if (!needKeys.has(t)) problems.push(`${at}: targets unknown need ${t}`);
    if (o.hardNegative && !o.targets?.length)
      problems.push(`${at}: a hard negative names the needs it targets`);
  }
}

function checkRelevant(need: Need) {
  const at = `needs/${need.key}`;
  const entries = Object.entries(need.relevant);
  if (entries.length === 0) problems.push(`${at}: nothing relevant`);
  for (const [ref, grade] of entries) {
    const [kind = '', key = ''] = ref.split(':');
    const known = kind === 'org' ? orgKeys.has(key) : kind === 'seed' && seedKeys.has(key);
    if (!known) problems.push(`${at}: unknown ${ref}`);
    if (grade !== 1 && grade !== 2) problems.push(`${at}: grade ${grade} for ${ref}`);
    if (kind === 'org' && key === need.organization)
      problems.push(`${at}: the posting organisation is graded`);
    if (kind === 'org' && negativeKeys.has(key)) problems.push(`${at}: hard negative ${key} is graded`);
  }
}

function checkNeed(need: Need, seen: Set<string>) {
  const at = `needs/${need.key}`;
  if (seen.has(need.key)) problems.push(`${at}: duplicate key`);
  seen.add(need.key);
  if (!bundleKeys.has(need.organization))
    problems.push(`${at}: poster ${need.organization} not in the bundle`);
  const langs = Object.keys(need.body);
  if (langs.length !== 1 || (need.lang && langs[0] !== need.lang))
    problems.push(`${at}: body in one language`);
  if (Object.keys(need.title).join() !== langs.join())
    problems.push(`${at}: title and body languages differ`);
  checkCodes(at, need.technologies);
  checkRoles(at, need.seeksRoles ?? []);
  checkRelevant(need);
}

function counts() {
  const table: Record<string, Record<string, number>> = {};
  for (const n of set.needs) {
    const lang = Object.keys(n.body)[0] ?? 'none';
    for (const kind of ['all', ...(n.kinds?.length ? n.kinds : ['technical'])]) {
      const row = table[kind] ?? {};
      row[lang] = (row[lang] ?? 0) + 1;
      table[kind] = row;
    }
  }
  return table;
}

checkHeader();
checkExtras();
const seen = new Set<string>();
for (const need of set.needs) checkNeed(need, seen);
const targeted = extras.filter((o) => negativeKeys.has(o.key)).length;
console.log(
  `${file}: ${set.needs.length} needs, ${extras.length} extra organisations (${targeted} hard negatives)`,
);
console.table(counts());
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('ok');
