// Builds the Excel task pane, the ribbon commands and the standalone browser page from one React UI.
//   npm run build        production build of everything into dist-web/
//   npm start            dev server on https://localhost:3000 (office-addin-dev-certs) + sideload instructions
//   npm run start:web    the standalone page (and the pane preview) only, on http://localhost:3000
// Options (webpack --env): web = page only; nominify = production build left unminified (tests);
// out=DIR = write somewhere else than dist-web/;
// officejs=local = serve Office.js from dist-web/office-js
// (copied from @microsoft/office-js) instead of Microsoft's CDN.
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const PORT = 3000;
const DEFAULT_OUT = 'dist-web';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const COMMANDS_ENTRY = './src/commands/commands.ts';
/** The LKJIP.* custom functions: functions.json is generated from this file's JSDoc. */
const FUNCTIONS_SOURCE = './src/functions/functions.ts';
/** Associates the custom functions where Excel provides their runtime (a dynamic import of FUNCTIONS_SOURCE). */
const FUNCTIONS_ENTRY = './src/functions/shared-runtime.ts';
const EXAMPLE = 'examples/contoh-lkjip-kecamatan.xlsx';

/**
 * The standalone page may not talk to anything (SPEC §10): no fetch, no XHR, no socket, scripts and
 * styles from its own origin only (Fluent UI inserts its styles at run time, hence 'unsafe-inline'
 * for styles). The dev server's live reload needs a socket to its own origin.
 */
function pageCsp(production) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    production ? "connect-src 'none'" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function cspMeta(policy) {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

/** office-addin-dev-certs' trusted localhost certificate; webpack-dev-server's own self-signed one if that fails. */
async function httpsServer() {
  try {
    const { getHttpsServerOptions } = require('office-addin-dev-certs');
    return { type: 'https', options: await getHttpsServerOptions() };
  } catch (err) {
    console.warn(`office-addin-dev-certs: ${err instanceof Error ? err.message : err}\nUsing a self-signed certificate instead; the browser will ask to trust it.`);
    return { type: 'https' };
  }
}

const SIDELOAD_HELP = `
LKjIP Bab III — the add-in is served on https://localhost:${PORT}
Sideload it (office-addin-debugging cannot be installed here):
  Excel on the web: open a workbook, Home > Add-ins > More Add-ins (or Insert > Add-ins) >
    Upload My Add-in > choose manifest.xml from this folder.
  Excel on Windows: put manifest.xml in a shared folder, add that folder under File > Options >
    Trust Center > Trust Center Settings > Trusted Add-in Catalogs (tick "Show in Menu"), restart
    Excel, then Home > Add-ins > Advanced > SHARED FOLDER > LKjIP Bab III.
  Excel on Mac: copy manifest.xml to
    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.
The standalone page is at https://localhost:${PORT}/index.html, the pane preview at /taskpane-preview.html.
`;

class PrintOnce {
  constructor(text) {
    this.text = text;
  }
  apply(compiler) {
    let printed = false;
    compiler.hooks.done.tap('PrintOnce', () => {
      if (!printed) console.log(this.text);
      printed = true;
    });
  }
}

function page(name, template, chunk, options = {}) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks: [chunk], inject: 'body', scriptLoading: 'defer', ...options });
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const pageOnly = Boolean(env.web);
  const localOfficeJs = env.officejs === 'local';
  const officeJs = localOfficeJs ? 'office-js/office.js' : CDN_OFFICE_JS;
  const withCommands = !pageOnly && fs.existsSync(path.resolve(__dirname, COMMANDS_ENTRY));

  const entry = { web: './src/web/index.tsx', 'taskpane-preview': './src/web/taskpane-preview.tsx' };
  const pages = [
    page('index', './src/web/index.html', 'web', { csp: cspMeta(pageCsp(production)) }),
    page('taskpane-preview', './src/web/taskpane-preview.html', 'taskpane-preview'),
  ];
  if (!pageOnly) {
    // taskpane.html is the shared runtime (manifest <Runtimes>): the pane, the ribbon's functions and the
    // custom functions load there, in one bundle so that every module exists once.
    entry.taskpane = ['./src/taskpane/index.tsx', ...(withCommands ? [COMMANDS_ENTRY] : []), FUNCTIONS_ENTRY];
    pages.push(page('taskpane', './src/taskpane/taskpane.html', 'taskpane', { officeJs }));
    // The manifest's CustomFunctions <Script>, at a fixed name (functions.js); the shared runtime does not load it.
    entry.functions = FUNCTIONS_ENTRY;
  }
  if (withCommands) {
    // commands.html stays for manifests that still name it as their FunctionFile.
    entry.commands = COMMANDS_ENTRY;
    pages.push(page('commands', './src/taskpane/commands.html', 'commands', { officeJs }));
  }

  const copies = [{ from: EXAMPLE, to: path.basename(EXAMPLE) }];
  if (!pageOnly) {
    copies.push({ from: 'assets', to: 'assets', globOptions: { ignore: ['**/*.cjs', '**/*.js'] }, noErrorOnMissing: true });
    copies.push({ from: 'manifest.xml', to: 'manifest.xml', noErrorOnMissing: true });
  }
  if (localOfficeJs) {
    // Office.js loads the host's script and its locale strings from its own folder: copy those, not the 86 MB package.
    const dist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
    copies.push({ from: '{office.js,excel-*.js,*/office_strings.js}', context: dist, to: 'office-js', globOptions: { ignore: ['**/*.debug.js'] } });
  }

  return {
    mode: production ? 'production' : 'development',
    entry,
    output: {
      path: path.resolve(__dirname, env.out || DEFAULT_OUT),
      filename: (pathData) => (production && pathData.chunk.name !== 'functions' ? '[name].[contenthash:8].js' : '[name].js'),
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    // No eval-based source maps: the page's CSP allows scripts from files only.
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; here only transpiled, as ES modules so unused Fluent UI code is dropped.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', moduleResolution: 'node', sourceMap: !production } },
          },
        },
      ],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({ patterns: copies }),
      // functions.json (the manifest's CustomFunctions <Metadata>) from the JSDoc @customfunction tags.
      ...(pageOnly ? [] : [new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' })]),
      ...(serving && !pageOnly ? [new PrintOnce(SIDELOAD_HELP)] : []),
    ],
    // React and Fluent UI once for all four pages, minified once.
    // `--env nominify`: production semantics without the slow minifier (the browser tests' own build).
    optimization: { minimize: production && !env.nominify, splitChunks: { chunks: 'all', cacheGroups: { vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', chunks: 'all' } } } },
    performance: { hints: false },
    devServer: {
      port: PORT,
      server: pageOnly || !serving ? 'http' : await httpsServer(),
      hot: false,
      static: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
