import { rmSync } from 'node:fs';
import path from 'node:path';
import { Plugin, UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

/**
 * Vaadin's production build does not empty its output folder (PWA icons are generated there first), and a
 * reused bundle is unpacked into that folder: each rebuild without deleting target/ used to put one more
 * build of hashed scripts into src/main/bundles/prod.bundle, the jar and the service worker's list
 * (docs/decisions/0020). Only the scripts' folder and the previous service worker are removed (else its
 * old copy lands in its own precache list), once per build: Vaadin builds the service worker in a second
 * Vite run that may read this file again.
 */
function removePreviousBuild(): Plugin {
  const done = Symbol.for('lokal-willkommen.previous-build-removed');
  let previousBuild: string[] = [];
  return {
    name: 'lokal-willkommen:remove-previous-build',
    apply: 'build',
    configResolved(config) {
      const outDir = path.resolve(config.root, config.build.outDir);
      previousBuild = [path.resolve(outDir, 'VAADIN', 'build'), path.resolve(outDir, 'sw.js'), path.resolve(outDir, 'sw.js.br')];
    },
    buildStart() {
      if (!(globalThis as any)[done]) {
        (globalThis as any)[done] = true;
        previousBuild.forEach((file) => rmSync(file, { recursive: true, force: true }));
      }
    }
  };
}

const customConfig: UserConfigFn = (env) => ({
  plugins: [removePreviousBuild()]
});

export default overrideVaadinConfig(customConfig);
