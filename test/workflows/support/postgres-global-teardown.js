'use strict';
// jest globalTeardown of the workflow project (see ./postgres-global.js).
module.exports = require('./postgres-global').teardown;
