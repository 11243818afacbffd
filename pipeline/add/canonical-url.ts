/** Query parameters that only track a click and never change the page. */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|igshid|ref_src|__twitter_impression)$/i;

/** The address without tracking parameters or fragment: the form written to front matter. */
export function cleanUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  return u.href;
}

/** A key under which two addresses of one page are equal: scheme, "www.", case of the host and a final "/" aside. */
export function urlKey(url: string): string {
  try {
    const u = new URL(cleanUrl(url));
    return `${u.host.toLowerCase().replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url.trim();
  }
}
