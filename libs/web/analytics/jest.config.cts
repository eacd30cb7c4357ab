// The Jest setup every Angular library under libs/web shares (../jest.lib.cjs).
module.exports = require('../jest.lib.cjs')('web-analytics', 'analytics');
