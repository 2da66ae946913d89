// Puts the keyboard focus where the page continues after a save, instead of at the top of the page (WCAG 2.4.3,
// 3.3.1): on the error summary when the form was refused (tag/errorsummary.jte, data-focus="fouten"), else on the
// confirmation (tag/notice.jte) or another element a page marks with data-focus. A page without such an element
// keeps the browser's own focus. Also after htmx puts new content in the page. Without JavaScript the pages work
// the same, only the focus starts at the top.
(function () {
    'use strict';

    function focusIn(root) {
        var self = root.matches && root.matches('[data-focus]') ? root : null;
        var target = root.querySelector('[data-focus="fouten"]') || self || root.querySelector('[data-focus]');
        if (!target) {
            return;
        }
        if (!target.hasAttribute('tabindex')) {
            target.setAttribute('tabindex', '-1');
        }
        target.focus();
    }

    // A link in the error summary leads to the field itself; for a group of choices (a fieldset) to its first choice.
    function followErrorLinks() {
        document.addEventListener('click', function (event) {
            var link = event.target.closest && event.target.closest('[data-focus="fouten"] a[href^="#"]');
            if (!link) {
                return;
            }
            var field = document.getElementById(link.getAttribute('href').substring(1));
            if (!field || field.matches('input, select, textarea, button')) {
                return;
            }
            var first = field.querySelector('input:not([type=hidden]), select, textarea');
            if (first) {
                event.preventDefault();
                field.scrollIntoView();
                first.focus();
            }
        });
    }

    // A link to a place on the page (#…) decides the focus itself.
    if (!window.location.hash) {
        focusIn(document);
    }
    followErrorLinks();
    // htmx fires this on each element it put in the page: only new content moves the focus.
    document.addEventListener('htmx:afterSettle', function (event) {
        if (event.target instanceof Element && event.target.isConnected) {
            focusIn(event.target);
        }
    });
})();
