// The dossier's journal: a link to an entry (#entry-<id>) opens that entry's collapsed <details>, also when the
// hash changes on the same page (the link "corrigeert ..." of a correction). Without JavaScript the link still
// scrolls to the entry, whose heading stays visible.
(function () {
  'use strict';

  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (id.indexOf('entry-') !== 0) {
      return;
    }
    var entry = document.getElementById(id);
    var details = entry && entry.querySelector('details');
    if (details && !details.open) {
      details.open = true;
      entry.scrollIntoView();
    }
  }

  window.addEventListener('hashchange', openTarget);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', openTarget);
  } else {
    openTarget();
  }
})();
