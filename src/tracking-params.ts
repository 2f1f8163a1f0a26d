/**
 * @module Query parameters that only record where a click came from (analytics, ad and mail
 * campaigns). The crawler drops them from the URLs it keys pages by; the pages ignore them in
 * shared links, while still refusing a misspelt filter.
 */
export const TRACKING_PARAM =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|ocid|_ga|_gl|igshid|ref_src|spm)$/iu;
