"""Clickable footnote markers: a click on an answer's [n] opens the cited page beside it.

The answer's markers are Markdown links to #cite-<turn key>-<n> (see `markup.answer_markdown`),
styled as badges. One small script (a Streamlit v2 component without markup, our own
constant code) catches clicks on those links anywhere on the page, keeps the browser from
navigating, and hands "<turn key>-<n>" to Python, which opens that page.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import streamlit as st

from assistant.ui.page_panel import open_page

logger = logging.getLogger(__name__)

KEY = "cite_links"
_TARGET = re.compile(r"^(t\d+)-(\d+)$")

# A click before this script is loaded (right after a reload) only sets the URL's #cite-...;
# the script picks that up when it loads, so no click is lost.
_JS = """
export default function(component) {
  window.__footnoteCite = component.setTriggerValue;
  const fromHash = () => {
    if (!location.hash.startsWith('#cite-')) return;
    const target = location.hash.slice('#cite-'.length);
    history.replaceState(null, '', location.pathname + location.search);
    window.__footnoteCite('cite', target);
  };
  fromHash();
  if (window.__footnoteCiteBound) return;
  window.__footnoteCiteBound = true;
  window.addEventListener('hashchange', fromHash);
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[href^="#cite-"]');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    window.__footnoteCite('cite', link.getAttribute('href').slice('#cite-'.length));
  }, true);
}
"""

# Badge look for the marker links (Streamlit's :blue-badge colours), and a pointer on hover.
CSS = """<style>
a[href^="#cite-"] {
  display: inline-block; padding: 0 .4em; margin: 0 .1em; border-radius: .25rem;
  font-size: .8em; line-height: 1.5; text-decoration: none !important; cursor: pointer;
  background: rgba(47, 111, 223, .14); color: #2f6fdf !important; font-weight: 600;  /* reads on light and dark */
}
a[href^="#cite-"]:hover { background: rgba(28, 131, 225, .25); }
</style>"""

_component: Any = None


def _renderer() -> Any:
    global _component
    if _component is None:
        _component = st.components.v2.component("footnote_cite_links", js=_JS)
    return _component


def opened_from_click() -> None:
    """Mount the click catcher; when a marker was clicked, open its page (before the answers
    are drawn, so the page shows in this same run)."""
    try:
        result = _renderer()(key=KEY, on_cite_change=lambda: None, height=0)
    except Exception as exc:  # an older Streamlit without v2 components: the pills still work
        logger.warning("clickable footnote markers are off: %s", exc)
        return
    st.html(CSS)
    target = getattr(result, "cite", None)
    match = _TARGET.match(str(target)) if target else None
    if match:
        open_page(match.group(1), int(match.group(2)))
