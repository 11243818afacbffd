interface ListPagerProps {
  label: string;
  page: number;
  pages: number;
  setPage: (page: number) => void;
  buttonClassName: string;
  className?: string;
}

/** Previous / next page buttons under the list; nothing when everything fits on one page. */
export function ListPager({ label, page, pages, setPage, buttonClassName, className = '' }: ListPagerProps) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className={`flex items-center gap-2 text-sm ${className}`}>
      <button type="button" className={buttonClassName} disabled={page === 0} onClick={() => { setPage(page - 1); }}>Previous page</button>
      <span>Page {page + 1} of {pages}</span>
      <button type="button" className={buttonClassName} disabled={page >= pages - 1} onClick={() => { setPage(page + 1); }}>Next page</button>
    </nav>
  );
}
