"""HTML pages to article text and publication date, with trafilatura.

The extracted body text is the article's "text as read": offsets in the output index it.
"""
from __future__ import annotations

import datetime as dt


def html_to_article(page: str) -> tuple[str, dt.date | None]:
    """The main text of an HTML page (boilerplate dropped) and its publication date
    (``article:published_time``, ``<time datetime>`` and the like), if any."""
    import trafilatura  # imported here: plain-text runs never pay for it

    # Only dates the markup states (meta tags, <time datetime>, JSON-LD): trafilatura's
    # extensive search would take a date mentioned in the body for the publication date.
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True,
                                      date_extraction_params={"extensive_search": False,
                                                              "original_date": True})
    if doc is None or not (doc.text or "").strip():
        raise ValueError("no article text found in the HTML page")
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    return doc.text, published
