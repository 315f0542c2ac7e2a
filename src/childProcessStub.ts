/**
 * Stands in for node:child_process in the bundle. commander loads that module
 * only to run stand-alone executable subcommands, which pycon has none of, and
 * loading it costs every command start-up time. The build aliases it here.
 */
function unavailable(): never {
  throw new Error('pycon runs no executable subcommands');
}

export const spawn = unavailable;
export default { spawn };
