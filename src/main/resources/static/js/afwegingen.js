// The afwegingen page answered without page loads (htmx): after a save the server sends the page's steps again
// (#afwegingen-stappen) with the next question revealed, and focus.js moves the focus there (data-volgende); after bad input it
// sends them with the error summary (status 422), and the focus goes to the summary. Inline handlers (hx-on) are not
// allowed by the Content-Security-Policy, so this is a static script. Without it, or without JavaScript, the forms
// post as plain forms and the server answers with a redirect to the page.
(function () {
    'use strict';

    var REGION = 'afwegingen-stappen';

    function isSteps(xhr) {
        return typeof xhr.responseText === 'string' && xhr.responseText.indexOf('id="' + REGION + '"') >= 0;
    }

    // Anything else than the steps (the login page after the session ended, an error page): the form is posted
    // again as a plain form, so the user sees what they would see without JavaScript.
    function postPlainly(elt) {
        var form = elt && (elt.tagName === 'FORM' ? elt : elt.closest('form'));
        if (form) {
            HTMLFormElement.prototype.submit.call(form);
        }
    }

    document.addEventListener('htmx:beforeSwap', function (e) {
        if (!e.detail.target || e.detail.target.id !== REGION) {
            return;
        }
        var xhr = e.detail.xhr;
        if ((xhr.status === 200 || xhr.status === 422) && isSteps(xhr)) {
            e.detail.shouldSwap = true;
            e.detail.isError = false;
        } else {
            e.detail.shouldSwap = false;
            postPlainly(e.detail.requestConfig && e.detail.requestConfig.elt);
        }
    });

    document.addEventListener('htmx:sendError', function (e) {
        if (e.detail.target && e.detail.target.id === REGION) {
            postPlainly(e.detail.requestConfig && e.detail.requestConfig.elt);
        }
    });
}());
