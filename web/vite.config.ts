import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves web/dist in production; in dev, Vite proxies /api so cookies stay same-origin.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is ~1 MB minified; pages are lazy-loaded, so the warning threshold is raised on purpose.
    chunkSizeWarningLimit: 1500,
  },
});
