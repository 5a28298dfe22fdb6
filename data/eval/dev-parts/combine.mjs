// Builds data/eval/dev.json from the parts in this folder and validates it.
// Run from anywhere: node data/eval/dev-parts/combine.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const read = (p) => JSON.parse(readFileSync(p, "utf8"));

const bundle = read(join(root, "data/demo/bundle.json"));
const taxonomy = read(join(root, "data/clusters/fusion.json"));

const needs = [1, 2, 3, 4].flatMap((i) => read(join(here, `needs-${i}.json`)));
const negatives = read(join(here, "negatives.json"));

// --- reference sets -------------------------------------------------------
const orgKeys = new Set(bundle.organizations.map((o) => o.key));
const bundleRoles = new Set(bundle.organizations.flatMap((o) => o.roles || []));
const codes = new Set();
(function walk(x) {
  if (Array.isArray(x)) return x.forEach(walk);
  if (x && typeof x === "object") {
    if (typeof x.code === "string") codes.add(x.code);
    Object.values(x).forEach(walk);
  }
})(taxonomy.technologies);

// --- validation -----------------------------------------------------------
const errors = [];
const err = (m) => errors.push(m);
const KINDS = new Set(["plain", "multi", "variant"]);

if (needs.length !== 64) err(`expected 64 needs, got ${needs.length}`);
const needKeys = new Set();
for (const n of needs) {
  const k = n.key;
  if (needKeys.has(k)) err(`duplicate need key ${k}`);
  needKeys.add(k);
  if (!/^dv-(ja|en)-\d{2}$/.test(k)) err(`${k}: bad key format`);
  if (!["ja", "en"].includes(n.lang)) err(`${k}: bad lang ${n.lang}`);
  if (!k.startsWith(`dv-${n.lang}-`)) err(`${k}: key does not match lang ${n.lang}`);
  if (!orgKeys.has(n.organization)) err(`${k}: poster ${n.organization} not in bundle`);
  for (const f of ["title", "body"]) {
    const langs = Object.keys(n[f] || {});
    if (langs.length !== 1 || langs[0] !== n.lang || !String(n[f][n.lang]).trim())
      err(`${k}: ${f} must have exactly one non-empty "${n.lang}" text`);
  }
  if (!Array.isArray(n.kinds) || n.kinds.some((x) => !KINDS.has(x))) err(`${k}: bad kinds`);
  for (const c of n.technologies || []) if (!codes.has(c)) err(`${k}: unknown technology code ${c}`);
  if (n.kinds.includes("plain") && n.technologies.length) err(`${k}: plain need must have no codes`);
  for (const r of n.seeksRoles || []) if (!bundleRoles.has(r)) err(`${k}: unknown role ${r}`);
  const rel = n.relevant || {};
  if (!Object.keys(rel).length) err(`${k}: no graded organisations`);
  for (const [ref, g] of Object.entries(rel)) {
    if (!ref.startsWith("org:")) { err(`${k}: bad relevance key ${ref}`); continue; }
    const ok = ref.slice(4);
    if (!orgKeys.has(ok)) err(`${k}: graded org ${ok} not in bundle`);
    if (ok === n.organization) err(`${k}: grades its own poster ${ok}`);
    if (g !== 1 && g !== 2) err(`${k}: grade for ${ok} must be 1 or 2, got ${g}`);
  }
}

const negKeys = new Set();
for (const o of negatives) {
  if (negKeys.has(o.key)) err(`duplicate negative key ${o.key}`);
  negKeys.add(o.key);
  if (orgKeys.has(o.key)) err(`negative ${o.key} collides with a bundle key`);
  if (needKeys.has(o.key)) err(`negative ${o.key} collides with a need key`);
  if (o.kind !== "company" || o.hardNegative !== true) err(`negative ${o.key}: kind/hardNegative`);
  for (const l of ["ja", "en"]) {
    if (!o.name?.[l]) err(`negative ${o.key}: missing name.${l}`);
    if (!o.description?.[l]) err(`negative ${o.key}: missing description.${l}`);
  }
  if (!/^https:\/\//.test(o.source || "")) err(`negative ${o.key}: source URL`);
  if ((o.technologies || []).length) err(`negative ${o.key}: technologies must be empty`);
  for (const r of o.roles || []) if (!bundleRoles.has(r)) err(`negative ${o.key}: unknown role ${r}`);
  if (o.country === "JP" && !o.prefecture) err(`negative ${o.key}: prefecture missing`);
  if (!(o.targets || []).length) err(`negative ${o.key}: no targets`);
  for (const t of o.targets || []) if (!needKeys.has(t)) err(`negative ${o.key}: unknown target ${t}`);
}
if (negatives.length !== 12) err(`expected 12 hard negatives, got ${negatives.length}`);

// --- counts ---------------------------------------------------------------
const kindOf = (n) => n.kinds[0] || "technical";
const counts = {};
for (const n of needs) {
  const c = (counts[kindOf(n)] ||= { ja: 0, en: 0, total: 0 });
  c[n.lang]++; c.total++;
}
const byLang = { ja: needs.filter((n) => n.lang === "ja").length, en: needs.filter((n) => n.lang === "en").length };
if (byLang.ja !== 32 || byLang.en !== 32) err(`expected 32 + 32 needs, got ${byLang.ja} ja + ${byLang.en} en`);

if (errors.length) {
  console.error(`INVALID (${errors.length}):\n  ` + errors.join("\n  "));
  process.exit(1);
}

const fmt = (k) => `${counts[k].total} ${k} (${counts[k].ja} Japanese, ${counts[k].en} English)`;
const about =
  "Second tuning/development set (\"dev\") for the needs-seeds matching search. " +
  "It was written and graded by a helper session that read only the demo bundle's organisations " +
  "(data/demo/bundle.json) and the fusion taxonomy (data/clusters/fusion.json), before any search engine was run on it; " +
  "the other evaluation sets, the engine's code, glossary and synonyms were not consulted. " +
  `It holds ${needs.length} needs, ${byLang.ja} in Japanese and ${byLang.en} in English, none a translation of another: ` +
  `${fmt("technical")}, ${fmt("plain")} (lay wording, no codes), ${fmt("multi")} (three or four requirements) and ` +
  `${fmt("variant")} (technical words in less common spellings, abbreviations or older names). ` +
  "Each organisation in the bundle was graded per need from its bundle description, roles and codes plus general knowledge of the real organisation: " +
  "2 = offers what is asked in the role asked, 1 = could help but is not what was asked, absent = 0; a need never grades its poster. " +
  `It also adds ${negatives.length} hard-negative organisations: real companies of other trades whose descriptions share words with the needs ` +
  "(vacuum, cooling, coil, office, beam, ion, fusion, breeding, window, heat, plasma, shield); they are relevant to no need. " +
  "The parts and the script that built and validated this file are in data/eval/dev-parts/.";

const out = { about, format: "fusion-cluster-matching-eval", version: 1, seeds: [], needs, organizations: negatives };
writeFileSync(join(root, "data/eval/dev.json"), JSON.stringify(out, null, 2) + "\n");

const graded = needs.map((n) => Object.keys(n.relevant).length);
console.log(`OK: wrote data/eval/dev.json — ${needs.length} needs (${byLang.ja} ja, ${byLang.en} en), ${negatives.length} hard negatives`);
for (const k of Object.keys(counts)) console.log(`  ${k.padEnd(9)} ja ${counts[k].ja}  en ${counts[k].en}  total ${counts[k].total}`);
console.log(`  graded organisations per need: min ${Math.min(...graded)}, max ${Math.max(...graded)}, mean ${(graded.reduce((a, b) => a + b, 0) / graded.length).toFixed(1)}`);
const used = new Set(needs.flatMap((n) => n.technologies));
const tops = [...new Set([...codes].map((c) => c.split(".")[0]))];
console.log(`  technology codes used: ${used.size}; top-level areas not used: ${tops.filter((t) => ![...used].some((c) => c.split(".")[0] === t)).join(", ") || "none"}`);
