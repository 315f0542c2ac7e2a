'use strict';
// Stands in for node:child_process in the bundle (see build.js). commander
// loads that module only to run stand-alone executable subcommands, which
// pycon has none of, and loading it costs every command start-up time.
function unavailable() {
  throw new Error('pycon runs no executable subcommands');
}

exports.spawn = unavailable;
