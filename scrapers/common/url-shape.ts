/**
 * @module What a URL's path says about a page, for crawl rules: asset files and account or legal
 * pages are never content, and the last path segment carries a news site's article slug.
 */

// Paths that are never articles or listings on a news site: accounts, search, legal pages, assets.
const NON_CONTENT =
  /(^|\/)(login|logout|register|signin|signup|user|users|account|cart|checkout|search|privacy|privacy-policy|terms|terms-of-use|cookies|contact|contact-us|about|about-us|advertise|subscribe|newsletter|share|print|cdn-cgi|wp-admin|wp-login\.php|wp-json|xmlrpc\.php|amp)(\/|$)/iu;
// Files that are not HTML pages.
const NON_HTML_EXT =
  /\.(jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|zip|gz|rar|7z|tar|mp3|mp4|m4a|wav|ogg|webm|avi|mov|css|js|json|xml|rss|atom|txt|md|markdown|csv|woff2?|ttf|eot)$/iu;

/** True for asset files and account/legal pages. */
export function isNonContent(url: URL): boolean {
  const path = decodedPath(url);
  return NON_HTML_EXT.test(path) || NON_CONTENT.test(path);
}

/** Last path segment, percent-decoded (Arabic slugs). */
export function lastSegment(url: URL): string {
  const parts = decodedPath(url)
    .split('/')
    .filter((p) => p !== '');
  return parts[parts.length - 1] ?? '';
}

/** The path, percent-decoded; as written when it is not valid percent-encoding. */
export function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}
