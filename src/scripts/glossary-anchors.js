/*
 * On a page of the glossary: a link to an entry this page does not hold (an old link to
 * /glossary/#dpo from before the glossary had pages, or one made before the entry moved to the
 * next page as the atlas grew) is sent on to the page that holds it. Only then does it load
 * glossary/anchors.js, the page of every entry and letter heading, a classic script so it also
 * works from disk. Minified into the pages by src/lib/page-script.ts.
 */
(function () {
  var doc = document;
  var siteRoot = doc.getElementById('site-script').getAttribute('data-root');
  var glossary = siteRoot + 'glossary/';
  var loaded = null;

  function pageOf(id) {
    loaded =
      loaded ||
      new Promise(function (resolve) {
        var script = doc.createElement('script');
        script.src = glossary + 'anchors.js';
        script.onload = function () {
          resolve(window.atlasGlossaryPages || {});
        };
        script.onerror = function () {
          loaded = null;
          resolve({});
        };
        doc.head.appendChild(script);
      });
    return loaded.then(function (pages) {
      return Object.prototype.hasOwnProperty.call(pages, id) ? pages[id] : null;
    });
  }

  function follow() {
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (error) {
      return;
    }
    if (!id || doc.getElementById(id)) return;
    pageOf(id).then(function (page) {
      if (!page) return;
      var path = glossary + (page === 1 ? '' : 'page/' + page + '/');
      if (location.protocol === 'file:') path += 'index.html';
      var target = new URL(path, location.href);
      // The page that should hold the entry does not: stay rather than go round in circles.
      if (target.pathname === location.pathname) return;
      location.replace(target.href.split('#')[0] + location.hash);
    });
  }

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', follow);
  else follow();
  window.addEventListener('hashchange', follow);
})();
