import { useEffect } from 'react';

/** Follows the system's light/dark setting: the app's CSS and ag-grid's theme mode. */
export function useColorScheme(): void {
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const mode = query.matches ? 'dark' : 'light';
      document.body.dataset.agThemeMode = mode;
      document.documentElement.dataset.theme = mode;
    };
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, []);
}
