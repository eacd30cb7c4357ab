const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      // The PDF fonts (libs/api/rfq/src/lib/documents/pdf-document.ts looks in assets/fonts first).
      assets: [
        { input: 'node_modules/dejavu-fonts-ttf/ttf', glob: 'DejaVuSans{Condensed,Condensed-Bold,Mono,Mono-Bold}.ttf', output: 'assets/fonts' },
        // The award optimizer's worker thread (scenario.worker.js and run-mip.js, plain JavaScript):
        // ScenarioSolver looks for it beside the code that starts it, which is main.js once bundled.
        { input: 'libs/api/award-optimizer/src/lib', glob: '*.js', output: '.' },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    })
  ],
};
