// Builds the browser bundles into the app's static resources: one bundle (and its CSS) per file
// in src/entries/, written to the folder given as the first argument (Maven passes
// target/classes/static/dist). Installs the locked dependencies first when they changed.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(process.argv[2] ?? join(root, '..', '..', '..', 'target', 'classes', 'static', 'dist'));

installLockedDependencies();
const { build } = await import('esbuild');

const entriesDir = join(root, 'src', 'entries');
const entryPoints = readdirSync(entriesDir)
  .filter((name) => name.endsWith('.js'))
  .map((name) => join(entriesDir, name));

const started = Date.now();
await build({
  entryPoints,
  outdir,
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  format: 'iife',
  target: ['es2020'],
  legalComments: 'linked',
  logLevel: 'warning',
  loader: {
    '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file',
    '.png': 'file'
  },
  assetNames: 'assets/[name]-[hash]'
});
console.log(`Built ${entryPoints.length} bundle(s) into ${outdir} in ${Date.now() - started} ms`);

/**
 * `npm ci` only when package-lock.json changed since the last install: a stamp in node_modules
 * holds the lock file's hash. Install scripts stay off: nothing here needs one (esbuild finds its
 * binary package without), and some dependencies' scripts only send telemetry.
 */
function installLockedDependencies() {
  const lock = readFileSync(join(root, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const stamp = join(root, 'node_modules', '.tongxing-lock-hash');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    return;
  }
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'],
    { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, hash);
}
