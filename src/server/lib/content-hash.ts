import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/canonical-json.ts';

/** Hash of a record's bundle form: equal content hashes equal, so a re-import can skip unchanged rows. */
export const contentHash = (form: unknown): string =>
  createHash('sha1').update(canonicalJson(form)).digest('hex');
