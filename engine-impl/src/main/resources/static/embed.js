// Click-to-load embeds. The page holds only a placeholder (figure.embed: provider, title, a thumbnail the site
// serves itself, and a notice); no request reaches the provider until the reader clicks "Load", or has chosen
// to always load that provider. That choice stays in this browser (localStorage "masthead.embeds.consent", a
// list of provider names); the site never receives it, and the "Stop loading" link or clearing site data
// withdraws it.
(function () {
  'use strict';
  var KEY = 'masthead.embeds.consent';

  function consented() {
    try {
      var list = JSON.parse(window.localStorage.getItem(KEY));
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  function remember(provider, consent) {
    var list = consented().filter(function (name) { return name !== provider; });
    if (consent) {
      list.push(provider);
    }
    try {
      window.localStorage.setItem(KEY, JSON.stringify(list));
    } catch (e) {
      // Storage refused (private mode): the choice lasts for this page only.
    }
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    node.className = className;
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function load(figure) {
    var title = figure.querySelector('.embed-title');
    var frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox'
        + ' allow-presentation');
    frame.setAttribute('allow', 'autoplay; encrypted-media; fullscreen; picture-in-picture');
    frame.setAttribute('allowfullscreen', '');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    frame.title = title ? title.textContent : figure.getAttribute('data-embed-provider');
    frame.src = figure.getAttribute('data-embed-src');
    figure.querySelector('.embed-frame').replaceChildren(frame);
    figure.classList.add('embed-loaded');
  }

  function offerToForget(figure, provider) {
    var forget = element('button', 'embed-forget', 'Stop loading ' + provider + ' content automatically');
    forget.type = 'button';
    forget.addEventListener('click', function () {
      remember(provider, false);
      forget.replaceWith(element('span', 'embed-remember', provider + ' content will wait for your click again.'));
    });
    figure.querySelector('figcaption').appendChild(forget);
  }

  function enhance(figure) {
    var provider = figure.getAttribute('data-embed-provider') || 'this provider';
    var ratio = parseFloat(figure.getAttribute('data-embed-ratio'));
    var box = figure.querySelector('.embed-frame');
    if (ratio > 0) {
      box.style.aspectRatio = String(ratio);
    }
    if (consented().indexOf(provider) >= 0) {
      load(figure);
      offerToForget(figure, provider);
      return;
    }
    var button = element('button', 'embed-load', 'Load ' + provider + ' content');
    button.type = 'button';
    var label = element('label', 'embed-remember');
    var always = document.createElement('input');
    always.type = 'checkbox';
    label.append(always, ' Always load ' + provider + ' content');
    button.addEventListener('click', function () {
      if (always.checked) {
        remember(provider, true);
      }
      label.remove();
      load(figure);
    });
    box.appendChild(button);
    figure.querySelector('figcaption').appendChild(label);
  }

  document.querySelectorAll('figure.embed[data-embed-src]').forEach(enhance);
}());
