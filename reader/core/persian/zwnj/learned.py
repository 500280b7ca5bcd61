"""Spellings learned from the reader's own ZWNJ-correct articles.

Why: the shipped table knows how the web at large writes a word; a library that holds a
careful corpus (pn_summary, TLPC, a site that keeps its ZWNJs) knows how *these* writers
spell it: their names, their compounds, their choice between ``آنها`` and ``آن‌ها`` or
``همزمان`` and ``هم‌زمان``. Each careful article votes once for each spelling it uses; a word
whose spelling is settled by enough articles is then restored that way in the articles
that lost their ZWNJs.

Only two kinds of words are counted, which keeps the evidence small: words written with a
visible ZWNJ, and words written joined that the restorer would otherwise split.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from reader.core.persian.zwnj.letters import LOOKUP_FOLD, WORD_RE, ZWNJ, strip_zwnj, visible
from reader.core.persian.zwnj.restorer import ZwnjRestorer

#: A spelling must be used by at least this many careful articles...
MIN_ARTICLES = 3
#: ...and by this share of the careful articles that use the word at all.
MIN_SHARE = 0.8


def spellings_of(texts: Sequence[str], restorer: ZwnjRestorer) -> set[tuple[str, str]]:
    """The (key, visible spelling) pairs one careful article uses, each once.

    ``restorer`` is the plain (table-only) restorer: a joined word counts only where it
    would have split it, so the evidence stays about the decisions that matter.
    """
    words: set[str] = set()
    for text in texts:
        words.update(WORD_RE.findall(text))  # each distinct word once: one vote anyway
    found: set[tuple[str, str]] = set()
    for word in words:
        folded = word.translate(LOOKUP_FOLD)
        if ZWNJ in folded:
            key = strip_zwnj(folded)
            if len(key) >= 3:
                found.add((key, visible(folded)))
        elif len(folded) >= 3 and restorer.restore_word(word) != word:
            found.add((folded, folded))
    return found


def decide(evidence: Iterable[tuple[str, str, int]]) -> dict[str, str]:
    """Key -> spelling for every word the careful articles settle (see the thresholds)."""
    per_key: dict[str, Counter[str]] = {}
    for key, form, n in evidence:
        per_key.setdefault(key, Counter())[form] += n
    decisions: dict[str, str] = {}
    for key, forms in per_key.items():
        form, votes = forms.most_common(1)[0]
        if votes >= MIN_ARTICLES and votes >= MIN_SHARE * sum(forms.values()):
            decisions[key] = form
    return decisions


def learned_from_texts(articles: Iterable[Sequence[str]], restorer: ZwnjRestorer) -> dict[str, str]:
    """Decisions from articles given as their text fields (careful ones only count)."""
    from reader.core.persian.display import written_with_zwnj

    votes: Counter[tuple[str, str]] = Counter()
    for texts in articles:
        if written_with_zwnj(list(texts)):
            votes.update(spellings_of(texts, restorer))
    return decide((key, form, n) for (key, form), n in votes.items())
