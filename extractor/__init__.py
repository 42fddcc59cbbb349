"""extractor: news articles in, structured and grounded deal records out.

    >>> from extractor import extract
    >>> deals = extract(text, published=datetime.date(2025, 10, 3))
"""
from __future__ import annotations

__version__ = "0.1.0"


def extract(text: str, published=None, doc_id: str = "-", model: str | None = None):
    """Deal records (``extractor.records.Deal``) of one article given as text."""
    from .pipeline import extract as _extract

    return _extract(text, published, doc_id, model)


__all__ = ["extract", "__version__"]
