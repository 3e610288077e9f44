import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the renderer once for both shells: the browser shell serves dist/renderer over HTTP and
 * Electron serves it from app://duibiao/; a relative base works under both. exceljs is split into
 * its own chunk, loaded only when a user exports to Excel.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // No inline scripts: the CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});
