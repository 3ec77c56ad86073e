/* 字号 on every page: see src/components/TextSize.astro. Plain ES5, written inline at the top of <body> (text-size.mjs). */
(function () {
  var KEY = 'jxjy-text-size';
  var SIZES = ['standard', 'large', 'xlarge'];
  var root = document.documentElement;

  function read() {
    try {
      var value = window.localStorage.getItem(KEY);
      return SIZES.indexOf(value) >= 0 ? value : 'standard';
    } catch (e) {
      return 'standard';
    }
  }

  function apply(size) {
    if (size === 'standard') root.removeAttribute('data-text-size');
    else root.setAttribute('data-text-size', size);
  }

  function sync(size) {
    var buttons = document.querySelectorAll('[data-text-size-option]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-text-size-option') === size));
    }
  }

  root.className += (root.className ? ' ' : '') + 'has-text-size';
  apply(read());

  function wire() {
    sync(read());
    var buttons = document.querySelectorAll('[data-text-size-option]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function (event) {
        var size = event.currentTarget.getAttribute('data-text-size-option');
        if (SIZES.indexOf(size) < 0) return;
        try {
          window.localStorage.setItem(KEY, size);
        } catch (e) {
          /* storage refused: the size still applies to this page */
        }
        apply(size);
        sync(size);
      });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();

  // Another tab changed the size: follow it.
  window.addEventListener('storage', function (event) {
    if (event.key !== KEY) return;
    var size = read();
    apply(size);
    sync(size);
  });
})();
