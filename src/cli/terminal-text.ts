/**
 * @module Archive text made safe for a terminal. Titles, names and URLs come from crawled pages,
 * which anyone can write: printed raw, an ESC sequence in a title could clear the screen, recolour
 * it or retitle the window, and a newline would break the one-hit-per-line layout. Human output
 * passes every stored string through `printable`; JSON, NDJSON and CSV are escaped by their formats.
 */

// Characters that move the cursor or break a line: shown as the space they stand for.
const LAYOUT = /[\t\n\v\f\r]/gu;
// Every other control character (C0, DEL, C1: the Unicode category Cc): shown as U+FFFD, so the
// reader sees that something was there without the terminal acting on it.
const CONTROL = /\p{Cc}/gu;
const STAND_IN = '\uFFFD';

/** `text` with line breaks and tabs as spaces and every other control character as U+FFFD. */
export function printable(text: string): string {
  return text.replace(LAYOUT, ' ').replace(CONTROL, STAND_IN);
}
