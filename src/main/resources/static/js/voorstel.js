// Lets a field's proposed value follow a choice; the page works without it.
// A hidden list <ul data-voorstel-van="<select id>" data-voorstel-voor="<input id>"> holds one <li data-keuze="<value>">
// per choice with the value Schakel proposes for it (e.g. the name of the organisation's aandachtsfunctionaris). When
// the choice changes, the field gets the proposal of the new choice, unless the user typed something of their own.
(function () {
    'use strict';

    function init(lijst) {
        var keuze = document.getElementById(lijst.dataset.voorstelVan);
        var veld = document.getElementById(lijst.dataset.voorstelVoor);
        if (!keuze || !veld) {
            return;
        }
        var voorstellen = {};
        Array.prototype.forEach.call(lijst.querySelectorAll('li[data-keuze]'), function (li) {
            voorstellen[li.dataset.keuze] = li.textContent;
        });
        var vorige = voorstellen[keuze.value] || '';
        keuze.addEventListener('change', function () {
            if (veld.value.trim() !== '' && veld.value !== vorige) {
                return;
            }
            vorige = voorstellen[keuze.value] || '';
            veld.value = vorige;
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('[data-voorstel-van]'), init);
    });
}());
