/*
 * Masthead's reading beacon. On a story page (<article data-story="…" data-view-token="…">) it reports the view at
 * once, then every 10 seconds the running total of seconds the page has been visible and in use (scrolled, moved,
 * typed or touched within the last minute), and a last time when the page is hidden or left. Stories whose feed
 * cards (elements with data-story and data-surface) come into view are reported as presentations, and a click on a
 * card's link to its story adds ?source=<surface> so the view knows where it came from.
 *
 * No build step. window.MastheadBeacon exposes the parts so that a browser test can drive them with its own clock.
 */
(function (window, document) {
  'use strict';

  const ENDPOINT = '/api/v1/reading';
  const HEARTBEAT_MS = 10000;
  const IDLE_MS = 60000;
  const PRESENT_DELAY_MS = 2000;
  const MAX_PRESENTED = 50;
  const SURFACES = ['home', 'following', 'for_you', 'tag', 'more_from', 'search'];
  const ACTIVITY = ['scroll', 'wheel', 'mousemove', 'pointerdown', 'keydown', 'touchstart'];

  /**
   * Counts the time a page is visible and in use. now() gives milliseconds; the page counts as in use for idleMs
   * after the last activity (and after it opens or becomes visible again).
   */
  function ReadingClock(now, visible, idleMs) {
    let total = 0;
    let mark = now();
    let lastActivity = mark;
    function settle() {
      const time = now();
      if (visible) {
        const end = Math.min(time, lastActivity + idleMs);
        if (end > mark) {
          total += end - mark;
        }
      }
      mark = time;
    }
    return {
      activity() {
        settle();
        lastActivity = now();
      },
      visibility(isVisible) {
        settle();
        visible = isVisible;
        if (isVisible) {
          lastActivity = now();
        }
      },
      seconds() {
        settle();
        return Math.floor(total / 1000);
      }
    };
  }

  /** Sends body as JSON text (navigator.sendBeacon's text/plain), so that it survives the page being left. */
  function send(body) {
    const text = JSON.stringify(body);
    if (navigator.sendBeacon && navigator.sendBeacon(ENDPOINT, text)) {
      return;
    }
    fetch(ENDPOINT, {
      method: 'POST', body: text, keepalive: true, credentials: 'same-origin',
      headers: {'Content-Type': 'text/plain;charset=UTF-8'}
    }).catch(() => {});
  }

  /**
   * Reports the reading of a story page's article through deps.send: the view at once, then on every heartbeat
   * while visible and when hidden or left, whenever the seconds changed. Returns its clock and report function,
   * or null when the page has no view token (a bot, or the writer's own story).
   */
  function trackView(article, deps) {
    const token = article.getAttribute('data-view-token');
    if (!token) {
      return null;
    }
    const clock = ReadingClock(deps.now, document.visibilityState === 'visible', IDLE_MS);
    let sent = -1;
    function report() {
      const seconds = clock.seconds();
      if (seconds !== sent) {
        sent = seconds;
        deps.send({token: token, seconds: seconds});
      }
    }
    ACTIVITY.forEach(type => document.addEventListener(type, clock.activity, {passive: true}));
    document.addEventListener('visibilitychange', () => {
      const visible = document.visibilityState === 'visible';
      clock.visibility(visible);
      if (!visible) {
        report();
      }
    });
    window.addEventListener('pagehide', report);
    deps.setInterval(() => {
      if (document.visibilityState === 'visible') {
        report();
      }
    }, HEARTBEAT_MS);
    report();
    return {clock: clock, report: report};
  }

  /** Collects presented stories per surface, each once per page, and sends them in batches of at most 50. */
  function PresentationBatch(sendBody) {
    const seen = new Set();
    let pending = new Map();
    return {
      add(surface, storyId) {
        const key = surface + ' ' + storyId;
        if (!SURFACES.includes(surface) || !/^[0-9a-f]{12}$/.test(storyId) || seen.has(key)) {
          return false;
        }
        seen.add(key);
        if (!pending.has(surface)) {
          pending.set(surface, []);
        }
        pending.get(surface).push(storyId);
        return true;
      },
      flush() {
        pending.forEach((ids, surface) => {
          for (let i = 0; i < ids.length; i += MAX_PRESENTED) {
            sendBody({surface: surface, stories: ids.slice(i, i + MAX_PRESENTED)});
          }
        });
        pending = new Map();
      }
    };
  }

  /** Reports the cards under root that are at least half in view, a moment after they come into view. */
  function trackPresentations(root, deps) {
    const cards = root.querySelectorAll('[data-story][data-surface]');
    if (cards.length === 0 || !window.IntersectionObserver) {
      return null;
    }
    const batch = PresentationBatch(deps.send);
    let timer = null;
    const observer = new IntersectionObserver(entries => {
      entries.forEach(entry => {
        if (!entry.isIntersecting) {
          return;
        }
        observer.unobserve(entry.target);
        batch.add(entry.target.getAttribute('data-surface'), entry.target.getAttribute('data-story'));
        if (timer === null) {
          timer = deps.setTimeout(() => {
            timer = null;
            batch.flush();
          }, PRESENT_DELAY_MS);
        }
      });
    }, {threshold: 0.5});
    cards.forEach(card => observer.observe(card));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible') {
        batch.flush();
      }
    });
    window.addEventListener('pagehide', () => batch.flush());
    return batch;
  }

  /**
   * The link href from a card of storyId shown on surface, with ?source=surface when it leads to that story on
   * this site (story paths end in the story's id); other links unchanged.
   */
  function withSource(href, storyId, surface, origin) {
    const url = new URL(href, origin);
    if (url.origin !== origin || !url.pathname.endsWith(storyId) || !SURFACES.includes(surface)) {
      return href;
    }
    url.searchParams.set('source', surface);
    return url.toString();
  }

  function decorateCardLinks(root) {
    function onClick(event) {
      const link = event.target.closest ? event.target.closest('a[href]') : null;
      const card = link ? link.closest('[data-story][data-surface]') : null;
      if (card) {
        link.href = withSource(link.href, card.getAttribute('data-story'), card.getAttribute('data-surface'),
            window.location.origin);
      }
    }
    root.addEventListener('click', onClick, true);
    root.addEventListener('auxclick', onClick, true);
  }

  /** Starts everything the page has: the article's view, feed cards' presentations and source links. */
  function start(deps) {
    const article = document.querySelector('article[data-view-token]');
    decorateCardLinks(document);
    return {view: article ? trackView(article, deps) : null, presentations: trackPresentations(document, deps)};
  }

  const defaults = {
    now: () => Date.now(),
    send: send,
    setInterval: (fn, ms) => window.setInterval(fn, ms),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms)
  };

  window.MastheadBeacon = {
    ReadingClock, PresentationBatch, withSource, trackView, trackPresentations, start, send, defaults,
    running: start(defaults)
  };
})(window, document);
