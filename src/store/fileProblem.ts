/**
 * The ordinary ways a file operation fails, each as one sentence that names
 * the path and what to do: the user's to fix, never a bug to report.
 */
import { UserError } from '../errors.js';

/** `action` completes "cannot …": `read the itinerary`, `write`. */
export function fileProblem(error: unknown, path: string, action: string): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new UserError(`Permission denied: cannot ${action} ${path}; check the permissions of it and its folder.`);
    case 'ENOENT':
      return new UserError(`Cannot ${action} ${path}: its folder does not exist; create it first, or choose another path.`);
    case 'ENOTDIR':
      return new UserError(`Cannot ${action} ${path}: part of that path is a file, not a folder; check the path (and PYCON_HOME).`);
    case 'EISDIR':
      return new UserError(`Cannot ${action} ${path}: it is a folder; give the path of a file.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserError(`Cannot ${action} ${path}: the disk is full; free some space and try again.`);
    case 'EROFS':
      return new UserError(`Cannot ${action} ${path}: it is on a read-only file system; choose a writable place.`);
    case 'ELOOP':
      return new UserError(`Cannot ${action} ${path}: its symbolic links go round in a loop; check the path.`);
    case 'ENAMETOOLONG':
      return new UserError(`Cannot ${action} ${path}: the path is too long; choose a shorter one.`);
    default:
      return new UserError(
        `Cannot ${action} ${path} (${code ?? (error instanceof Error ? error.message : String(error))}); check the path and try again.`,
      );
  }
}

/** Whether an error is one of the file system's, rather than a bug. */
export function isFileError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}
