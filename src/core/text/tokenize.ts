// Bilingual tokenizer: Latin/number words plus CJK character bigrams.
//
// Why a regular expression and not Intl.Segmenter for words: the tokens are stored in the
// database (search_terms) and must be reproduced exactly by the server and the browser at query
// time. Segmenter output drifts between ICU versions (DESIGN §7) and, on Japanese, its word
// boundaries add nothing over bigrams for an AND match (超電導 hides 電導). A regex over
// \p{L}\p{N} is deterministic, linear-time on any length (so no sentence splitting is needed to
// keep it fast: the Segmenter slowdown on long strings does not apply), and splits hyphenated
// terms ("high-temperature" → high, temperature) by construction.

import { singularize } from './english.ts';
import { normalizeText } from './normalize.ts';

// Han (incl. 々 〇), kana, the long-vowel mark ー (script Common) and 〆. The middle dot ・ is a
// separator: フュージョン・エネルギー is two words.
const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー〆';
const CJK_CHAR = new RegExp(`^[${CJK_CLASS}]`, 'u');
const WORD_CHAR = `(?:(?![${CJK_CLASS}])[\\p{L}\\p{M}\\p{N}])`;
// Apostrophes inside words (iter's, don't), decimal points (2.5) and thousands commas (5,000).
const JOINER = "(?:['’]|(?<=\\p{N})\\.(?=\\p{N})|(?<=\\p{N}),(?=\\p{N}{3}(?!\\p{N})))";
const TOKEN = new RegExp(`([${CJK_CLASS}]+)|(${WORD_CHAR}+(?:${JOINER}${WORD_CHAR}+)*)`, 'gu');
const HIRAGANA = /^\p{Script=Hiragana}$/u;
// One-character particles that join nouns in a query (超伝導の磁石, 水素と酸素).
const PARTICLES = new Set(['の', 'と', 'や', 'を', 'に', 'が', 'は', 'で', 'へ', 'も']);

// stream: the token stream. index: stream plus a unigram for every CJK character, so that a
// one-character query (炉) matches. query: stream, with CJK runs split at particles.
export type TokenMode = 'stream' | 'index' | 'query';
export type TokenSink = (token: string, start: number, end: number, cjk: boolean) => void;

export function isCjkToken(token: string): boolean {
  return CJK_CHAR.test(token);
}

function finishWord(raw: string): string {
  const word = raw
    .replace(/,/g, '')
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  return singularize(word);
}

// Letters and digits are split apart (2.5mm → 2.5, mm; iso9001 → iso, 9001; nb3sn → nb, 3, sn)
// so that "66kV" and "66 kV" give the same tokens; the AND over tokens keeps it precise enough.
const WORD_PIECE = /\p{N}+(?:[.,]\p{N}+)*|[^\p{N}]+/gu;

function emitWord(raw: string, start: number, emit: TokenSink): void {
  for (const piece of raw.matchAll(WORD_PIECE)) {
    const word = finishWord(piece[0]);
    if (word !== '') emit(word, start + piece.index, start + piece.index + piece[0].length, false);
  }
}

// Bigrams of a piece; the piece itself when it is one character long; in index mode also every
// character. Works on code points so that a supplementary-plane kanji (𠮷) is never cut in half.
function emitPiece(chars: string[], offsets: number[], mode: TokenMode, emit: TokenSink): void {
  if (chars.length === 1 || mode === 'index') {
    chars.forEach((c, i) => {
      emit(c, offsets[i]!, offsets[i]! + c.length, true);
    });
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const end = offsets[i + 1]! + chars[i + 1]!.length;
    emit(chars[i]! + chars[i + 1]!, offsets[i]!, end, true);
  }
}

function isParticleAt(chars: string[], i: number): boolean {
  const before = chars[i - 1];
  const after = chars[i + 1];
  if (before === undefined || after === undefined || !PARTICLES.has(chars[i]!)) return false;
  return !HIRAGANA.test(before) && !HIRAGANA.test(after);
}

function emitCjk(run: string, start: number, mode: TokenMode, emit: TokenSink): void {
  const chars = Array.from(run);
  const offsets: number[] = [];
  let at = start;
  for (const c of chars) {
    offsets.push(at);
    at += c.length;
  }
  if (mode !== 'query') {
    emitPiece(chars, offsets, mode, emit);
    return;
  }
  let from = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && !isParticleAt(chars, i)) continue;
    if (i > from) emitPiece(chars.slice(from, i), offsets.slice(from, i), mode, emit);
    from = i + 1;
  }
}

// Scans already-normalized text; offsets are into that text.
export function scanTokens(normalized: string, mode: TokenMode, emit: TokenSink): void {
  for (const match of normalized.matchAll(TOKEN)) {
    if (match[1] !== undefined) {
      emitCjk(match[1], match.index, mode, emit);
    } else {
      emitWord(match[0], match.index, emit);
    }
  }
}

function collect(text: string, mode: TokenMode): string[] {
  const tokens: string[] = [];
  scanTokens(normalizeText(text), mode, (token) => tokens.push(token));
  return tokens;
}

// The token stream of a text, in order, duplicates kept (term frequencies for BM25).
export function tokenize(text: string): string[] {
  return collect(text, 'stream');
}

// Tokens of a query word: like tokenize, but 超伝導の磁石 → 超伝, 伝導, 磁石 rather than also
// requiring 導の and の磁. Always a subset of what indexTerms gives for the same text.
export function tokenizeQuery(text: string): string[] {
  return collect(text, 'query');
}

// Unique tokens of all texts, for the search_terms column.
export function indexTerms(texts: ReadonlyArray<string | undefined | null>): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    if (text) scanTokens(normalizeText(text), 'index', (token) => terms.add(token));
  }
  return [...terms];
}
