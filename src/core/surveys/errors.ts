import type { Label } from '../label.ts';

/**
 * The one error of the survey core; `path` names the field (`row`, `column`, `matrix`) for a 4xx, `text`
 * says what is wrong in both languages, `message` is the path and the English, for logs.
 */
export class SurveyError extends Error {
  readonly path: string;
  readonly text: Label;

  constructor(path: string, text: Label) {
    super(`${path}: ${text.en}`);
    this.name = 'SurveyError';
    this.path = path;
    this.text = text;
  }
}

/** "“x” is not a choice question": a key that names no question a cross-tab or a split can use. */
export const notChoiceQuestion = (key: string | undefined, orItem = false): Label => ({
  ja: `「${key}」は選択式の質問${orItem ? 'でもマトリクスの項目' : ''}ではありません`,
  en: `"${key}" is not a choice question${orItem ? ' or a matrix item' : ''}`,
});
