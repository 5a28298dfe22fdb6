/** The one error of the survey core; `path` names the field (`row`, `column`, `matrix`) for a 4xx. */
export class SurveyError extends Error {
  readonly path: string;

  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'SurveyError';
    this.path = path;
  }
}
