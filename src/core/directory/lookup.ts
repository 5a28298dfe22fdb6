// Finding the organisation a person means by what they type: its id or key, or its name in either language,
// whole or in part, ignoring case and width (ｱｲ = アイ, Ｍ = M). The accounts page's picker and the CLI's
// --organization both use it, so the form and the command line accept the same thing.

export type Named = { id: string; key: string; name: { ja?: string; en?: string } };

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

// Each record's folded names, made once: a changed record is a new object, so an entry is never stale.
const foldedNames = new WeakMap<Named, string[]>();
function namesOf(o: Named): string[] {
  let names = foldedNames.get(o);
  if (!names) {
    names = [o.name.ja, o.name.en].filter((n): n is string => !!n).map(fold);
    foldedNames.set(o, names);
  }
  return names;
}

type Match = 'exact' | 'partial' | null;

/** A test for what was typed, folded once, to run over many records. */
function matcher(text: string): (o: Named) => Match {
  const typed = text.trim();
  if (!typed) return () => null;
  const asId = typed.toLowerCase();
  const wanted = fold(typed);
  return (o) => {
    if (o.id === asId || o.key === typed) return 'exact';
    const names = namesOf(o);
    if (names.includes(wanted)) return 'exact';
    if (names.some((n) => n.includes(wanted)) || o.key.includes(wanted)) return 'partial';
    return null;
  };
}

/** How a record answers what was typed: the whole id, key or a name ('exact'), a part of one, or not. */
export const referenceMatch = (text: string, o: Named): Match => matcher(text)(o);

/** Up to `limit` records that fit, whole matches first, each group in the order given (name order). */
export function findByReference<T extends Named>(text: string, records: Iterable<T>, limit = 20) {
  const test = matcher(text);
  const exact: T[] = [];
  const partial: T[] = [];
  for (const o of records) {
    const match = test(o);
    if (match === 'exact') exact.push(o);
    else if (match === 'partial' && partial.length < limit) partial.push(o);
  }
  return [
    ...exact.map((o) => ({ ...o, exact: true })),
    ...partial.map((o) => ({ ...o, exact: false })),
  ].slice(0, limit);
}
