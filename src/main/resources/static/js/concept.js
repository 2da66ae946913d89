// Saves a form's draft while the user types, and fills the form again from its draft when it is opened (ADR-0015).
// A form takes part when it contains the hidden field "_concept" (the JTE tag tag/concept.jte renders it).
(function () {
    'use strict';

    var DELAY_MS = 1200;

    function time(iso) {
        var lang = document.documentElement.lang || 'nl';
        return new Date(iso).toLocaleTimeString(lang, {hour: '2-digit', minute: '2-digit'});
    }

    function restore(form, velden) {
        Object.keys(velden).forEach(function (name) {
            var values = velden[name];
            Array.prototype.forEach.call(form.elements, function (el) {
                if (el.name !== name || el.type === 'hidden' || el.type === 'submit') {
                    return;
                }
                if (el.type === 'checkbox' || el.type === 'radio') {
                    el.checked = values.indexOf(el.value) >= 0;
                } else if (values.length > 0) {
                    el.value = values[0];
                }
            });
        });
    }

    function init(form) {
        var keyField = form.querySelector('input[name="_concept"]');
        var status = form.querySelector('[data-concept-status]');
        if (!keyField || !status) {
            return;
        }
        var timer = null;
        var pending = false;
        // Once the user has typed or chosen something, a draft arriving late must not overwrite it.
        var touched = false;
        var say = function (template, iso) {
            status.textContent = template.replace('{0}', iso ? time(iso) : '');
        };
        var body = function () {
            return new URLSearchParams(new FormData(form));
        };
        var save = function () {
            timer = null;
            pending = false;
            fetch('/concepten', {
                method: 'POST', body: body(), credentials: 'same-origin', redirect: 'manual',
                headers: {'Accept': 'application/json'}
            }).then(function (r) {
                if (!r.ok) {
                    throw new Error('status ' + r.status);
                }
                return r.json();
            }).then(function (j) {
                say(status.dataset.saved, j.opgeslagenOp);
            }).catch(function () {
                say(status.dataset.failed);
            });
        };
        var changed = function () {
            touched = true;
            pending = true;
            if (timer) {
                clearTimeout(timer);
            }
            timer = setTimeout(save, DELAY_MS);
        };
        form.addEventListener('input', changed);
        form.addEventListener('change', changed);
        form.addEventListener('submit', function () {
            if (timer) {
                clearTimeout(timer);
            }
            pending = false;
        });
        window.addEventListener('pagehide', function () {
            if (pending && navigator.sendBeacon) {
                navigator.sendBeacon('/concepten', body());
            }
        });
        if (status.dataset.restore === 'ja') {
            fetch('/concepten?sleutel=' + encodeURIComponent(keyField.value), {
                credentials: 'same-origin', redirect: 'manual', headers: {'Accept': 'application/json'}
            }).then(function (r) {
                return r.status === 200 ? r.json() : null;
            }).then(function (j) {
                if (j && !touched) {
                    restore(form, j.velden);
                    say(status.dataset.restored, j.opgeslagenOp);
                }
            }).catch(function () { /* nothing to restore */ });
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('form'), init);
    });
}());
