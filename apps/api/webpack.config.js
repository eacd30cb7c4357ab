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
      assets: [{ input: 'node_modules/dejavu-fonts-ttf/ttf', glob: 'DejaVuSans{Condensed,Condensed-Bold,Mono,Mono-Bold}.ttf', output: 'assets/fonts' }],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    })
  ],
};
