// Shows a part of a form only when the answer it belongs to is chosen (conditional reveal), e.g. the questions about a
// gesprek that was held, or about one that was not. Marked up as <div data-toon-bij="name=value">. Until an answer is
// chosen, and without JavaScript, every part is shown; a hidden part is out of the Tab order and is not sent.
(function () {
    'use strict';

    function update(form) {
        Array.prototype.forEach.call(form.querySelectorAll('[data-toon-bij]'), function (part) {
            var rule = part.getAttribute('data-toon-bij').split('=');
            var chosen = form.querySelector('input[name="' + rule[0] + '"]:checked');
            var hide = chosen !== null && chosen.value !== rule[1];
            part.hidden = hide;
            Array.prototype.forEach.call(part.querySelectorAll('input, textarea, select'), function (field) {
                field.disabled = hide;
            });
        });
    }

    function init(root) {
        Array.prototype.forEach.call(root.querySelectorAll('form'), function (form) {
            if (!form.querySelector('[data-toon-bij]') || form.dataset.tonenInit) {
                return;
            }
            form.dataset.tonenInit = 'ja';
            form.addEventListener('change', function () {
                update(form);
            });
            update(form);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        init(document);
    });
    document.addEventListener('htmx:load', function (e) {
        init(e.target);
    });
}());
