// What a viewer may be told about a match when an owner is withheld from them. The score may use the owner's
// profile; the explanation may not carry anything drawn from it.

import type { MatchSignals, ShownMatchSignals } from './types.ts';

/**
 * `result`: the matched record's owner is withheld from the viewer; `query`: the querying post's owner is.
 *
 * Drawn from an owner's profile, and so withheld: the roles (a seed's roles are its owner's; a need's fit is
 * read against the querying owner's roles) and the reciprocity codes (everything the organisation offers or
 * seeks). Kept: the terms and technology codes, which come from the two records' own texts and codes that the
 * viewer reads on the records themselves, and the distance, since an anonymous post is placed only by its own
 * location (postDoc), never its owner's.
 */
export function withholdOwnerDetails(
  signals: MatchSignals,
  hidden: { result: boolean; query: boolean },
): ShownMatchSignals {
  if (!hidden.result && !hidden.query) return signals;
  const { role, reciprocity, ...rest } = signals;
  const out: ShownMatchSignals = { ...rest };
  if (role) out.role = { value: role.value, weight: role.weight, share: role.share, withheld: true };
  if (reciprocity) {
    out.reciprocity = {
      value: reciprocity.value,
      weight: reciprocity.weight,
      share: reciprocity.share,
      withheld: true,
    };
  }
  return out;
}
