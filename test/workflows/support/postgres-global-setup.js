'use strict';
// jest globalSetup of the workflow project (see ./postgres-global.js).
module.exports = require('./postgres-global').setup;
