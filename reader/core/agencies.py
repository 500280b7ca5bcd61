"""The one canonical table of Persian news agencies and outlets.

Pages, corpora and URLs name the same agency in many ways (``دفاعپرس``,
``دفاع‌پرس``, ``خبرگزاری دفاع پرس``, ``defapress.ir``, ``https://www.defapress.ir/fa/news/1``).
The sidebar's agency filter and the duplicate check (site + news code) need one
name per agency, so every importer passes what it found through
``canonical_agency``. Unknown names pass through trimmed — a name is never
invented. Lookups are one or two dict hits on a precomputed folded key.

The CORPORA helper may append aliases to ``_AGENCIES`` (append-only).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from reader.core.arabic_letters import ARABIC_LETTER_VARIANTS


@dataclass(frozen=True, slots=True)
class Agency:
    """Display name, aliases (any spelling; folded when the table is built) and domains
    (a domain may carry one path segment, like ``bbc.com/persian``)."""

    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    common_word: bool = False
    """The display name is also an everyday word (see ``is_common_word``)."""


_AGENCIES: list[Agency] = [
    Agency(
        "ایرنا",
        ("IRNA", "Islamic Republic News Agency", "خبرگزاری جمهوری اسلامی"),
        ("irna.ir", "irna.com"),
    ),
    Agency(
        "ایسنا", ("ISNA", "Iranian Students News Agency", "خبرگزاری دانشجویان ایران"), ("isna.ir",)
    ),
    Agency("ایلنا", ("ILNA", "خبرگزاری کار ایران"), ("ilna.ir", "ilna.news")),
    Agency("مهر", ("Mehr", "Mehr News", "MehrNews"), ("mehrnews.com", "mehrnews.ir")),
    Agency("فارس", ("Fars", "Fars News", "FarsNews"), ("farsnews.ir", "farsnews.com")),
    Agency("تسنیم", ("Tasnim", "Tasnim News", "TasnimNews"), ("tasnimnews.com", "tasnimnews.ir")),
    Agency("دفاع‌پرس", ("دفاع پرس", "Defapress", "Defa Press"), ("defapress.ir",)),
    Agency("خبرآنلاین", ("خبر آنلاین", "Khabaronline", "Khabar Online"), ("khabaronline.ir",)),
    Agency(
        "همشهری آنلاین",
        ("همشهری", "Hamshahri", "Hamshahri Online", "HamshahriOnline"),
        ("hamshahrionline.ir", "hamshahri.org", "hamshahri.ir"),
    ),
    # The printed daily, apart from its website: the Hamshahri 2 corpus (1996-2007) is the
    # newspaper's archive, older than Hamshahri Online.
    Agency("روزنامه همشهری", ("Hamshahri newspaper", "Hamshahri daily")),
    Agency(
        "باشگاه خبرنگاران جوان",
        ("باشگاه خبرنگاران", "YJC", "Young Journalists Club"),
        ("yjc.ir", "yjc.news"),
    ),
    Agency(
        "میزان", ("Mizan", "Mizan Online", "میزان آنلاین"), ("mizanonline.ir", "mizanonline.com")
    ),
    Agency("برنا", ("Borna", "Borna News"), ("borna.news", "bornanews.ir")),
    Agency("شانا", ("Shana",), ("shana.ir",)),
    Agency("ایمنا", ("Imna",), ("imna.ir",)),
    Agency("تحلیل بازار", ("Tahlilbazaar", "Tahlil Bazaar"), ("tahlilbazaar.com",)),
    Agency("پانا", ("Pana",), ("pana.ir",)),
    Agency("آنا", ("ANA", "Ana Press"), ("ana.ir", "ana.press")),
    Agency("ایکنا", ("IQNA", "ایکنا", "خبرگزاری بین المللی قرآن"), ("iqna.ir",)),
    Agency("رکنا", ("Rokna",), ("rokna.net", "rokna.ir")),
    Agency("مشرق", ("مشرق نیوز", "Mashregh", "Mashregh News"), ("mashreghnews.ir",)),
    Agency("عصر ایران", ("Asriran", "Asr Iran"), ("asriran.com",)),
    Agency("تابناک", ("Tabnak",), ("tabnak.ir",)),
    Agency("انتخاب", ("Entekhab",), ("entekhab.ir",)),
    Agency(
        "اقتصادآنلاین",
        ("اقتصاد آنلاین", "Eghtesad Online", "EghtesadOnline"),
        ("eghtesadonline.com",),
    ),
    Agency("دنیای اقتصاد", ("روزنامه دنیای اقتصاد", "Donya-e-Eqtesad"), ("donya-e-eqtesad.com",)),
    Agency("بهار نیوز", ("بهارنیوز", "Baharnews", "Bahar News"), ("baharnews.ir",)),
    Agency("رادیو فردا", ("رادیوفردا", "Radio Farda", "RadioFarda"), ("radiofarda.com",)),
    Agency(
        "بی‌بی‌سی فارسی",
        ("بی بی سی فارسی", "بی‌بی‌سی", "BBC Persian", "BBC Farsi", "BBCPersian"),
        ("bbc.com/persian", "bbc.co.uk/persian"),
    ),
    Agency(
        "صدا و سیما",
        (
            "صداوسیما",
            "خبرگزاری صدا و سیما",
            "واحد مرکزی خبر",
            "IRIB",
            "IRIB News",
            "IRIBNews",
        ),
        ("iribnews.ir", "irib.ir"),
    ),
    Agency("روزنامه ایران", ("Iran Newspaper",), ("irannewspaper.ir", "iran-newspaper.com")),
    Agency("کیهان", ("روزنامه کیهان", "Kayhan", "Keyhan"), ("kayhan.ir",)),
    Agency("اطلاعات", ("روزنامه اطلاعات", "Ettelaat"), ("ettelaat.com",)),
    Agency("شرق", ("روزنامه شرق", "Shargh", "Shargh Daily"), ("sharghdaily.com", "sharghdaily.ir")),
    Agency("جام جم", ("جام‌جم", "جامجم", "جام جم آنلاین", "Jamejam"), ("jamejamonline.ir",)),
    Agency("فرارو", ("Fararu",), ("fararu.com",)),
    Agency("الف", ("Alef",), ("alef.ir",)),
    Agency("جماران", ("Jamaran",), ("jamaran.news", "jamaran.ir")),
    Agency("آفتاب نیوز", ("آفتاب", "Aftab News"), ("aftabnews.ir",)),
    Agency("اکوایران", ("اکو ایران", "EcoIran"), ("ecoiran.com",)),
    Agency("اعتماد", ("روزنامه اعتماد", "Etemad"), ("etemadnewspaper.ir", "etemad.ir")),
    Agency("جوان", ("روزنامه جوان", "Javan"), ("javanonline.ir",)),
    Agency("فرهیختگان", ("روزنامه فرهیختگان", "Farhikhtegan"), ("farhikhtegandaily.com",)),
    Agency("نورنیوز", ("نور نیوز", "Nournews"), ("nournews.ir",)),
    Agency("اقتصادنیوز", ("اقتصاد نیوز", "Eghtesad News"), ("eghtesadnews.com",)),
    Agency("ایبنا", ("IBNA", "خبرگزاری کتاب ایران"), ("ibna.ir",)),
    Agency("حوزه", ("خبرگزاری حوزه", "Hawzah News"), ("hawzahnews.com",)),
    Agency(
        "صدای آمریکا",
        ("VOA Persian", "VOA Farsi", "صدای امریکا"),
        ("voanews.com/persian", "ir.voanews.com"),
    ),
    Agency("دویچه وله فارسی", ("دویچه وله", "DW Persian", "DW Farsi"), ("dw.com/fa-ir",)),
    Agency("ایران اینترنشنال", ("Iran International",), ("iranintl.com",)),
    Agency("یورونیوز فارسی", ("یورونیوز", "Euronews Persian"), ("parsi.euronews.com",)),
    Agency("انصاف نیوز", ("Ensaf News",), ("ensafnews.com",)),
    Agency("خبرگزاری دانشجو", ("دانشجو", "SNN"), ("snn.ir",)),
    Agency("رجانیوز", ("رجا نیوز", "Rajanews"), ("rajanews.com",)),
    Agency("تجارت نیوز", ("Tejarat News",), ("tejaratnews.com",)),
    Agency("پارس تودی", ("Pars Today", "ParsToday"), ("parstoday.ir", "parstoday.com")),
    Agency("نامه نیوز", ("Nameh News",), ("namehnews.com",)),
    Agency("سلامت نیوز", ("Salamat News",), ("salamatnews.com",)),
    Agency("ورزش سه", ("Varzesh3",), ("varzesh3.com",)),
    Agency("خبرورزشی", ("خبر ورزشی", "Khabarvarzeshi"), ("khabarvarzeshi.com",)),
    # Appended by the corpora importers: sites of the TNews and MirasText samples.
    Agency(
        "بوتیا",
        ("بوتیا نیوز", "شبکه اطلاع رسانی اینترنتی بوتیا", "Botia", "Botianews"),
        ("botianews.com",),
    ),
    Agency("شبستان", ("خبرگزاری شبستان", "Shabestan"), ("shabestan.ir", "shabestan.news")),
    Agency("العالم", ("شبکه خبری العالم", "Alalam", "Al-Alam"), ("alalam.ir",)),
    Agency(
        "نسیم آنلاین",
        ("خبرگزاری نسیم", "Nasim Online", "Nasim News"),
        ("nasimonline.ir", "nasimnews.ir"),
    ),
    Agency("روزنو", ("روز نو", "Roozno"), ("roozno.com",)),
    Agency("دانا", ("خبرگزاری دانا", "Dana", "Dana News"), ("danakhabar.com",)),
    Agency("۵۵ آنلاین", ("55 آنلاین", "۵۵آنلاین", "55Online"), ("55online.ir", "55online.news")),
]

# ---------------------------------------------------------------------------
# Folding: one key per spelling family.

_FOLD = str.maketrans(
    {
        **ARABIC_LETTER_VARIANTS,
        "آ": "ا",  # agency keys also drop the madda (آنا = انا)
        "ٱ": "ا",
        "ؤ": "و",
    }
)
# Everything that is not a letter or digit is dropped from keys: spaces, ZWNJ,
# ZWJ, tatweel, harakat, bidi marks, hyphens, dots, quotes.
_DROP_RE = re.compile(r"[^\w]|[\u0640\u064b-\u065f\u0670_]")
_PREFIXES = (
    "خبرگزاری",
    "پایگاهخبریتحلیلی",
    "پایگاهخبری",
    "پایگاهاطلاعرسانی",
    "سایتخبری",
    "سایت",
    "روزنامه",
    "هفتهنامه",
    "شبکهخبر",
)
_SUFFIXES = ("newsagency", "agency")

# Agency names that are also everyday words (``مهر`` is a month, ``شرق`` means east,
# ``میزان`` an amount): free-text extraction only trusts them where the sentence
# makes them an outlet name.
_COMMON_WORDS = (
    "مهر",
    "فارس",
    "میزان",
    "آنا",
    "مشرق",
    "انتخاب",
    "اطلاعات",
    "شرق",
    "الف",
    "اعتماد",
    "جوان",
    "حوزه",
    "آفتاب",
    "دانشجو",
    "همشهری",
    "برنا",
    "mehr",
    "fars",
    "ana",
)


def fold_agency_key(name: str) -> str:
    """The lookup key of an agency spelling: letters and digits only, variants folded."""
    s = unicodedata.normalize("NFKC", name).translate(_FOLD).casefold()
    return _DROP_RE.sub("", s)


_TRIM = " \t\r\n\u00a0\u200c\u200d\u200e\u200f\ufeff"

_BY_KEY: dict[str, Agency] = {}
_BY_DOMAIN: dict[str, Agency] = {}


def _register(agency: Agency) -> None:
    for alias in (agency.name, *agency.aliases):
        _BY_KEY.setdefault(fold_agency_key(alias), agency)
    for domain in agency.domains:
        d = domain.casefold()
        _BY_DOMAIN.setdefault(d, agency)
        host = d.split("/", 1)[0]
        if "/" not in d and host.count(".") == 1:
            # The domain's first label ("tasnimnews", "yjc") is how English text names it.
            _BY_KEY.setdefault(fold_agency_key(host.split(".", 1)[0]), agency)


for _agency in _AGENCIES:
    _register(_agency)
_COMMON_KEYS = frozenset(
    [fold_agency_key(w) for w in _COMMON_WORDS]
    + [fold_agency_key(a.name) for a in _AGENCIES if a.common_word]
)

_URLISH_RE = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[:/?#]|$)", re.I
)


def _lookup(name: str) -> Agency | None:
    key = fold_agency_key(name)
    if not key:
        return None
    hit = _BY_KEY.get(key)
    if hit is not None:
        return hit
    for prefix in _PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            hit = _BY_KEY.get(key[len(prefix) :])
            if hit is not None:
                return hit
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            hit = _BY_KEY.get(key[: -len(suffix)])
            if hit is not None:
                return hit
    return None


def _agency_for_url(url: str) -> Agency | None:
    text = url.strip()
    if "://" not in text:
        text = "//" + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").casefold().rstrip(".")
    except ValueError:
        return None
    if not host:
        return None
    first_segment = parts.path.strip("/").split("/", 1)[0].casefold()
    labels = host.split(".")
    # "en.irna.ir" -> "irna.ir"; "www.bbc.com/persian" -> "bbc.com/persian".
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if first_segment:
            hit = _BY_DOMAIN.get(f"{candidate}/{first_segment}")
            if hit is not None:
                return hit
        hit = _BY_DOMAIN.get(candidate)
        if hit is not None:
            return hit
    return None


def agency_from_url(url: str | None) -> str | None:
    """The display name of the agency whose site ``url`` (or bare domain) is on, or None."""
    if not url:
        return None
    hit = _agency_for_url(url)
    return hit.name if hit else None


@functools.lru_cache(maxsize=16384)
def _known(name: str) -> str | None:
    hit = _lookup(name)
    if hit is None and _URLISH_RE.match(name):
        hit = _agency_for_url(name)
    return hit.name if hit else None


def known_agency(name: str | None) -> str | None:
    """The display name when ``name`` (any alias, spelling or URL) is a known agency, else None."""
    name = (name or "").strip(_TRIM)
    if not name:
        return None
    # Cached: importers ask about the same few hundred spellings millions of times.
    return _known(name)


def is_common_word(name: str) -> bool:
    """True when a known agency name is also an everyday word (``مهر``, ``شرق``, ``فارس``).

    Free-text extraction (``به گزارش ...``) accepts such names only where the
    sentence makes them an outlet name (after ``خبرگزاری``, or right before the comma).
    """
    return fold_agency_key(name) in _COMMON_KEYS


def canonical_agency(name: str | None) -> str | None:
    """Known aliases -> the Persian display name; unknown names pass through trimmed.

    ``None`` or blank -> ``None``. Spelling variants (ي/ی, ك/ک, ZWNJ or space or
    nothing, ``خبرگزاری``/``پایگاه خبری`` prefixes, letter case, ``www.``/scheme/path
    of URLs and domains) all meet.
    """
    if name is None:
        return None
    trimmed = name.strip(_TRIM)
    if not trimmed:
        return None
    return known_agency(trimmed) or trimmed


def all_agencies() -> list[str]:
    """Display names of every known agency, in table order."""
    return [a.name for a in _AGENCIES]
