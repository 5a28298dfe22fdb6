// A FAQ entry is written from a consultation without the company's identity. This finds where a text still
// names it: the company or contact name (NFKC, case and spacing ignored), the e-mail address, or the phone
// number (its digits, however they are punctuated, +81 or domestic).

const folded = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
const digits = (s: string) => s.normalize('NFKC').replace(/\D/g, '');

export type Identity = {
  names: readonly (string | null | undefined)[];
  phones: readonly (string | null | undefined)[];
};

/** The keys of `texts` whose text names someone of `identity` (names shorter than 2 characters are ignored). */
export function identityLeaks(texts: Record<string, string | undefined>, identity: Identity): string[] {
  const names = identity.names.map((n) => folded(n ?? '')).filter((n) => n.length >= 2);
  // A Japanese number given as +81 is also written the domestic way, 0 and the rest.
  const phones = identity.phones
    .flatMap((p) => {
      const d = digits(p ?? '');
      return (p ?? '').trim().startsWith('+81') ? [d, `0${d.slice(2)}`] : [d];
    })
    .filter((p) => p.length >= 6);
  return Object.entries(texts)
    .filter(([, text]) => {
      if (!text) return false;
      const t = folded(text);
      const d = digits(text);
      return names.some((n) => t.includes(n)) || phones.some((p) => d.includes(p));
    })
    .map(([key]) => key);
}
