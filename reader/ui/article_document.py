"""HTML for the reading pane, built from a stored article.

Article text is untrusted: every piece goes through ``html.escape`` so markup
in a scraped page ("<script>", "<img src=http://…>") shows as text. Latin and
number runs are wrapped in Unicode isolates (QTextDocument ignores ``dir`` and
``<bdi>``), and search matches are wrapped in ``<span class="hl">`` by matching
the folded search key, so "ي"/"ی" or "ك"/"ک" variants highlight alike. Web
addresses in the text become links (the pane opens only http and https).
Very long tokens get invisible break points (ZWSP): the pane breaks lines
between words only, and one such token would otherwise widen the whole page.

The HTML is plain data and can be built on a worker thread; the pane applies
it with ``setHtml`` on the GUI thread.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication

from reader.core.search import Highlighter
from reader.ui.bidi import FSI, LRI, NBSP, PDI, keeps_together, ltr_runs, web_links
from reader.ui.dates import format_gregorian, format_long, isolate_date, persian_digits
from reader.ui.line_breaks import LONG_TOKEN, ZWSP, break_points

Transform = Callable[[str], str]
# Between meta items a line may break (after the dot); inside an item it may not.
SEPARATOR = "&nbsp;&nbsp;·&nbsp; "
# The Gregorian month names a Persian reader knows (a Persian page spells them so).
GREGORIAN_MONTHS_FA = (
    "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن",
    "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
)  # fmt: skip
PLACEHOLDER_WORDS = 8  # an untitled article is headed by this many words of its text
_CLOCK_BREAK = re.compile(r"([،,])\u00a0")
_SENTENCE_END = re.compile(r"[.!?؟…]$")


def render_text(text: str, highlighter: Highlighter | None = None, *, glue: bool = True) -> str:
    """Escaped, bidi-isolated HTML of one piece of text, with search marks and links.

    ``glue`` keeps short Latin runs (a date, a name) on one line; a heading's large
    type leaves them free to wrap, or one run would be wider than a narrow pane.

    Runs are isolated over the whole text first, then the marks go inside them: a
    mark that split the text before isolation turned "iPhone 15 Pro Max" into
    several isolates laid out right to left ("Max Pro iPhone 15").
    """
    runs = ltr_runs(text)
    marks = highlighter.spans(text) if highlighter is not None else []
    if not runs and not marks and len(text) <= LONG_TOKEN:
        return html.escape(text)
    links = [link for link in web_links(text) if _inside(link, runs)]
    bounds = {0, len(text)} | {p for span in (*runs, *links, *marks) for p in span}
    breaks = break_points(text)
    out: list[str] = []
    state = _Markup(None, None, False)
    points = sorted(bounds)
    for start, end in pairwise(points):
        new = _Markup(_find(runs, start), _find(links, start), _find(marks, start) is not None)
        # a break point at a mark's edge goes outside the mark
        out.append((ZWSP if start in breaks else "") + state.change_to(new, text))
        out.append(_chunk(text, start, end, breaks, new.run if glue else None))
        state = new
    out.append(state.change_to(_Markup(None, None, False), text))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class _Markup:
    """What is open at a point of the text: an isolate, a link, a search mark.

    They nest in that order (a link lies inside its run), so when an outer one
    changes the inner ones are closed and reopened and the HTML stays well formed.
    """

    run: tuple[int, int] | None
    link: tuple[int, int] | None
    mark: bool

    def change_to(self, new: _Markup, text: str) -> str:
        """The closing then opening markup between a piece in ``self`` and one in ``new``."""
        run_changes = self.run != new.run
        link_changes = self.link != new.link or run_changes
        mark_changes = self.mark != new.mark or link_changes
        parts: list[str] = []
        if self.mark and mark_changes:
            parts.append("</span>")
        if self.link is not None and link_changes:
            parts.append("</a>")
        if self.run is not None and run_changes:
            parts.append(PDI)
        if new.run is not None and run_changes:
            parts.append(LRI)
        if new.link is not None and link_changes:
            href = html.escape(text[new.link[0] : new.link[1]], quote=True)
            parts.append(f'<a href="{href}">')
        if new.mark and mark_changes:
            parts.append('<span class="hl">')
        return "".join(parts)


def _find(spans: Sequence[tuple[int, int]], position: int) -> tuple[int, int] | None:
    """The span that holds ``position`` (spans are sorted and do not overlap)."""
    for start, end in spans:
        if start <= position < end:
            return (start, end)
        if start > position:
            break
    return None


def _inside(span: tuple[int, int], runs: Sequence[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in runs)


def _chunk(text: str, start: int, end: int, breaks: set[int], run: tuple[int, int] | None) -> str:
    """Escaped ``text[start:end]``: spaces of a short run glued, break points marked."""
    piece = text[start:end]
    if breaks:
        piece = "".join(
            (ZWSP + ch if i and start + i in breaks else ch) for i, ch in enumerate(piece)
        )
    if run is not None and keeps_together(text[run[0] : run[1]]):
        piece = piece.replace(" ", NBSP)
    return html.escape(piece)


def _safe_url(url: str | None) -> str | None:
    if url and re.match(r"(?i)https?://[^\s\"'<>]+$", url.strip()):
        return url.strip()
    return None


def _keep_together(label: str, value: str) -> str:
    """Fill a "Label: %1" template with no line break between label and value."""
    return label.replace(" ", NBSP).replace("%1", value.replace(" ", NBSP))


def _unit(text: str) -> str:
    """One meta item as a directional unit (FSI … PDI: the label's own direction)."""
    return f"{FSI}{text}{PDI}"


def _date_items(article: Any, persian: bool, lang: str) -> list[str]:
    """Escaped, isolated pieces of the date line: Jalali with weekday, then Gregorian."""
    published = article.published
    if published is None:
        return []
    jalali = _breakable_date(format_long(published, persian, lang))
    gregorian = _gregorian(published, persian, lang).replace(" ", NBSP)
    return [isolate_date(html.escape(jalali), lang), isolate_date(html.escape(gregorian), lang)]


def _breakable_date(text: str) -> str:
    """A long date whose weekday and clock may go on lines of their own in a narrow pane
    ("سه‌شنبه" / "۲۰ مهر ۱۴۰۰،" / "ساعت ۲۰:۵۳"); the date itself never breaks."""
    weekday, _, rest = text.partition(" ")
    rest = _CLOCK_BREAK.sub(r"\1 ", rest.replace(" ", NBSP))
    return f"{weekday} {rest}" if rest else weekday


def _gregorian(published: datetime, persian: bool, lang: str) -> str:
    """``۱۲ اکتبر ۲۰۲۱`` in the Persian UI (an English date in a Persian line reads as a
    foreign quote), ``12 October 2021`` in the English UI."""
    if lang == "en":
        return format_gregorian(published)
    text = f"{published.day} {GREGORIAN_MONTHS_FA[published.month - 1]} {published.year}"
    return persian_digits(text) if persian else text


def _meta_line(items: list[str], lang: str) -> str:
    """One meta line; in the English UI it reads left to right in item order, although
    the page (and so the paragraph) is right to left."""
    line = SEPARATOR.join(items)
    return f"{LRI}{line}{PDI}" if lang == "en" else line


def _meta_items(article: Any, persian: bool) -> list[str]:
    """Escaped, isolated pieces of the source line: label and value stay one unit."""
    items: list[str] = []
    if article.site:
        items.append(_unit(html.escape(article.site.replace(" ", NBSP))))
    if article.source and article.source != article.site:
        label = QCoreApplication.translate("ArticleDocument", "Source: %1")
        items.append(_unit(html.escape(_keep_together(label, article.source))))
    if article.news_code:
        code = persian_digits(article.news_code) if persian else article.news_code
        label = QCoreApplication.translate("ArticleDocument", "News code: %1")
        items.append(_unit(html.escape(_keep_together(label, code))))
    url = _safe_url(article.url)
    if url is not None:
        text = QCoreApplication.translate("ArticleDocument", "Original article")
        label = html.escape(text).replace(" ", "&nbsp;")
        items.append(_unit(f'<a href="{html.escape(url, quote=True)}">{label}</a>'))
    return items


def _heading(article: Any, text: Transform, muted: str) -> str:
    """The title; an untitled article is headed, in a muted colour, by its first words
    (a page without a heading reads as a fragment, and no translation is needed)."""
    if article.title.strip():
        return f"<h1>{text(article.title)}</h1>"
    stand_in = _first_words(article)
    if not stand_in:
        return ""
    style = f"color: {html.escape(muted, quote=True)}; font-weight: normal;"
    return f'<h1><span style="{style}">{text(stand_in)}</span></h1>'


def _first_words(article: Any) -> str:
    """The first words of the lead or body, up to a sentence end, "…" when cut short."""
    texts = [article.lead or "", *(p.text for p in article.body)]
    source = next((t for t in texts if t.strip()), "")
    words: list[str] = []
    for word in source.split():
        words.append(word)
        if _SENTENCE_END.search(word):
            return " ".join(words)
        if len(words) == PLACEHOLDER_WORDS:
            return " ".join(words) + " …"
    return " ".join(words)


def build_html(
    article: Any,
    *,
    transform: Transform | None = None,
    terms: Sequence[str] = (),
    persian: bool = True,
    lang: str = "fa",
    muted: str = "gray",
) -> str:
    """The reading page of ``article`` (a ``StoredArticle``) as an HTML string.

    ``transform`` turns raw text into display text (hazm normalization, ZWNJ);
    leave it ``None`` to show the raw text (first paint before hazm is ready).
    ``lang`` is the UI language ("fa" or "en"): how the Jalali date is spelled.
    ``muted`` is the theme's colour for a stand-in title (an untitled article).
    """
    show = transform or (lambda s: s)
    highlighter = Highlighter.of(terms) if terms else None

    def text(raw: str, glue: bool = True) -> str:
        # a line break inside a field (a lead's bullet lines) stays a line break
        return render_text(show(raw), highlighter, glue=glue).replace("\n", "<br>")

    def heading(raw: str) -> str:
        return text(raw, glue=False)

    parts: list[str] = ["<html><body>"]
    if article.overline:
        parts.append(f'<p class="overline">{text(article.overline)}</p>')
    parts.append(_heading(article, heading, muted))
    if article.lead:
        parts.append(f'<p class="lead">{text(article.lead)}</p>')
    # Two meta lines (dates; agency, code and link), each item isolated on its own so
    # "Source: ایرنا" keeps its order in either UI language and never breaks inside.
    meta_lines = [_date_items(article, persian, lang), _meta_items(article, persian)]
    meta = [_meta_line(line, lang) for line in meta_lines if line]
    if meta:
        parts.append(f'<p class="meta">{"<br>".join(meta)}</p>')
    if getattr(article, "date_is_fallback", False) and article.published is not None:
        note = QCoreApplication.translate(
            "ArticleDocument", "The date was derived from the news code or address."
        )
        parts.append(f'<p class="note">{html.escape(note)}</p>')
    for paragraph in article.body:
        tag = "h2" if paragraph.heading else "p"
        parts.append(f"<{tag}>{text(paragraph.text, glue=not paragraph.heading)}</{tag}>")
    parts.append("</body></html>")
    return "\n".join(parts)
