/*
 * The one script every page carries, inline in <head> and run before the first paint. It applies
 * the reader's theme, and otherwise only listens: for ⌘/Ctrl+K, `/` or focus on the header's search
 * box, which load the search client (search/atlas-search.js, a classic script so it also works from
 * disk) and open the dialog; for clicks on the theme toggle and the copy-link button, which it shows
 * once the page is read. Opened from disk, it also points folder links at their index.html.
 * Minified into the page by src/lib/page-script.ts.
 */
(function () {
  var doc = document;
  var root = doc.documentElement;
  var siteRoot = doc.currentScript.getAttribute('data-root');
  var fromDisk = location.protocol === 'file:';
  var system = matchMedia('(prefers-color-scheme: dark)');
  var STORED = 'atlas-theme';

  try {
    var saved = localStorage.getItem(STORED);
    if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  } catch (error) {}

  function theme() {
    return root.dataset.theme || (system.matches ? 'dark' : 'light');
  }
  function showTheme() {
    var toggle = doc.querySelector('.theme-toggle');
    if (toggle) toggle.setAttribute('aria-pressed', String(theme() === 'dark'));
  }
  /** The reader's pick is remembered only while it differs from the system's scheme. */
  function switchTheme() {
    var next = theme() === 'dark' ? 'light' : 'dark';
    var followsSystem = next === (system.matches ? 'dark' : 'light');
    try {
      if (followsSystem) localStorage.removeItem(STORED);
      else localStorage.setItem(STORED, next);
    } catch (error) {}
    if (followsSystem) delete root.dataset.theme;
    else root.dataset.theme = next;
    showTheme();
  }
  function copyLink(button) {
    var label = button.querySelector('span');
    var text = label.textContent;
    navigator.clipboard.writeText(button.getAttribute('data-copy')).then(
      function () {
        label.textContent = 'Link copied';
      },
      function () {
        label.textContent = 'Could not copy';
      },
    );
    setTimeout(function () {
      label.textContent = text;
    }, 2000);
  }

  /** Copies a citation block's text ("Copy BibTeX"). */
  function copyFrom(button) {
    var label = button.querySelector('span');
    var text = label.textContent;
    var block = doc.getElementById(button.getAttribute('data-copy-from'));
    navigator.clipboard.writeText(block ? block.textContent : '').then(
      function () {
        label.textContent = 'Copied';
      },
      function () {
        label.textContent = 'Could not copy';
      },
    );
    setTimeout(function () {
      label.textContent = text;
    }, 2000);
  }
  /** Saves a citation block as a file, without a file on the server for each paper and format. */
  function downloadFrom(button) {
    var block = doc.getElementById(button.getAttribute('data-download-from'));
    var blob = new Blob([block ? block.textContent : ''], { type: button.getAttribute('data-type') });
    var link = doc.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = button.getAttribute('data-filename');
    doc.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 1000);
  }

  var loading = null;
  function loadSearch() {
    if (window.atlasSearch) return Promise.resolve();
    loading =
      loading ||
      new Promise(function (resolve, reject) {
        var script = doc.createElement('script');
        script.src = siteRoot + 'search/atlas-search.js';
        script.onload = resolve;
        script.onerror = function () {
          loading = null;
          reject(new Error('search could not load'));
        };
        doc.head.appendChild(script);
      });
    return loading;
  }
  function openSearch() {
    var box = doc.getElementById('site-search');
    loadSearch().then(
      function () {
        window.atlasSearch.open(box ? box.value : '');
      },
      function () {},
    );
  }

  doc.addEventListener('DOMContentLoaded', function () {
    var toggle = doc.querySelector('.theme-toggle');
    if (toggle) toggle.hidden = false;
    showTheme();
    doc.querySelectorAll('[data-download-from]').forEach(function (button) {
      button.hidden = false;
    });
    if (navigator.clipboard && window.isSecureContext) {
      doc.querySelectorAll('[data-copy], [data-copy-from]').forEach(function (button) {
        button.hidden = false;
      });
    }
  });
  system.addEventListener('change', showTheme);

  doc.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('a[href], button') : null;
    if (!target) return;
    if (target.matches('.theme-toggle')) return switchTheme();
    if (target.matches('[data-copy]')) return copyLink(target);
    if (target.matches('[data-copy-from]')) return copyFrom(target);
    if (target.matches('[data-download-from]')) return downloadFrom(target);
    if (!fromDisk || target.tagName !== 'A') return;
    // From disk, a folder link shows a file listing: point it at the folder's index.html.
    var href = target.getAttribute('href');
    if (/^[a-z]+:/i.test(href) || href.charAt(0) === '#') return;
    var parts = href.match(/^([^?#]*)(.*)$/);
    if (parts[1] === '' || parts[1].slice(-1) === '/') {
      event.preventDefault();
      location.href = parts[1] + 'index.html' + parts[2];
    }
  });
  doc.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.altKey) return;
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if ((event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      openSearch();
    } else if (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey) {
      event.preventDefault();
      openSearch();
    }
  });
  doc.addEventListener('focusin', function (event) {
    if (event.target && event.target.id === 'site-search') openSearch();
  });
  // From disk, the header form's folder address would show a file listing: ask for index.html.
  doc.addEventListener('submit', function (event) {
    var form = event.target;
    if (!fromDisk || !form.classList || !form.classList.contains('search-form')) return;
    event.preventDefault();
    location.href =
      form.getAttribute('action') + 'index.html?q=' + encodeURIComponent(new FormData(form).get('q') || '');
  });
})();
