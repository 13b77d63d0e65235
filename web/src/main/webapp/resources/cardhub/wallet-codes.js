/*
 * The wallet's public pages: "a new code in N s" counts down, and the button asking for another code waits for it
 * (the server answers "too soon" anyway). The hint carries the seconds left as the page was drawn (data-wait) and the
 * button's id (data-button); a hint drawn again by an update starts afresh.
 */
(function () {
    function tick() {
        document.querySelectorAll('[data-wait]').forEach(function (hint) {
            if (!hint.dataset.start) {
                hint.dataset.start = String(Date.now());
            }
            var passed = Math.floor((Date.now() - Number(hint.dataset.start)) / 1000);
            var left = Math.max(0, Number(hint.dataset.wait) - passed);
            var seconds = hint.querySelector('.wopen-wait-seconds');
            if (seconds) {
                seconds.textContent = String(left);
            }
            hint.classList.toggle('waiting', left > 0);
            var button = document.getElementById(hint.dataset.button);
            if (button) {
                button.disabled = left > 0;
                button.classList.toggle('ui-state-disabled', left > 0);
            }
        });
    }
    setInterval(tick, 1000);
    document.addEventListener('DOMContentLoaded', function () {
        tick();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', tick);
        }
    });
})();
