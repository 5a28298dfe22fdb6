import type { Label } from '../label.ts';

/**
 * The one error type of the engine. `path` names the offending input field
 * (`criteria[2].weight`, `matrix[1][0]`, `alternatives[3].values.water`) so the
 * server can answer 4xx pointing at it instead of a vague 500. `text` says what is
 * wrong in both languages; `message` is the path and the English, for logs.
 */
export class McdaError extends Error {
  readonly path: string;
  readonly text: Label;

  constructor(path: string, text: Label) {
    super(`${path}: ${text.en}`);
    this.name = 'McdaError';
    this.path = path;
    this.text = text;
  }

  toJSON(): { path: string; message: string } {
    return { path: this.path, message: this.message };
  }
}

/** Wordings several checks share. */
export const mustBe = {
  object: { ja: 'オブジェクトで指定してください', en: 'must be an object' },
  finite: { ja: '有限の数値にしてください', en: 'must be a finite number' },
  nonEmpty: { ja: '空でない文字列にしてください', en: 'must be a non-empty string' },
  criteria: { ja: '評価基準が1つ以上必要です', en: 'at least one criterion is required' },
} as const satisfies Record<string, Label>;

export const duplicateKey = (k: string): Label => ({
  ja: `キー「${k}」が重複しています`,
  en: `duplicate key '${k}'`,
});
