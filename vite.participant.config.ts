import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = resolve(import.meta.dirname, 'renderer/participant');

/** The phones' page: its own entry and output folder, so its bundle carries no facilitator code. */
export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  plugins: [svelte({ configFile: resolve(here, '../svelte.config.js') })],
  build: {
    outDir: resolve(here, '../../out/participant'),
    emptyOutDir: true,
    // Old phones on the room's Wi-Fi: nothing newer than what their browsers run.
    target: 'es2020',
  },
});
