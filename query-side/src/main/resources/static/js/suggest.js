/*
 * Type-ahead for the site's search box: an ARIA 1.2 combobox over GET /api/search/suggest.
 * Progressive enhancement only — without JavaScript the box is a plain search form. Titles are
 * put in with textContent, never as HTML.
 */
(function () {
  'use strict';
  var input = document.querySelector('input[data-suggest]');
  if (!input || !window.fetch) {
    return;
  }
  var list = document.createElement('ul');
  list.id = 'q-suggestions';
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', '搜索建议');
  list.hidden = true;
  input.parentNode.appendChild(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  var items = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(load, 150);
  });
  input.addEventListener('keydown', function (e) {
    if (list.hidden) {
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', function () {
    setTimeout(close, 100);
  });

  function load() {
    var q = input.value.trim();
    var mine = ++latest;
    if (!q) {
      close();
      return;
    }
    fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q), {headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (suggestions) { if (mine === latest) { show(suggestions); } })
      .catch(close);
  }

  function show(suggestions) {
    items = suggestions;
    active = -1;
    list.textContent = '';
    suggestions.forEach(function (s, i) {
      var li = document.createElement('li');
      li.id = 'q-suggestion-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.textContent = s.text;
      li.addEventListener('mousedown', function (e) {
        e.preventDefault();
        choose(i);
      });
      list.appendChild(li);
    });
    if (suggestions.length) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    } else {
      close();
    }
  }

  function move(step) {
    var options = list.children;
    if (active >= 0) {
      options[active].setAttribute('aria-selected', 'false');
    }
    active = (active + step + options.length) % options.length;
    options[active].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[active].id);
  }

  function choose(i) {
    var s = items[i];
    close();
    if (s.url) {
      window.location.assign(s.url);
    } else {
      input.value = s.text;
      input.form.submit();
    }
  }

  function close() {
    list.hidden = true;
    list.textContent = '';
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }
}());
