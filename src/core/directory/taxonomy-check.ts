/**
 * Checks the cluster taxonomy files (data/clusters/*.json) as a whole, before the platform starts on them: a
 * file's key is its name, every code is unique across all clusters (an organisation's technologies are looked up
 * by code alone), a child's parent is a top-level code of the same cluster, and every label and name is bilingual,
 * and so is a scope note where one is given (matching reads a need's codes from it in both languages).
 * Keys the check does not know (a cluster's phases, milestones, context…) are left to their own readers.
 */
export type TaxonomyFile = {
  file: string;
  key?: unknown;
  name?: unknown;
  technologies?: unknown;
  skills?: unknown;
};

const bilingual = (v: unknown) => {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  return typeof t.ja === 'string' && t.ja.trim() !== '' && typeof t.en === 'string' && t.en.trim() !== '';
};

type Entry = { code?: unknown; parent?: unknown; label?: unknown; scope?: unknown };
const entries = (v: unknown): Entry[] => (Array.isArray(v) ? (v as Entry[]) : []);

/** Every problem as `<file>: <path>: <what>`; empty when the files are fine. */
export function taxonomyProblems(files: readonly TaxonomyFile[]): string[] {
  const out: string[] = [];
  const owner = new Map<string, string>(); // code → file that defines it
  const keys = new Set<unknown>();
  for (const f of files) {
    const at = (p: string, what: string) => out.push(`${f.file}: ${p}: ${what}`);
    if (typeof f.key !== 'string' || `${f.key}.json` !== f.file)
      at('key', 'must be the file name without .json');
    else if (keys.has(f.key)) at('key', `cluster "${f.key}" is defined twice`);
    keys.add(f.key);
    if (!bilingual(f.name)) at('name', 'needs ja and en');
    if (!Array.isArray(f.technologies) || f.technologies.length === 0)
      at('technologies', 'needs a list of codes');
    for (const [list, items] of [
      ['technologies', entries(f.technologies)],
      ['skills', entries(f.skills)],
    ] as const) {
      const tops = new Set(items.filter((t) => t.parent === undefined).map((t) => t.code));
      for (const [i, t] of items.entries()) {
        const p = `${list}[${i}]`;
        if (typeof t.code !== 'string' || t.code.trim() === '') {
          at(`${p}.code`, 'needs a code');
          continue;
        }
        const previous = owner.get(t.code);
        if (previous !== undefined) at(`${p}.code`, `"${t.code}" is already defined in ${previous}`);
        else owner.set(t.code, f.file);
        if (!bilingual(t.label)) at(`${p}.label`, 'needs ja and en');
        if (t.scope !== undefined && !bilingual(t.scope)) at(`${p}.scope`, 'needs ja and en');
        if (t.parent !== undefined && !tops.has(t.parent))
          at(`${p}.parent`, `"${String(t.parent)}" is not a top-level code of this cluster`);
      }
    }
  }
  return out;
}
