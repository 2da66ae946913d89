// A table wider than the screen scrolls sideways in its own region (.table-scroll), so the page itself never does
// (WCAG 1.4.10). A keyboard must be able to scroll it too (WCAG 2.1.1): when the region scrolls and nothing inside it
// takes the focus, the region itself does, named after its table (the caption, else the heading above it). Checked
// at load and whenever the window changes size; a region that fits is no extra Tab stop.
(function () {
    'use strict';

    var FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

    function name(region) {
        var caption = region.querySelector('caption');
        if (caption && caption.textContent.trim()) {
            return caption.textContent.trim();
        }
        for (var el = region.previousElementSibling; el; el = el.previousElementSibling) {
            if (/^H[1-6]$/.test(el.tagName)) {
                return el.textContent.trim();
            }
        }
        return null;
    }

    function check() {
        Array.prototype.forEach.call(document.querySelectorAll('.table-scroll'), function (region) {
            if (region.hasAttribute('tabindex') && !region.hasAttribute('data-tabel-scroll')) {
                return; // focusable in the page itself
            }
            var scrolls = region.scrollWidth > region.clientWidth;
            if (scrolls && !region.querySelector(FOCUSABLE)) {
                region.setAttribute('tabindex', '0');
                region.setAttribute('data-tabel-scroll', '');
                if (!region.hasAttribute('role')) {
                    region.setAttribute('role', 'region');
                }
                if (!region.hasAttribute('aria-label') && !region.hasAttribute('aria-labelledby') && name(region)) {
                    region.setAttribute('aria-label', name(region));
                }
            } else if (region.hasAttribute('data-tabel-scroll')) {
                region.removeAttribute('tabindex');
                region.removeAttribute('data-tabel-scroll');
            }
        });
    }

    document.addEventListener('DOMContentLoaded', check);
    window.addEventListener('resize', check);
}());
