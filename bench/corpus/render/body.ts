/**
 * @module The article body as each layout serves it: the article's paragraphs with the site's
 * in-body furniture between them ("Read more" lines, ad slots, inline figures, embedded tweets).
 */
import type { ArticleSpec } from '../articles.js';
import { adSlot, CREDITS, type Chrome } from './chrome.js';
import { decorate, esc } from './html.js';

export type Layout = 'd7' | 'd9' | 'amp';

// Where the furniture goes, counted in article paragraphs (as on the site: high in the story).
const READ_MORE_AFTER = 1;
const AD_AFTER = 2;
const FIGURE_AFTER = 1;
const TWEET_AFTER = 4;
const FIGURE_SHARE = 0.5;
const TWEET_SHARE = 0.3;
const SECOND_AD_EVERY = 6; // long stories get another ad slot every few paragraphs

export function bodyParagraphs(article: ArticleSpec, ch: Chrome, layout: Layout): string {
  const out: string[] = [];
  const withFigure = layout !== 'd7' && ch.rng.chance(FIGURE_SHARE);
  const withTweet = layout !== 'd7' && ch.rng.chance(TWEET_SHARE);
  article.paragraphs.forEach((p, i) => {
    out.push(decorate(p, ch.rng));
    if (i === READ_MORE_AFTER && article.readMore[0]) out.push(readMoreLine(article.readMore[0], ch));
    if (i === FIGURE_AFTER && withFigure) out.push(inlineFigure(ch, layout));
    if (layout !== 'amp' && (i === AD_AFTER || (i > AD_AFTER && i % SECOND_AD_EVERY === 0))) out.push(adSlot(ch));
    if (i === TWEET_AFTER && withTweet) out.push(tweet(ch, layout));
    if (i === article.paragraphs.length - 3 && article.readMore[1]) out.push(readMoreLine(article.readMore[1], ch));
  });
  return out.join('\n');
}

function readMoreLine(text: string, ch: Chrome): string {
  return `<p><strong><a href="/news/x-${ch.rng.int(10_000, 999_999)}">${esc(text)}</a></strong></p>`;
}

const FIGURE_ALTS = [
  'Officials during a meeting',
  'A view of the city skyline',
  'Supporters wave flags',
  'Delegates pose for a photo',
  'A market stall at dusk',
];

function inlineFigure(ch: Chrome, layout: Layout): string {
  const alt = ch.rng.pick(FIGURE_ALTS);
  const src = `/sites/default/files/styles/d08_traditional/public/${ch.year}-0${ch.rng.int(1, 9)}/photo-${ch.node}.jpg`;
  const img =
    layout === 'amp'
      ? `<amp-img src="${src}" width="800" height="450" layout="responsive" alt="${alt}"></amp-img>`
      : `<img src="${src}?itok=${ch.node.toString(36)}" alt="${alt}">`;
  return `<figure class="inline-image">${img}<figcaption>${alt} ${ch.rng.pick(CREDITS)}</figcaption></figure>`;
}

const TWEETS = [
  'A long day of talks ends with a handshake. More soon.',
  'Statement to follow shortly.',
  'Thank you all for the support today!',
  'Live coverage continues on our channels.',
];

function tweet(ch: Chrome, layout: Layout): string {
  const id = String(ch.rng.int(1e9, 2e9)) + String(ch.rng.int(1e8, 9e8));
  const text = esc(ch.rng.pick(TWEETS));
  const handle = ch.rng.pick(['newsdesk', 'pressoffice', 'gulfwire', 'levantnow']);
  const quote = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${text}</p>&mdash; ${handle} (@${handle}) <a href="https://twitter.com/${handle}/status/${id}">${ch.year}</a></blockquote>`;
  if (layout === 'amp') return `<amp-twitter width="375" height="472" layout="responsive" data-tweetid="${id}">${quote}</amp-twitter>`;
  return `${quote}<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`;
}
