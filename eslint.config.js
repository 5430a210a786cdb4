/**
 * The boundaries of the code, checked in `npm test` (as darkreader does with
 * import/no-restricted-paths zones). Only imports are linted here: the types
 * are tsc's job. The parser is Babel's (TypeScript 7 has no JS API for
 * typescript-eslint to use).
 */
import babelParser from '@babel/eslint-parser';
import importX from 'eslint-plugin-import-x';

const contexts = ['background', 'content', 'popup', 'sidepanel', 'options', 'welcome'];

/** Each context may import shared code, never another context. */
const contextZones = contexts.map((context) => ({
  target: `./src/${context}`,
  from: contexts.filter((c) => c !== context).map((c) => `./src/${c}`),
  message: `A browser context never imports another one: ${context}/ meets the others only through shared/ and messages.`,
}));

const zones = [
  ...contextZones,
  {
    target: ['./src/content', './src/popup', './src/sidepanel', './src/welcome', './src/ui', './src/platform', './src/shared/!(db)/**', './src/shared/*.ts'],
    from: './src/shared/db',
    message: 'Only the background opens the database: other contexts ask it by message.',
  },
  // The options page reads the library itself (issue 12): it has the background's origin, and no
  // message may carry a library of any size. It reads only: shared/db/read.ts opens without
  // upgrading and never writes, so the background stays the one writer.
  {
    target: './src/options',
    from: './src/shared/db',
    except: ['./read.ts', './schema.ts'],
    message: 'The options page only reads the database, through shared/db/read.ts; every write goes to the background by message.',
  },
  {
    target: './src/shared/db/read.ts',
    from: ['./src/shared/db/!(schema).ts'],
    message: 'shared/db/read.ts stays read-only: it never imports the writers, the opener that upgrades, or the migrations.',
  },
  {
    target: './src/shared',
    from: ['./src/background', './src/content', './src/popup', './src/sidepanel', './src/options', './src/welcome', './src/ui', './src/platform'],
    message: 'shared/ is pure: it imports no browser context, no UI and no platform seam.',
  },
  {
    target: ['./src/ui', './src/platform'],
    from: contexts.map((c) => `./src/${c}`),
    message: 'ui/ and platform/ serve the contexts; they never import one.',
  },
  {
    target: ['./src', './scripts'],
    from: './tests',
    message: 'The product and its scripts never import tests.',
  },
  {
    target: './src',
    from: ['./scripts', './bench'],
    message: 'The product never imports scripts or benchmarks.',
  },
];

const babelOptions = (isTSX) => ({
  babelrc: false,
  configFile: false,
  presets: [['@babel/preset-typescript', { isTSX, allExtensions: true }]],
});

// Imports are written without extensions: resolve them as the bundler does.
const settings = { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } } };

const rules = {
  'import-x/no-restricted-paths': ['error', { zones, basePath: import.meta.dirname }],
};

export default [
  { ignores: ['dist/**', 'dist-firefox/**', '.tmp/**', 'node_modules/**', 'public/**'] },
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parser: babelParser, parserOptions: { requireConfigFile: false, babelOptions: babelOptions(false) } },
    plugins: { 'import-x': importX },
    settings,
    rules,
  },
  {
    files: ['src/**/*.tsx'],
    languageOptions: { parser: babelParser, parserOptions: { requireConfigFile: false, babelOptions: babelOptions(true) } },
    plugins: { 'import-x': importX },
    settings,
    rules,
  },
];
