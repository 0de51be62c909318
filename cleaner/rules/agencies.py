"""News agencies, as bylines print them ("By AP", "Von dpa", "Par AFP", "Por Agência Brasil").

An agency in a byline is the article's source, not a person: it goes to ``source``, and to
``authors`` only when the byline names no person (documented in the README). Data, not code: add
an agency as it is printed; matching ignores case and the separators between agencies ("dpa/AFP").
"""
from __future__ import annotations

import re

from ..document import nfkc_lower

AGENCIES = (
    # wire services
    "AP", "The Associated Press", "Associated Press", "Reuters", "AFP", "Agence France-Presse",
    "Bloomberg", "UPI", "PA", "PA Media", "Press Association", "AAP", "The Canadian Press",
    "Canadian Press", "Anadolu", "Anadolu Agency",
    # German, Austrian, Swiss
    "dpa", "Deutsche Presse-Agentur", "epd", "KNA", "APA", "SDA", "Keystone-SDA", "AFP/dpa",
    # dpa's regional services, printed after it ("dpa/lnw", "dpa/lby")
    "lnw", "lby", "lsw", "lni", "lno", "lhe", "lmv", "lrs", "lbn", "lsa", "lth",
    # French, Belgian
    "Belga",
    # Spanish, Latin American
    "EFE", "Agencia EFE", "Europa Press", "Notimex", "Télam", "Agencias",
    # Portuguese, Brazilian
    "Lusa", "Agência Lusa", "Agência Brasil", "Estadão Conteúdo", "Folhapress", "Agência O Globo",
    # Italian, Dutch
    "ANSA", "Adnkronos", "ANP",
    # Russian
    "ТАСС", "РИА Новости", "Интерфакс", "ТАСС-Урал", "Прайм",
    # Chinese, Japanese, Korean
    "新华社", "中新社", "中国新闻社", "新华网", "Xinhua", "共同通信", "Kyodo", "時事通信", "Jiji", "연합뉴스", "Yonhap",
)
_BY_KEY = {nfkc_lower(a): a for a in AGENCIES}
_SPLIT = re.compile(r"\s*(?:/|,|;|&|\+|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|、|，)\s*")


# The first word of every agency, to rule most lines out before splitting them.
FIRST_WORDS = frozenset(_SPLIT.split(key)[0].split()[0] for key in _BY_KEY)


# Words that may stand before an agency on its line: "Avec AFP", "With Reuters".
WITH_WORDS = frozenset(("avec", "with", "mit", "con", "com", "с"))


def may_open_agencies(lower: str) -> bool:
    """Whether a lowercased line's first word (after 'avec', 'with' ...) opens an agency's name:
    a cheap test before agencies_in."""
    words = lower.lstrip(" ([").split(maxsplit=2)
    if len(words) > 1 and words[0] in WITH_WORDS:
        words = words[1:]
    return bool(words) and words[0].partition("/")[0].strip(" .:()[]") in FIRST_WORDS


def agencies_on_line(text: str) -> list[str] | None:
    """The agencies a line consists of, after a word that may stand before them ('Avec AFP',
    '(with Reuters)'), or None."""
    words = text.strip().split(maxsplit=1)
    if len(words) == 2 and words[0].lstrip("(").lower() in WITH_WORDS:
        text = words[1]
    return agencies_in(text)


def agencies_in(text: str) -> list[str] | None:
    """The agencies a byline remainder consists of ("AP", "dpa/AFP"), or None when anything else
    is in it (a person's name, a place)."""
    parts = [p.strip(" .:()[]") for p in _SPLIT.split(text.strip()) if p.strip(" .:()[]")]
    if not parts:
        return None
    found = []
    for part in parts:
        name = _BY_KEY.get(nfkc_lower(part))
        if name is None:
            return None
        found.append(name)
    return found


def split_agencies(names: list[str]) -> tuple[list[str], list[str]]:
    """(people, agencies) among the names of a byline."""
    people, agencies = [], []
    for name in names:
        agency = _BY_KEY.get(nfkc_lower(name))
        (agencies if agency else people).append(agency or name)
    return people, agencies
