"""Sanity checks for the per-language lexicon files in cleaner/lexicon/.

en.json defines the schema; every other file must have the same keys with the
same types. Beyond shape, these tests catch the mistakes that actually hurt the
cleaner: phrases that are not normalised (the engine compares lowercased,
whitespace-collapsed lines), regexes that do not compile or match everything,
boilerplate phrases that are also stopwords, and `contains` phrases or patterns
so generic that they fire on ordinary headlines and sentences.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

LEXICON_DIR = Path(__file__).resolve().parents[1] / "cleaner" / "lexicon"
FILES = sorted(LEXICON_DIR.glob("*.json"))
LANGS = [p.stem for p in FILES]
REFERENCE = json.loads((LEXICON_DIR / "en.json").read_text(encoding="utf-8"))

# Languages that are expected to ship with the package.
EXPECTED_LANGS = {"en", "zh", "de", "fr", "es", "pt", "ru", "it", "ja", "ko", "id"}
# Languages written without spaces between words (or with particles glued to
# words): phrases are matched as plain substrings and months are numeric.
NO_MONTH_NAMES = {"zh", "ja", "ko"}
SUBSTRING_MATCH = {"zh", "ja", "ko"}

# Known problems in files owned by someone else. A test that hits one of these
# is reported as xfail (with the reason) instead of failing the suite; once the
# file is fixed the test simply passes and the entry can be deleted.
KNOWN_ISSUES = {
}

try:  # what the engine strips from a line before an exact lookup, and how it lowercases
    from cleaner.document import nfkc_lower
    from cleaner.features import _KEY_STRIP as KEY_STRIP
except ImportError:  # pragma: no cover - keep the data tests usable on their own
    KEY_STRIP = " \t.,:;!?|/\\-–—•·*>»«›‹()[]{}\"'“”‘’#@+=~_…0123456789"

    def nfkc_lower(text: str) -> str:
        return unicodedata.normalize("NFKC", text).casefold() if not text.isascii() else text.lower()


EDGE_PUNCT = set(".,:;!?…。，、：；！？·|•«»‹›\"'“”‘’") | {" "}
SEPARATORS = (":", "：", "=")

# Ordinary news text (headlines and sentences) that no `contains` phrase, no
# `exact` phrase and no pattern may flag. Several lines contain words that a
# careless list would catch (commission, today, register, comments, ...).
PROSE = {
    "en": [
        "Minister says budget will cut taxes for working families",
        "Police arrest two men after shooting in downtown Chicago",
        "European Commission fines tech giant over data practices",
        "Shares rise as inflation cools in March",
        "Scientists discover new species of frog in the Amazon rainforest",
        "The court heard that the defendant had left the country in 2019 and never returned.",
        "Flood warnings issued across northern England as heavy rain continues",
    ],
    "de": [
        "Kommentar: Die Ampel hat ihre Chance verspielt",
        "Datenschutz: EU-Gericht kippt Abkommen mit den USA",
        "Facebook muss Millionenstrafe zahlen",
        "Neue App soll bei der Wohnungssuche helfen",
        "Mehr Geld für Pflegekräfte ab Juli",
        "Polizei sucht Zeugen nach Unfall auf der A3",
        "Bundesregierung beschließt neues Klimaschutzgesetz",
        "Traditionsfirma aus Sachsen muss Insolvenz anmelden",
        "Anzeige gegen Polizisten nach Einsatz in Köln erstattet",
        "Die Europäische Kommission verhängt Strafe gegen Google",
        "Streit um Werbung für Süßigkeiten an Schulen",
        "Heute vor 30 Jahren fiel die Mauer",
        "Was heute wichtig ist: Der Überblick am Morgen",
        "Der Kanzler sagte am Montag, die Regierung werde die Renten stabil halten.",
    ],
    "fr": [
        "Les députés votent la réforme des retraites",
        "Facebook condamné à une amende record",
        "Une nouvelle application pour trouver un logement",
        "Publicité : la loi sur les influenceurs adoptée",
        "Commentaire : la gauche face à ses divisions",
        "Partager ou vendre ses données, le dilemme des Français",
        "La Commission européenne ouvre une enquête sur TikTok",
        "Hier soir, le gouvernement a présenté son budget",
        "Dix villages à découvrir cet été en Bretagne",
        "Il y a urgence à agir pour le climat, selon l'ONU",
        "Le consentement au cœur du procès",
        "Inscription sur les listes électorales : la date limite approche",
        "Le président de la République a annoncé mardi une réforme des retraites.",
        "Une enquête sur Facebook et Instagram relance le débat",
    ],
    "es": [
        "El Gobierno aprueba la reforma laboral",
        "Facebook, multada con 1.200 millones",
        "Una nueva aplicación para encontrar piso",
        "Publicidad engañosa: Consumo multa a cinco empresas",
        "Comentarios racistas en el estadio: el club actuará",
        "Compartir coche, la nueva moda entre los jóvenes",
        "La Comisión Europea multa a Meta por publicidad engañosa",
        "Hace falta más inversión en sanidad, dice el ministro",
        "Ayer se registraron lluvias intensas en Valencia",
        "Hoy es el Día Mundial del Medio Ambiente",
        "El Gobierno sigue a la espera de la decisión judicial",
        "El presidente anunció este martes un nuevo plan de vivienda para jóvenes.",
        "Polémica en Facebook por un anuncio electoral",
    ],
    "pt": [
        "Governo aprova reforma tributária",
        "Facebook é multado em R$ 10 milhões",
        "Novo aplicativo ajuda a encontrar moradia",
        "Publicidade infantil: STF julga ação",
        "Comentários racistas: clube será punido",
        "Compartilhar senha da Netflix vai custar mais",
        "Comissão Europeia aprova novo pacote de sanções",
        "Hoje é dia de eleição em São Paulo",
        "Lula assina decreto sobre segurança pública",
        "Assinantes da Netflix terão aumento de preço",
        "Em tempo real, o mercado reage à decisão do Copom",
        "O ministro afirmou nesta terça-feira que o governo vai rever as metas fiscais.",
        "Há dez anos, a cidade foi atingida por uma enchente",
    ],
    "ru": [
        "Госдума приняла закон о налогах",
        "Суд оштрафовал Facebook на миллион рублей",
        "Новое приложение поможет найти жильё",
        "Реклама в соцсетях: новые правила",
        "Комментарии болельщиков возмутили клуб",
        "Подписка на стриминг подорожает",
        "Путин: возврата назад не будет",
        "Сегодня в Москве ожидается сильный дождь",
        "Минюст признал иноагентом журналиста",
        "Песков отказался от комментариев",
        "Дуров рассказал о новой функции в Telegram",
        "Центробанк сохранил ключевую ставку на прежнем уровне, сообщили в пресс-службе.",
        "Вчера в Санкт-Петербурге открылся экономический форум",
    ],
    "it": [
        "Il governo approva la riforma fiscale",
        "Facebook multata per un miliardo",
        "Una nuova app per trovare casa",
        "Pubblicità ingannevole, multa dell'Antitrust",
        "Commenti razzisti allo stadio, il club interviene",
        "Condividere l'auto, boom del car sharing",
        "La Commissione europea approva il piano",
        "Oggi sciopero dei trasporti a Milano",
        "Registrati 10 nuovi casi in Lombardia",
        "Ieri sera il concerto di Vasco a Roma",
        "Il governo ha approvato la manovra, ha detto il ministro dell'Economia.",
        "Due anni fa il terremoto che ha colpito il Centro Italia",
    ],
    "id": [
        "DPR sahkan RUU Kesehatan",
        "Facebook didenda Rp 1 triliun",
        "Aplikasi baru bantu warga cari rumah",
        "Iklan judi online marak di media sosial",
        "Komentar netizen soal kenaikan harga BBM",
        "Berbagi kendaraan jadi tren di Jakarta",
        "Langganan banjir, warga Jakarta mengungsi",
        "Komentar Jokowi soal pemilu",
        "Dua tahun yang lalu gempa mengguncang Cianjur",
        "Tambang tanpa izin ditutup polisi",
        "Hari ini harga emas naik",
        "KPK periksa pejabat Kementerian Pertanian",
        "Iklan rokok dilarang di televisi",
        "Presiden mengatakan pemerintah akan menambah anggaran pendidikan tahun depan.",
    ],
    "zh": [
        "国务院常务会议部署稳经济措施",
        "脸书被罚款十亿美元",
        "新应用帮助市民找房",
        "虚假广告整治专项行动启动",
        "网友评论引发热议",
        "共享单车新规发布",
        "国务院召开常务会议",
        "新华时评：推动高质量发展",
        "今天，我们如何纪念五四",
        "网友爆料某餐厅卫生问题",
        "注册制改革全面推行",
        "专家建议使用公共交通出行",
        "万人参与马拉松比赛",
        "虚假广告被罚款五十万元",
        "立法院今日三讀通過預算案",
        "记者从市政府获悉，地铁新线将于年底开通。",
    ],
    "ja": [
        "政府、経済対策を閣議決定",
        "フェイスブックに罰金",
        "住まい探しの新アプリ登場",
        "誇大広告で５社に措置命令",
        "ネットのコメント欄に批判殺到",
        "カーシェアリングが人気",
        "岸田首相、経済対策を発表",
        "広告大手の電通が決算発表",
        "著作権法違反の疑いで男を逮捕",
        "東京で桜が満開に",
        "日銀が政策金利を据え置き",
        "次へ進むための課題とは",
        "政府は２９日、新たな経済対策を閣議決定した。",
    ],
    "ko": [
        "정부, 경제 대책 발표",
        "페이스북에 과징금 부과",
        "집 찾기 돕는 새 앱 출시",
        "허위 광고 업체 적발",
        "악성 댓글 처벌 강화",
        "카셰어링 이용자 급증",
        "정부, 내년 예산안 발표",
        "부분 전환 검토 착수",
        "최초 전시회 개막",
        "1일 전남도청에서 회의",
        "광고 규제 강화 방안 논의",
        "연락처 유출 사고 발생",
        "대표이사 선임 안건 통과",
        "저작권자 보호 강화 법안 발의",
        "정부는 29일 국무회의에서 새 경제정책을 확정했다고 밝혔다.",
    ],
}


# --------------------------------------------------------------------------- helpers


def load(lang: str) -> dict:
    return json.loads((LEXICON_DIR / f"{lang}.json").read_text(encoding="utf-8"))


def known(lang: str, check: str, problems) -> None:
    """Fail on `problems`, or xfail if this is a recorded known issue."""
    if problems and (lang, check) in KNOWN_ISSUES:
        pytest.xfail(f"{KNOWN_ISSUES[(lang, check)]}: {problems}")
    assert not problems, problems


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF


def has_cjk(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)


def phrase_regex(phrase: str) -> re.Pattern:
    """How the engine finds a `contains` phrase in a lowercased line: word boundaries at an end
    that is a letter or digit outside CJK, none elsewhere."""
    left = r"(?<!\w)" if phrase[0].isalnum() and not is_cjk(phrase[0]) else ""
    right = r"(?!\w)" if phrase[-1].isalnum() and not is_cjk(phrase[-1]) else ""
    return re.compile(left + re.escape(phrase) + right)


def exact_key(line: str) -> str:
    return nfkc_lower(line).strip(KEY_STRIP)


def pattern_source(item) -> str:
    """A pattern's regex: the item itself, or its "re" when it declares what it needs."""
    return item["re"] if isinstance(item, dict) else item


def all_patterns():
    """(lang, kind, compiled) for every pattern of every file: the engine applies all of them
    to every document, whatever its language."""
    out = []
    for lang in LANGS:
        for kind, items in load(lang)["patterns"].items():
            out += [(lang, kind, re.compile(pattern_source(item), re.I)) for item in items]
    return out


# --------------------------------------------------------------------------- tests


def test_expected_languages_present():
    missing = EXPECTED_LANGS - set(LANGS)
    assert not missing, f"missing lexicon files: {sorted(missing)}"


@pytest.mark.parametrize("lang", LANGS)
def test_parses_with_reference_keys(lang):
    lex = load(lang)
    assert set(lex) == set(REFERENCE), set(lex) ^ set(REFERENCE)
    assert lex["language"] == lang
    assert isinstance(lex["name"], str) and lex["name"].strip()
    for section in ("labels", "exact", "contains"):
        assert set(lex[section]) == set(REFERENCE[section]), (section, set(lex[section]) ^ set(REFERENCE[section]))


@pytest.mark.parametrize("lang", LANGS)
def test_types(lang):
    lex = load(lang)
    for key, value in REFERENCE.items():
        if isinstance(value, list):
            assert isinstance(lex[key], list), key
            assert all(isinstance(p, str) and p for p in lex[key]), key
    assert lex["home"], "home must not be empty"
    assert isinstance(lex["months"], dict)
    for name, num in lex["months"].items():
        assert isinstance(name, str) and name
        assert isinstance(num, int) and not isinstance(num, bool), (name, num)
    for section in ("labels", "exact", "contains", "patterns"):
        assert isinstance(lex[section], dict), section
        for kind, items in lex[section].items():
            assert isinstance(items, list) and items, f"{section}.{kind} must be a non-empty list"
            if section == "patterns":  # a regex, or a regex with the literals its matches need
                items = [p if isinstance(p, str) or set(p) != {"re", "needs"} or not isinstance(p["needs"], list)
                         else p["re"] for p in items]
            assert all(isinstance(p, str) and p for p in items), (section, kind)


@pytest.mark.parametrize("lang", LANGS)
def test_phrases_are_in_matching_form(lang):
    """Lines are NFKC-normalised and case-folded before phrase lookups (ß -> ss, ： -> :), so a
    phrase in any other form can never match. Labels and roles are compared case-insensitively
    with the raw text, so they only need to be lowercase."""
    lex = load(lang)
    bad = []
    folded = [("stopwords", lex["stopwords"]), ("weekdays", lex["weekdays"]), ("home", lex["home"]), ("months", list(lex["months"]))]
    folded += [(f"contains.{k}", v) for k, v in lex["contains"].items()]
    folded += [(f"exact.{k}", v) for k, v in lex["exact"].items()]
    for where, phrases in folded:
        bad += [(where, p) for p in phrases if p != nfkc_lower(p) or p != " ".join(p.split())]
    lowered = [(f"labels.{k}", v) for k, v in lex["labels"].items()] + [("roles", lex["roles"])]
    for where, phrases in lowered:
        bad += [(where, p) for p in phrases if p != p.lower() or p != " ".join(p.split())]
    assert not bad, bad


@pytest.mark.parametrize("lang", LANGS)
def test_exact_phrases_survive_key_stripping(lang):
    """The engine strips punctuation, symbols and digits off both ends of a line before the
    exact lookup ('Share:' -> 'share', '12 Comments' -> 'comments')."""
    bad = [(kind, p) for kind, phrases in load(lang)["exact"].items() for p in phrases if p != p.strip(KEY_STRIP)]
    known(lang, "exact_keys", bad)


@pytest.mark.parametrize("lang", LANGS)
def test_exact_phrase_has_one_kind(lang):
    """The engine keeps only the first kind of a phrase listed under several."""
    owner: dict = {}
    twice = []
    for kind, phrases in load(lang)["exact"].items():
        for p in phrases:
            if owner.setdefault(p, kind) != kind:
                twice.append((p, owner[p], kind))
    known(lang, "cross_kind", twice)


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicates(lang):
    lex = load(lang)
    lists = {key: lex[key] for key, value in REFERENCE.items() if isinstance(value, list)}
    for section in ("labels", "exact", "contains", "patterns"):
        for kind, items in lex[section].items():
            lists[f"{section}.{kind}"] = [pattern_source(p) for p in items] if section == "patterns" else items
    dups = {
        where: sorted({p for p in items if items.count(p) > 1})
        for where, items in lists.items()
        if len(items) != len(set(items))
    }
    known(lang, "duplicates", dups)


@pytest.mark.parametrize("lang", LANGS)
def test_months(lang):
    months = load(lang)["months"]
    if lang in NO_MONTH_NAMES:
        assert months == {}, "CJK lexicons use numeric months"
        return
    assert all(1 <= n <= 12 for n in months.values()), months
    assert set(months.values()) == set(range(1, 13)), "every month needs a name"
    # the date parser drops a trailing dot before the lookup ("févr." -> "févr")
    assert not [m for m in months if m.endswith(".")]


@pytest.mark.parametrize("lang", LANGS)
def test_stopword_count(lang):
    n = len(set(load(lang)["stopwords"]))
    assert 100 <= n <= 250, n


@pytest.mark.parametrize("lang", LANGS)
def test_patterns_compile_and_are_selective(lang):
    lex = load(lang)
    for kind, items in lex["patterns"].items():
        for rx in map(pattern_source, items):
            compiled = re.compile(rx, re.I)  # raises on a broken pattern
            for blank in ("", " ", "a", "1", "-", "."):
                assert not compiled.search(blank), (kind, rx, blank)


@pytest.mark.parametrize("lang", LANGS)
def test_exact_phrases_have_no_edge_punctuation(lang):
    bad = [
        (kind, p)
        for kind, phrases in load(lang)["exact"].items()
        for p in phrases
        if p[0] in EDGE_PUNCT or p[-1] in EDGE_PUNCT
    ]
    assert not bad, bad


@pytest.mark.parametrize("lang", LANGS)
def test_labels_have_no_separator(lang):
    bad = [
        (field, p)
        for field, phrases in load(lang)["labels"].items()
        for p in phrases
        if any(sep in p for sep in SEPARATORS)
    ]
    assert not bad, bad


@pytest.mark.parametrize("lang", LANGS)
def test_roles_are_single_words(lang):
    """Roles are compared word by word ('Staff Writer' -> staff, writer)."""
    bad = [r for r in load(lang)["roles"] if len(r.split()) != 1]
    assert not bad, bad


@pytest.mark.parametrize("lang", LANGS)
def test_boilerplate_phrases_are_not_stopwords(lang):
    lex = load(lang)
    stop = set(lex["stopwords"])
    overlap = {}
    for section in ("exact", "contains"):
        for kind, phrases in lex[section].items():
            common = sorted(stop & set(phrases))
            if common:
                overlap[f"{section}.{kind}"] = common
    known(lang, "stopword_overlap", overlap)


@pytest.mark.parametrize("lang", LANGS)
def test_weekdays_are_not_stopwords(lang):
    lex = load(lang)
    assert not set(lex["weekdays"]) & set(lex["stopwords"])


@pytest.mark.parametrize("lang", LANGS)
def test_contains_phrases_are_long_enough(lang):
    short = [
        (kind, p)
        for kind, phrases in load(lang)["contains"].items()
        for p in phrases
        if len(p) < (2 if has_cjk(p) else 3)
    ]
    assert not short, short


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_ordinary_news_text_is_not_flagged(lang):
    if lang not in LANGS:
        pytest.skip(f"no {lang}.json")
    lex = load(lang)
    phrases = [(kind, p, phrase_regex(p)) for kind, ps in lex["contains"].items() for p in ps]
    exact = {p: kind for kind, ps in lex["exact"].items() for p in ps}
    hits = []
    for raw in PROSE[lang]:
        lower = nfkc_lower(raw)
        hits += [(raw, f"contains.{kind}", p) for kind, p, rx in phrases if rx.search(lower)]
        if exact_key(raw) in exact:
            hits.append((raw, f"exact.{exact[exact_key(raw)]}", exact_key(raw)))
    assert not hits, hits


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_no_pattern_fires_on_ordinary_news_text(lang):
    """Every file's patterns run on every document, so each is checked against all languages."""
    hits = [
        (raw, f"{src}:patterns.{kind}", rx.pattern)
        for raw in PROSE[lang]
        for src, kind, rx in all_patterns()
        if rx.search(raw) or rx.search(nfkc_lower(raw))
    ]
    assert not hits, hits


def test_readme_documents_schema():
    readme = (LEXICON_DIR / "README.md").read_text(encoding="utf-8")
    for key in REFERENCE:
        assert f"`{key}`" in readme, key


# Consent banners as sites print them: the phrase opens the sentence ("This website uses cookies"),
# where a phrase further in would need a second one (a sentence that mentions cookies is no banner).
CONSENT = {
    "en": ["This website uses cookies to improve your experience. You can change your preferences at any time.",
           "Our site uses cookies to analyse traffic and show you relevant adverts."],
    "de": ["Diese Webseite verwendet Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.",
           "Unsere Website nutzt Cookies und ähnliche Technologien, um Inhalte zu personalisieren."],
    "fr": ["Ce site utilise des cookies pour améliorer votre expérience de navigation et mesurer l'audience.",
           "Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires."],
    "es": ["Esta web utiliza cookies propias y de terceros para analizar el tráfico y mostrarle publicidad.",
           "Nuestro sitio usa cookies para mejorar la experiencia de navegación."],
    "pt": ["Este site usa cookies para personalizar conteúdo e anúncios.",
           "O nosso site utiliza cookies. Ao continuar a navegar, está a concordar com a sua utilização."],
    "ru": ["Этот сайт использует файлы cookie, чтобы сделать его удобнее для вас.",
           "Наш сайт использует cookie для аналитики и показа рекламы."],
    "zh": ["本站使用Cookie以确保您获得最佳体验。", "我们使用Cookie来改善您的浏览体验并分析网站流量。"],
}


@pytest.mark.parametrize("lang", sorted(CONSENT))
def test_consent_banners_are_cookie_notices(lang):
    from cleaner.document import Line
    from cleaner.features import analyse
    from cleaner.lexicon import lexicon_for

    lex = lexicon_for((lang, "en") if lang != "en" else ("en",))
    for text in CONSENT[lang]:
        line = Line(1, text, 0)
        analyse(line, lex)
        assert "cookie" in line.phrases, text


def test_spanish_caption_with_slash_credit_is_a_photo_credit():
    """Spanish papers print a picture's caption with its photographer after a slash
    ('Vista del puerto al atardecer. / Andrés Molina', '… / EFE'); a slash in a sentence is not one."""
    photo = [rx for src, kind, rx in all_patterns() if src == "es" and kind == "photo"]
    credit = lambda text: any(rx.search(text) for rx in photo)  # noqa: E731
    assert credit("Vista del puerto pesquero de Santa Pola al atardecer. / Andrés Molina")
    assert credit("El alcalde, durante el pleno de este lunes. / EFE")
    assert credit("La consellera, en la presentación. / Pilar Cortés de la Torre")
    assert not credit("El tren Madrid / Barcelona tardará ahora dos horas y media.")
    assert not credit("Los precios subieron un 3 % / año, según el INE.")
    assert not credit("Consulta la web del Ayuntamiento. / más información en el 010")
