/**
 * The one error type of the engine. `path` names the offending input field
 * (`criteria[2].weight`, `matrix[1][0]`, `alternatives[3].values.water`) so the
 * server can answer 4xx pointing at it instead of a vague 500.
 */
export class McdaError extends Error {
  readonly path: string;

  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'McdaError';
    this.path = path;
  }

  toJSON(): { path: string; message: string } {
    return { path: this.path, message: this.message };
  }
}
