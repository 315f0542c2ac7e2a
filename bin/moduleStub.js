'use strict';
// Stands in for node:module in the bundle (see build.js), whose only use is
// createRequire in src/nodeRequire.ts. The bundle is a CommonJS module, so its
// own require already resolves from dist/, as createRequire(import.meta.url)
// would; loading node:module would cost every start time.
exports.createRequire = () => require;
