// Puts the keyboard focus where the page continues after a save, instead of at the top of the page (WCAG 2.4.3,
// 3.3.1): on the error summary when the form was refused (tag/errorsummary.jte, data-focus="fouten"); else, for a
// page opened at a place (#…, such as the next step after a save), on that place; else on the confirmation
// (tag/notice.jte) or another element a page marks with data-focus. A page without any of these keeps the browser's
// own focus. The same for content htmx puts in the page. Without JavaScript the pages work the same, only the focus
// starts at the top.
(function () {
    'use strict';

    // After new content from htmx, the next question it reveals (marked data-volgende) comes before the confirmation:
    // the user goes on there (the afwegingen page).
    function focusIn(root, swapped) {
        var self = root.matches && root.matches('[data-focus]') ? root : null;
        var target = root.querySelector('[data-focus="fouten"]')
            || (swapped && root.querySelector('[data-volgende]'))
            || self
            || root.querySelector('[data-focus]');
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

    function focusOnLoad() {
        if (document.querySelector('[data-focus="fouten"]')) {
            focusIn(document);
            return;
        }
        var hash = window.location.hash;
        var place = hash ? document.getElementById(decodeURIComponent(hash.substring(1))) : null;
        if (place) {
            if (!place.matches('a[href], input, select, textarea, button') && !place.hasAttribute('tabindex')) {
                place.setAttribute('tabindex', '-1');
            }
            place.focus();
            return;
        }
        focusIn(document);
    }

    focusOnLoad();
    followErrorLinks();
    // htmx fires this on each element it put in the page: only new content moves the focus.
    document.addEventListener('htmx:afterSettle', function (event) {
        if (event.target instanceof Element && event.target.isConnected) {
            focusIn(event.target, true);
        }
    });
})();
