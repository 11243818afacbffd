import { useSyncExternalStore } from 'react';

/** The phone layout ends where Tailwind's `lg` begins: filters move from a sheet into a column of their own. */
export const WIDE_QUERY = '(min-width: 64rem)';
/** Under Tailwind's `sm` the list is drawn as cards rather than a table that would scroll sideways. */
export const TABLE_QUERY = '(min-width: 40rem)';

/** Whether a media query matches now, following changes (rotation, resizing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => { list.removeEventListener('change', onChange); };
    },
    () => matchMedia(query).matches,
    () => false,
  );
}
