/*
 * A bank card's number typed on the wallet's pages reads in groups of four digits (2200 0000 0000 0000), as printed on
 * the card: every input of the class wallet-card-input keeps digits only, at most 19, a space after each four; the
 * caret stays after the digit it followed. The server drops the spaces anyway.
 */
(function () {
    var MAX_DIGITS = 19;

    function grouped(digits) {
        return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
    }

    function regroup(input) {
        var caret = input.selectionStart === null ? input.value.length : input.selectionStart;
        var digitsBefore = input.value.slice(0, caret).replace(/\D/g, '').length;
        var text = grouped(input.value.replace(/\D/g, '').slice(0, MAX_DIGITS));
        if (text === input.value) {
            return;
        }
        input.value = text;
        var position = 0;
        for (var seen = 0; position < text.length && seen < digitsBefore; position++) {
            if (/\d/.test(text.charAt(position))) {
                seen++;
            }
        }
        if (document.activeElement === input) {
            input.setSelectionRange(position, position);
        }
    }

    document.addEventListener('input', function (event) {
        if (event.target.classList && event.target.classList.contains('wallet-card-input')) {
            regroup(event.target);
        }
    });
})();
