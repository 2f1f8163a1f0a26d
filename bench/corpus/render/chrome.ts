/**
 * @module The site furniture shared by every layout: menus full of country names, the breaking
 * ticker, trending and related lists, footer, comments, and the padding that grows a page to a
 * requested size the way real pages are big (settings JSON, more list items, more ad slots).
 * None of it is article text, and most of it names nations and persons on purpose.
 */
import { Prng, hash32 } from '../prng.js';
import { NATIONS } from '../data/nations.js';
import { PERSONS, AR_PERSONS } from '../lexicon.js';
import { SECTIONS } from '../data/vocab.js';
import { AR_SECTIONS } from '../templates-ar.js';
import type { ArticleSpec } from '../articles.js';
import { esc } from './html.js';

export interface Chrome {
  rng: Prng;
  node: number;
  year: number;
  ar: boolean;
}

export function chromeFor(article: ArticleSpec): Chrome {
  return {
    rng: new Prng(hash32(article.url), 7),
    node: Number(/(\d+)$/.exec(article.url)?.[1] ?? hash32(article.url) % 1_000_000),
    year: new Date(article.publishedAt).getUTCFullYear(),
    ar: article.lang === 'ar',
  };
}

const MENU_NATIONS = NATIONS.slice(0, 16);
const BOILER_EN = [
  (p: string, n: string, c: string) => `${p} meets ${n} delegation in ${c}`,
  (p: string, n: string) => `${n} names ${p} to lead new council`,
  (_p: string, n: string, c: string) => `Fuel prices climb in ${c} as ${n} trims supply`,
  (p: string, _n: string, c: string) => `${p} opens art fair in ${c}`,
  (_p: string, n: string) => `${n} to host regional football cup next year`,
  (p: string, n: string) => `What ${p}'s visit means for ${n}`,
];
const BOILER_AR = [
  (p: string, n: string) => `${p} يصل إلى ${n} في زيارة رسمية`,
  (_p: string, n: string) => `${n} تستضيف مؤتمراً دولياً للطاقة`,
  (p: string) => `${p} يفوز بجائزة أفضل لاعب`,
];

/** A headline for a boilerplate list: other stories, other nations, other persons. */
export function otherHeadline(ch: Chrome): string {
  const n = ch.rng.pick(NATIONS);
  if (ch.ar) return ch.rng.pick(BOILER_AR)(ch.rng.pick(AR_PERSONS).name, n.ar);
  return ch.rng.pick(BOILER_EN)(ch.rng.pick(PERSONS).name, n.forms[0]!.replace(/^the /, 'The '), ch.rng.pick(n.cities));
}

function storyLink(ch: Chrome): string {
  const title = otherHeadline(ch);
  const section = ch.rng.pick(SECTIONS).slug;
  return `<li><a href="/${ch.ar ? 'ar/' : ''}${section}/story-${ch.rng.int(100_000, 1_999_999)}">${esc(title)}</a></li>`;
}

export function mainMenu(ch: Chrome, extra = ''): string {
  const items = MENU_NATIONS.map((n) =>
    ch.ar
      ? `<li><a href="/ar/${n.ar}">${n.ar}</a></li>`
      : `<li><a href="/tags/${n.name.toLowerCase().replace(/ /g, '-')}">${n.name === 'United Arab Emirates' ? 'UAE' : esc(n.name)}</a></li>`,
  );
  const sections = SECTIONS.map(
    (s) => `<li><a href="/${ch.ar ? 'ar/' : ''}${s.slug}">${esc(ch.ar ? AR_SECTIONS[s.name]! : s.name)}</a></li>`,
  );
  return `<nav class="main-menu"><ul class="menu nav">${sections.join(' ')}</ul><ul class="menu nav menu-countries">${items.join(' ')}${extra}</ul></nav>`;
}

export function header(ch: Chrome, menuExtra = ''): string {
  return `<header id="header" role="banner"><a class="logo navbar-btn" href="/" title="Home"><img src="/themes/custom/albawaba/logo.png" alt="Al Bawaba"></a>
${mainMenu(ch, menuExtra)}
<div class="breaking-ticker"><span>${ch.ar ? 'عاجل:' : 'Breaking:'}</span> <a href="/news/ticker-${ch.rng.int(1, 99)}">${esc(otherHeadline(ch))}</a></div></header>`;
}

export function trending(ch: Chrome, extra = ''): string {
  const items = Array.from({ length: 5 }, () => storyLink(ch)).join('');
  const title = ch.ar ? 'الأكثر قراءة' : 'Trending';
  return `<aside class="region-sidebar" role="complementary"><section class="block-views-trending"><h2 class="block-title">${title}</h2><ul>${items}${extra}</ul></section></aside>`;
}

export function related(ch: Chrome): string {
  const items = Array.from({ length: ch.rng.int(3, 6) }, () => storyLink(ch)).join('');
  return `<section class="related-articles"><h2>${ch.ar ? 'مقالات ذات صلة' : 'Related Articles'}</h2><ul>${items}</ul></section>`;
}

export function adSlot(ch: Chrome): string {
  const id = `div-gpt-ad-${ch.rng.int(10_000_000, 999_999_999)}-0`;
  return `<div class="ad-slot" id="${id}"><script>googletag.cmd.push(function(){googletag.display("${id}");});</script></div>`;
}

export function shareBar(): string {
  return '<div class="social-share"><a class="share-facebook" href="#">Share on Facebook</a> <a class="share-twitter" href="#">Tweet</a> <a class="share-whatsapp" href="#">WhatsApp</a></div>';
}

const NEWSLETTER_EN = [
  'Sign up for our daily briefing and get the region’s top stories first',
  'Subscribe to our newsletter',
  'Follow us on Facebook and Twitter for the latest updates',
];
const NEWSLETTER_AR = ['اشترك في نشرتنا البريدية اليومية', 'تابعونا على مواقع التواصل الاجتماعي'];

export function newsletter(ch: Chrome): string {
  return `<div class="newsletter-cta"><p>${esc(ch.rng.pick(ch.ar ? NEWSLETTER_AR : NEWSLETTER_EN))}</p></div>`;
}

export function footer(ch: Chrome): string {
  return `<footer class="footer"><div class="footer-links"><a href="/about">About Us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy Policy</a> | <a href="/advertise">Advertise</a></div>
<p class="copyright">© ${ch.year} Al Bawaba (www.albawaba.com). All rights reserved.</p>
<div id="comments"><h2>${ch.ar ? 'التعليقات' : 'Comments'}</h2><div id="disqus_thread"></div><script>var disqus_config = function () { this.page.identifier = "node/${ch.node}"; };</script></div></footer>`;
}

/** Image credit / caption lines the body must not keep. */
export const CREDITS = ['(AFP/File Photo)', '(Shutterstock)', '(Twitter)', '(Social Media)', '(Reuters/File)', '(Instagram)'];

/** Drupal's page settings object (real pages carry kilobytes of it). */
export function settingsJson(ch: Chrome, extraViews = ''): string {
  return `{"path":{"baseUrl":"/","currentPath":"node/${ch.node}","currentLanguage":"${ch.ar ? 'ar' : 'en'}"},"ajaxPageState":{"theme":"albawaba","libraries":"core/drupal,albawaba/global,ads/gpt,social/share"},"gtm":{"tagId":"GTM-XXXX${ch.node % 97}"},"views":{"ajax_path":"/views/ajax","ajaxViews":{${extraViews}"views_dom_id:trending":{"view_name":"trending","view_display_id":"block_1","view_args":"","pager_element":0}}}}`;
}

// ---------------------------------------------------------------------------------------------
// Padding: grows a page to a byte size with the kinds of bulk real pages carry.

export interface Padding {
  /** extra entries for the settings JSON (ends with a comma when not empty) */
  views: string;
  /** extra menu items */
  menu: string;
  /** extra trending / most-read items */
  sidebar: string;
  /** extra ad slots and scripts at the end of the body tag */
  tail: string;
}

export const NO_PADDING: Padding = { views: '', menu: '', sidebar: '', tail: '' };

/** Bulk of at least `bytes` UTF-8 bytes, spread over the page's usual heavy parts. */
export function padding(ch: Chrome, bytes: number, amp: boolean): Padding {
  const p = { views: '', menu: '', sidebar: '', tail: '' };
  let added = 0;
  while (added < bytes) {
    const r = ch.rng.next();
    let piece: string;
    if (r < 0.45) {
      piece = `"views_dom_id:${ch.rng.int(1e8, 9e8).toString(16)}":{"view_name":"${ch.rng.pick(['trending', 'most_read', 'related', 'section_list', 'videos'])}","view_display_id":"block_${ch.rng.int(1, 9)}","view_args":"${ch.rng.int(1, 99_999)}","view_path":"node/${ch.node}","view_base_path":null,"pager_element":0},`;
      p.views += piece;
    } else if (r < 0.75) {
      piece = storyLink(ch);
      p.sidebar += piece;
    } else if (r < 0.9 || amp) {
      const n = ch.rng.pick(NATIONS);
      piece = ch.ar
        ? `<li><a href="/ar/tags/${n.ar}">${n.ar}</a></li>`
        : `<li><a href="/tags/${n.name.toLowerCase().replace(/ /g, '-')}">${esc(n.name)}</a></li>`;
      p.menu += piece;
    } else {
      piece = adSlot(ch);
      p.tail += piece;
    }
    added += Buffer.byteLength(piece);
  }
  return p;
}
