// Saves a form's draft while the user types, and fills the form again from its draft when it is opened (ADR-0015).
// A form takes part when it contains the hidden field "_concept" (the JTE tag tag/concept.jte renders it).
// When the server cannot take the draft (the session ended, the network is gone), the tab keeps it in
// sessionStorage under "schakel.concept:<key>" until it can be saved: after the new login the form is filled from
// it, it is saved to the server and the local copy is removed (ADR-0028). sessionStorage belongs to this tab only and
// is gone when the tab closes; localStorage is never used.
(function () {
    'use strict';

    var DELAY_MS = 1200;
    var LOCAL = 'schakel.concept:';

    function fields(form) {
        var velden = {};
        new FormData(form).forEach(function (value, name) {
            if (name === '_csrf' || name === '_concept' || typeof value !== 'string') {
                return;
            }
            (velden[name] = velden[name] || []).push(value);
        });
        return velden;
    }

    function keepLocally(form, key, submitted) {
        try {
            sessionStorage.setItem(LOCAL + key, JSON.stringify({velden: fields(form), verstuurd: submitted}));
        } catch (e) { /* storage full or refused: the text is still in the form */ }
    }

    function local(key) {
        try {
            return JSON.parse(sessionStorage.getItem(LOCAL + key));
        } catch (e) {
            return null;
        }
    }

    function forget(key) {
        try {
            sessionStorage.removeItem(LOCAL + key);
        } catch (e) { /* nothing kept */ }
    }

    function signedIn() {
        return document.querySelector('form[action="/uitloggen"]') !== null;
    }

    // Before the forms: a copy kept while signed out waits on the login pages; a copy of a form that was sent while
    // signed in reached the server (saved, or shown again with its errors), so it is no longer needed.
    function tidy() {
        var keys = [];
        try {
            for (var i = 0; i < sessionStorage.length; i++) {
                if (sessionStorage.key(i).indexOf(LOCAL) === 0) {
                    keys.push(sessionStorage.key(i).substring(LOCAL.length));
                }
            }
        } catch (e) {
            return;
        }
        keys.forEach(function (key) {
            var copy = local(key);
            if (!copy) {
                forget(key);
            } else if (!signedIn()) {
                if (copy.verstuurd) {
                    copy.naInloggen = true;
                    try {
                        sessionStorage.setItem(LOCAL + key, JSON.stringify(copy));
                    } catch (e) { /* refused: the copy stays as it was */ }
                }
            } else if (copy.verstuurd && !copy.naInloggen) {
                forget(key);
            }
        });
    }

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
                    // A choice folded away (a closed <details>) is shown again, so the user sees what came back.
                    var fold = el.checked && el.closest('details');
                    if (fold) {
                        fold.open = true;
                    }
                } else if (values.length > 0) {
                    el.value = values[0];
                }
            });
        });
    }

    function init(form) {
        var keyField = form.querySelector('input[name="_concept"]');
        var status = form.querySelector('[data-concept-status]');
        if (!keyField || !status || form.dataset.conceptInit) {
            return;
        }
        form.dataset.conceptInit = 'ja';
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
        var key = keyField.value;
        // quiet: after a restore the line keeps saying that the draft came back
        var save = function (quiet) {
            timer = null;
            pending = false;
            fetch('/concepten', {
                method: 'POST', body: body(), credentials: 'same-origin', redirect: 'manual',
                headers: {'Accept': 'application/json'}
            }).then(function (r) {
                if (!r.ok) {
                    throw new Error(r.status === 401 ? 'verlopen' : 'status ' + r.status);
                }
                return r.json();
            }).then(function (j) {
                forget(key);
                if (quiet !== true) {
                    say(status.dataset.saved, j.opgeslagenOp);
                }
            }).catch(function (e) {
                keepLocally(form, key, false);
                say(e.message === 'verlopen' ? status.dataset.expired : status.dataset.failed);
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
            // if the session ended, the server sends the login instead of saving: the tab keeps the text till then
            keepLocally(form, key, true);
        });
        window.addEventListener('pagehide', function () {
            if (pending && navigator.sendBeacon) {
                navigator.sendBeacon('/concepten', body());
            }
        });
        var copy = local(key);
        if (copy && status.dataset.restore !== 'ja') {
            // the form came back with its errors: the server shows what was sent
            forget(key);
        } else if (copy && signedIn()) {
            restore(form, copy.velden);
            touched = true;
            say(status.dataset.restored, new Date().toISOString());
            save(true);
        } else if (status.dataset.restore === 'ja') {
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

    // Logging out on purpose: nothing of this user stays in the tab.
    function forgetAllOnLogout() {
        var logout = document.querySelector('form[action="/uitloggen"]');
        if (logout) {
            logout.addEventListener('submit', function () {
                try {
                    Object.keys(sessionStorage).filter(function (k) {
                        return k.indexOf(LOCAL) === 0;
                    }).forEach(function (k) {
                        sessionStorage.removeItem(k);
                    });
                } catch (e) { /* nothing kept */ }
            });
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        tidy();
        forgetAllOnLogout();
        Array.prototype.forEach.call(document.querySelectorAll('form'), init);
    });
    // A form htmx puts in the page (the next question on the afwegingen page) saves its draft too.
    document.addEventListener('htmx:load', function (e) {
        if (e.target.querySelectorAll) {
            Array.prototype.forEach.call(e.target.querySelectorAll('form'), init);
        }
    });
}());
