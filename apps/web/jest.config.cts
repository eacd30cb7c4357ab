// The app's tests run like an Angular library's (libs/web/jest.lib.cjs); only the paths differ.
module.exports = {
  ...require('../../libs/web/jest.lib.cjs')('web', ''),
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/web',
};
