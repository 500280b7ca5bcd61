"""Learning spellings from the library's own ZWNJ-correct articles.

The reading side restores lost ZWNJs from a shipped table; a library holding a careful
corpus knows better how its writers spell (see ``reader.core.persian.zwnj.learned``).
``learn_spellings`` reads the articles added since its last run, a slice of ids at a time
(each call is short, so the GUI's single database worker stays responsive), and adds the
careful articles' votes to ``spelling_evidence``; ``learned_spellings`` turns the votes
into decisions for the restorer.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable

from reader.core.library.encode import decode_body
from reader.core.library.planning import LibraryBase

log = logging.getLogger(__name__)

#: Articles looked at per call, at most, and careful articles learned from per call, at
#: most: a call takes ~0.05 s (a careful article costs ~0.2 ms, looking for ZWNJs in one
#: that has none a few µs), so the reader's own queries never wait long behind it; and
#: being Python work it holds the interpreter, which the GUI thread needs too
#: (``tests/benchmarks/bench_learning.py``: search changes stay near their idle times).
SLICE = 20_000
CAREFUL_PER_CALL = 250
_PROGRESS_KEY = "spellings_upto"
_ZWNJ = "\u200c"  # zwnj.letters.ZWNJ, not imported: that package loads at first use


class LibrarySpellings(LibraryBase):
    """Spelling evidence: learning it after imports, and reading the decisions."""

    def learn_spellings(self, slice_size: int = SLICE) -> tuple[int, bool]:
        """Read the next slice of articles not yet learned from; returns (careful articles
        learned from, whether every article has been read now)."""
        from reader.core.persian.display import written_with_zwnj
        from reader.core.persian.zwnj import plain_restorer
        from reader.core.persian.zwnj.learned import spellings_of

        conn = self.connection
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (_PROGRESS_KEY,)).fetchone()
        upto = int(row[0]) if row else 0
        last = conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
        if upto >= last:
            return 0, True
        end = min(upto + slice_size, last)
        rows = conn.execute(
            "SELECT id, overline, title, lead, body FROM articles WHERE id > ? AND id <= ?"
            " AND (instr(body, ?) OR instr(title, ?) OR instr(lead, ?)) ORDER BY id LIMIT ?",
            (upto, end, _ZWNJ, _ZWNJ, _ZWNJ, CAREFUL_PER_CALL),
        ).fetchall()
        if len(rows) == CAREFUL_PER_CALL:
            end = rows[-1][0]  # the slice had more: the next call goes on from here
        votes: Counter[tuple[str, str]] = Counter()
        careful = 0
        for _id, overline, title, lead, body in rows:
            texts = [overline, title, lead, *(text for text, _ in decode_body(body))]
            if written_with_zwnj(texts):
                careful += 1
                votes.update(spellings_of(texts, plain_restorer()))
        with self.transaction() as tx:
            tx.executemany(
                "INSERT INTO spelling_evidence (key, form, articles) VALUES (?, ?, ?)"
                " ON CONFLICT (key, form) DO UPDATE SET articles = articles + excluded.articles",
                [(key, form, n) for (key, form), n in votes.items()],
            )
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_PROGRESS_KEY, str(end))
            )
        if careful:
            log.info("learned spellings from %d careful articles (ids %d-%d)", careful, upto, end)
        return careful, end >= last

    def learn_all_spellings(self, cancelled: Callable[[], bool] | None = None) -> int:
        """Learn from every article not read yet (until ``cancelled()``); the number of
        careful articles learned from. What was learned before a cancel is kept."""
        total = 0
        done = False
        while not done and not (cancelled and cancelled()):
            careful, done = self.learn_spellings()
            total += careful
        return total

    def learned_spellings(self) -> dict[str, str]:
        """The spellings the library's careful articles settle (key -> spelling)."""
        from reader.core.persian.zwnj.learned import decide

        rows = self.connection.execute("SELECT key, form, articles FROM spelling_evidence")
        return decide(rows)
