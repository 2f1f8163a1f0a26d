// Archivist search page enhancement (plain JS, no framework). Without it the page is a GET form.
// With it: results update as you type (debounced) and when a filter changes, links inside the
// results load in place, the URL follows (replaceState while typing, pushState on clicks), and
// the person/nation lists get a filter box. The server renders every HTML fragment; this script
// only swaps #sidebar and #results from the page the server returns for the new URL.
'use strict';
(function () {
  document.documentElement.classList.add('js');

  // Wait this long after the last keystroke before searching: fast typists send one request.
  var TYPING_DEBOUNCE_MS = 220;

  var form = document.getElementById('search-form');
  if (!form) return;
  var box = document.getElementById('q');
  var controller = null;
  var timer = 0;

  setupFacetFilters(document);

  function currentUrl() {
    var params = new URLSearchParams();
    var data = new FormData(form);
    data.forEach(function (value, key) {
      if (typeof value === 'string' && value.trim() !== '') params.append(key, value);
    });
    // Defaults are left out so URLs stay short and shareable.
    if (params.get('match') === 'all') params.delete('match');
    var qs = params.toString();
    return '/' + (qs ? '?' + qs : '');
  }

  function load(url, mode) {
    if (controller) controller.abort();
    controller = new AbortController();
    var signal = controller.signal;
    document.body.classList.add('is-loading');
    return fetch(url, { headers: { Accept: 'text/html' }, signal: signal, credentials: 'same-origin' })
      .then(function (res) {
        return res.text();
      })
      .then(function (text) {
        if (signal.aborted) return;
        var doc = new DOMParser().parseFromString(text, 'text/html');
        swap(doc);
        if (mode === 'push') history.pushState(null, '', url);
        else if (mode === 'replace') history.replaceState(null, '', url);
        document.title = doc.title;
      })
      .catch(function (err) {
        if (err && err.name === 'AbortError') return;
        window.location.href = url; // fall back to a normal page load
      })
      .finally(function () {
        if (!signal.aborted) document.body.classList.remove('is-loading');
      });
  }

  function swap(doc) {
    var focused = document.activeElement;
    var focusKey =
      focused && focused.name && focused.closest && focused.closest('#sidebar, #results') ? focused.name + '\u0000' + focused.value : null;
    var filters = {};
    var openMore = {};
    document.querySelectorAll('.facet[data-facet]').forEach(function (f) {
      var input = f.querySelector('.facet-filter');
      if (input && input.value) filters[f.dataset.facet] = input.value;
      var details = f.querySelector('.facet-more');
      if (details && details.open) openMore[f.dataset.facet] = true;
    });
    ['sidebar', 'results'].forEach(function (id) {
      var fresh = doc.getElementById(id);
      var old = document.getElementById(id);
      if (fresh && old) old.replaceWith(document.importNode(fresh, true));
    });
    var freshBox = doc.getElementById('q');
    if (freshBox && box && document.activeElement !== box) box.value = freshBox.value;
    setupFacetFilters(document, filters, openMore);
    if (focusKey) {
      var inputs = document.querySelectorAll('#sidebar input, #results select');
      for (var i = 0; i < inputs.length; i++) {
        if (inputs[i].name + '\u0000' + inputs[i].value === focusKey) {
          inputs[i].focus();
          break;
        }
      }
    }
  }

  // Typing in the main box: debounced, URL replaced (no history entry per keystroke).
  if (box) {
    box.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        load(currentUrl(), 'replace');
      }, TYPING_DEBOUNCE_MS);
    });
  }

  // Any checkbox, radio, select or date change: search now.
  form.addEventListener('change', function (e) {
    var t = e.target;
    if (!t || t.classList.contains('facet-filter') || t === box) return;
    clearTimeout(timer);
    load(currentUrl(), 'push');
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    load(currentUrl(), 'push');
  });

  // Links that stay on the search page (pagination, chips, chart bars, "remove filter").
  document.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target.closest && e.target.closest('a[href]');
    if (!a || !a.closest('#sidebar, #results')) return;
    var url = new URL(a.getAttribute('href'), window.location.href);
    if (url.origin !== window.location.origin || url.pathname !== '/') return;
    e.preventDefault();
    load(url.pathname + url.search, 'push').then(function () {
      var results = document.getElementById('results');
      if (results && results.getBoundingClientRect().top < 0) results.scrollIntoView();
    });
  });

  // "/" jumps to the search box, as on most search sites.
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || !box) return;
    var t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
    e.preventDefault();
    box.focus();
    box.select();
  });

  window.addEventListener('popstate', function () {
    if (window.location.pathname === '/') load(window.location.pathname + window.location.search, null);
  });

  // A name folded as the server folds names (src/linking/name-forms.ts nameKey): no case, accents
  // or Arabic marks, one form of alef, yeh and teh marbuta, words joined by single spaces.
  var ARABIC_FOLD = { ٱ: 'ا', ى: 'ي', ة: 'ه', ی: 'ي', ک: 'ك' };
  function foldName(text) {
    var folded = text
      .normalize('NFKD')
      .replace(/[\p{M}\u0640]/gu, '')
      .toLowerCase()
      .replace(/[ٱىةیک]/g, function (c) {
        return ARABIC_FOLD[c];
      });
    return (folded.match(/[\p{L}\p{N}]+/gu) || []).join(' ');
  }

  // Filter boxes above long facet lists: hide non-matching values, open "Show more" while filtering.
  function setupFacetFilters(root, restore, openMore) {
    root.querySelectorAll('.facet[data-facet]').forEach(function (facet) {
      var input = facet.querySelector('.facet-filter');
      var details = facet.querySelector('.facet-more');
      if (details && openMore && openMore[facet.dataset.facet]) details.open = true;
      if (!input) return;
      input.hidden = false;
      var apply = function () {
        var needle = foldName(input.value);
        var shown = 0;
        facet.querySelectorAll('.facet-list li').forEach(function (li) {
          var name = li.querySelector('.facet-name');
          // the value shown, or any other name of its entity (data-names: its Arabic name, aliases)
          var hit =
            !needle ||
            (name && foldName(name.textContent).indexOf(needle) !== -1) ||
            (li.dataset.names && li.dataset.names.indexOf(needle) !== -1);
          li.hidden = !hit;
          if (hit) shown++;
        });
        if (details) {
          if (needle) {
            details.open = true;
            details.querySelector('summary').hidden = true;
          } else details.querySelector('summary').hidden = false;
        }
        var none = facet.querySelector('.facet-nomatch');
        if (none) none.hidden = shown !== 0;
      };
      input.addEventListener('input', apply);
      input.addEventListener('keydown', function (e) {
        if (e.key === 'Enter') e.preventDefault();
      });
      if (restore && restore[facet.dataset.facet]) {
        input.value = restore[facet.dataset.facet];
        apply();
      }
    });
  }
})();
