/**
 * The two kinds of failure a user can fix. `cli.ts` turns them into exit codes:
 * a UserError is 1 (not found, ambiguous, bad data), a UsageError is 2.
 */
export class UserError extends Error {
  /** Lines shown under the message: candidates, problems, closest matches. */
  readonly details: string[];

  constructor(message: string, details: string[] = []) {
    super(message);
    this.name = 'UserError';
    this.details = details;
  }
}

export class UsageError extends UserError {
  constructor(message: string, details: string[] = []) {
    super(message, details);
    this.name = 'UsageError';
  }
}
