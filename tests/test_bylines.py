"""Names and dates out of byline and dateline lines, in several languages and site styles."""
from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.dates import find_date
from cleaner.lexicon import lexicon_for
from cleaner.rules.byline import name_parts
from samples import PROSE, article

EN_MONTHS = lexicon_for(("en",)).months


@pytest.mark.parametrize(
    "text, prefer_mdy, iso",
    [
        ("11/19/19 06:56 AM EST", True, "2019-11-19T06:56:00-05:00"),
        ("19/11/19 18:30", False, "2019-11-19T18:30:00"),
        ("2019-11-19T12:48:14Z", False, "2019-11-19T12:48:14+00:00"),
        ("Nov 13, 2019, 10:28am EST", True, "2019-11-13T10:28:00-05:00"),
        ("18:37 UTC+8, 2024-04-29", False, "2024-04-29T18:37:00+08:00"),
        # the C library's date, as mail archives (pipermail) print it
        ("Mon Jun 10 11:05:32 CEST 2024", False, "2024-06-10T11:05:32+02:00"),
        ("Tue Mar  5 09:01:02 2024", True, "2024-03-05T09:01:02"),
        ("Wed Jan 8 17:45:00 +0100 2025", False, "2025-01-08T17:45:00+01:00"),
    ],
)
def test_dates(text, prefer_mdy, iso):
    found = find_date(text, EN_MONTHS, prefer_mdy)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("text", ["By Umair Irfan Updated Nov 13, 2019, 10:28am EST",
                                  "Irene Salcedo Mon Jun 10 11:05:32 CEST 2024"])
def test_zone_name_is_part_of_the_date_span(text):
    found = find_date(text, EN_MONTHS, True)
    assert text[found.end:].strip() == ""


@pytest.mark.parametrize("language, text, iso", [("es", "lun jun 10 11:05:32 CEST 2024", "2024-06-10T11:05:32+02:00"),
                                                 ("fr", "lun. juin 10 08:15:00 CEST 2024", "2024-06-10T08:15:00+02:00"),
                                                 ("de", "Mo Mär 4 10:00:01 CET 2024", "2024-03-04T10:00:01+01:00")])
def test_mail_archive_dates_in_other_languages(language, text, iso):
    found = find_date(text, lexicon_for((language, "en")).months)
    assert found is not None and found.iso == iso


def test_scores_and_fractions_are_not_short_year_dates():
    assert find_date("Final score 3-1/2 at half time", EN_MONTHS, True) is None
    assert find_date("Mix 1/2 cup of flour with 3/4 cup of milk", EN_MONTHS, True) is None
    assert find_date("Ratio 3/45/67 in the table", EN_MONTHS, True) is None


@pytest.mark.parametrize(
    "rest, names",
    [
        ("Umair Irfan Updated", ["Umair Irfan"]),
        ("Chaim Gartenberg @cgartenberg", ["Chaim Gartenberg"]),
        ("Tim Childers - Live Science Contributor", ["Tim Childers"]),
        ("TOM KRISHER, AP Auto Writer", ["TOM KRISHER"]),
        ("Jane Doe, Staff Writer and John Roe, Senior Editor", ["Jane Doe", "John Roe"]),
        ("Camila Wernecke, Diário Ribeirinho — Santa Luzia do Sul", ["Camila Wernecke"]),
        ("Max Mustermann und Erika Musterfrau", ["Max Mustermann", "Erika Musterfrau"]),
        ("Jeanne Dupont et Paul Martin", ["Jeanne Dupont", "Paul Martin"]),
    ],
)
def test_name_parts(rest, names):
    lex = lexicon_for(("en",))
    roles = lex.roles | frozenset(("updated", "published"))
    assert name_parts(rest, roles) == names


BYLINES = {
    "en": ("By Tess Bonn - 11/19/19 06:56 AM EST", ["Tess Bonn"], "2019-11-19T06:56:00-05:00"),
    "de": ("Von Max Mustermann - 29.04.2024, 18:37 Uhr", ["Max Mustermann"], "2024-04-29T18:37:00"),
    "fr": ("Par Jeanne Dupont @jdupont - 29/04/2024 à 18h37", ["Jeanne Dupont"], "2024-04-29T18:37:00"),
    "es": ("Por Lucía Herrero Campos - 29/04/2024 18:37 CEST", ["Lucía Herrero Campos"], "2024-04-29T18:37:00+02:00"),
}


@pytest.mark.parametrize("lang", sorted(BYLINES))
def test_byline_with_dash_and_date_goes_to_metadata(lang):
    byline, authors, date = BYLINES[lang]
    result = clean(f"Home\nNews\n\nHeadline of the day\n\n{byline}\n\n{article(lang)}\n")
    assert result.metadata["authors"] == authors
    assert result.metadata["date"] == date
    assert byline not in result.text


@pytest.mark.parametrize(
    "byline, authors",
    [
        ("By Maren Estrada 2 days ago", ["Maren Estrada"]),
        ("By Megan Rowe meganr@example.com (509) 459-5382", ["Megan Rowe"]),
        ("By Chaim Gartenberg @cgartenberg Nov 19, 2019, 7:53pm EST", ["Chaim Gartenberg"]),
    ],
)
def test_byline_names_end_before_figures_and_addresses(byline, authors):
    result = clean(f"Home\nNews\n\nHeadline of the day\n\n{byline}\n\n{article('en')}\n")
    assert result.metadata["authors"] == authors


def test_biography_names_the_author_when_nothing_else_does():
    bio = "Louise Matsakis is a staff writer at the Daily Example covering technology and online platforms."
    result = clean(f"Home\nNews\n\nHeadline of the day\n\n{article('en')}\n\n{bio}\n\n© 2024 Daily Example\n")
    assert result.metadata["authors"] == ["Louise Matsakis"]
    assert bio not in result.text


def test_embedded_post_signature_is_not_a_dateline():
    prose = PROSE["en"]
    tweet = "Meth. We're on it. That's the new campaign, and honestly it works."
    signature = "— Jane Roe (@janeroe) November 18, 2019"
    page = (f"Home\nNews\n\nHeadline of the day\n\nBy Tess Bonn - 11/19/19 06:56 AM EST\n\n{prose}\n\n"
            f"{tweet}\n{signature}\n\n{prose} {prose}\n")
    result = clean(page)
    assert signature in result.text
    assert result.metadata["date"] == "2019-11-19T06:56:00-05:00"


PROVIDERS = {
    "en": ("News provided by", "Harlow Energy, Inc."),
    "de": ("Bereitgestellt von", "Stadtwerke Nordheim GmbH"),
    "fr": ("Communiqué fourni par", "Énergies du Rhône SA"),
    "es": ("Noticias proporcionadas por", "Aguas del Turia S.L."),
    "ru": ("Новость предоставлена", "ООО «Северный ветер»"),
}


@pytest.mark.parametrize("lang", sorted(PROVIDERS))
def test_a_press_release_provider_is_the_source_not_the_headline(lang):
    # A distribution site prints its client under a bare "News provided by" line: the source,
    # neither an author nor the headline.
    label, company = PROVIDERS[lang]
    page = f"Home\nPress releases\n\nHeadline of the release\n\n{label}\n{company}\n\n{article(lang)}\n"
    result = clean(page, language=lang)
    assert result.metadata["title"] == "Headline of the release"
    assert result.metadata["source"] == company
    assert not result.metadata.get("authors")
    assert label not in result.text and company not in result.text.split("\n")


@pytest.mark.parametrize("heading, paragraph, kept", [
    ("About Harlow Energy", "Harlow Energy, Inc. develops and operates battery storage systems across North America.", True),
    ("Über Stadtwerke Nordheim", "Die Stadtwerke Nordheim GmbH versorgen 80.000 Haushalte mit Strom und Wasser.", True),
    ("About Jane Doe", "Jane Doe is a senior reporter at the Daily Example covering energy and climate.", False),
])
def test_an_about_box_goes_when_it_is_about_a_person_not_a_company(heading, paragraph, kept):
    lang = "de" if heading.startswith("Über") else "en"
    page = f"Home\nNews\n\nHeadline of the day\n\n{article(lang)}\n\n{heading}\n{paragraph}\n\n© 2024 Daily Example\n"
    result = clean(page, language=lang)
    assert (paragraph in result.text) is kept


BIOS = {
    "en": "Louise Matsakis is a staff writer at the Daily Example covering technology.",
    "fr": "Claire Martin est journaliste au Guide Malin, spécialisée dans les transports.",
    "de": "Moritz Bachmann ist Redakteur im Ressort Wirtschaft der Nordheimer Zeitung.",
    "es": "Lucía Herrero es periodista especializada en vivienda y urbanismo.",
    "ru": "Ольга Смирнова — обозреватель «Домашнего эксперта». Пишет о связи и технике.",
}


@pytest.mark.parametrize("lang", sorted(BIOS))
def test_an_author_bio_after_the_article_goes_in_each_language(lang):
    bio = BIOS[lang]
    result = clean(f"Home\nNews\n\nHeadline of the day\n\n{article(lang)}\n\n{bio}\n\n© 2024 Daily Example\n", language=lang)
    assert bio not in result.text
    assert any(r.rule == "byline.bio" for r in result.removals)


@pytest.mark.parametrize("rest, name", [("中村健太）", "中村健太"), ("Lucía (Madrid)", "Lucía"), ("infuy] 3 min", "infuy")])
def test_a_loose_name_ends_at_a_closing_bracket(rest, name):
    # '（記者：中村健太）': the bracket that closes the byline is not part of the name.
    from cleaner.rules.byline import loose_name
    assert loose_name(rest) == name


# A table of dated figures, one row a line: rows are not datelines printed again, nor menus.
DATED_TABLES = {
    "en": ("Date Change in median sale price (YoY)", "{m}/1/2013 +{v}.1%", "By Jane Roe | March 4, 2024"),
    "de": ("Datum Veränderung zum Vorjahr", "01.{m:02d}.2013 +{v},1 %", "Von Anna Berg | 04.03.2024"),
    "fr": ("Date Variation sur un an", "01/{m:02d}/2013 +{v},1 %", "Par Paul Martin | 04/03/2024"),
    "ru": ("Дата Изменение за год", "01.{m:02d}.2013 +{v},1%", "Иван Петров | 04.03.2024"),
    "zh": ("日期 同比涨幅", "2013年{m}月1日 +{v}.1%", "记者 王明 2024年3月4日"),
    "es": ("Fecha Precio medio", "01/{m:02d}/2013 {v}.250 €", "Por Ana López | 04/03/2024"),
}


@pytest.mark.parametrize("language", sorted(DATED_TABLES))
def test_a_table_of_dated_figures_stays_in_the_article(language):
    heading, row, byline = DATED_TABLES[language]
    rows = [row.format(m=m, v=m + 3) for m in range(1, 13)]
    prose = PROSE[language]
    page = f"Headline of the day\n\n{byline}\n\n{prose}\n\n{prose} {prose}\n\n{heading}\n" + "\n".join(rows) \
        + f"\n\n{prose} {prose} {prose}\n"
    result = clean(page, language=language)
    for line in rows:
        assert line in result.text
    assert result.metadata["date"].startswith("2024-03-04")


# A press release's issuer under a bare label of its own line, as distribution sites print it; the
# name without a legal form, in quotes, or in a script without case.
ISSUERS = {
    "de": ("Pressemitteilung von", "Stadtwerke Rosenfeld"),
    "fr": ("Communiqué diffusé par", "Laiterie du Val"),
    "es": ("Comunicado enviado por", "Energías del Río"),
    "pt": ("Divulgado por", "Energia Verde do Sul"),
    "ru": ("Распространено компанией", "«Приволжская энергия»"),
    "zh": ("发布单位：", "南湖食品股份有限公司"),
}


@pytest.mark.parametrize("lang", sorted(ISSUERS))
def test_a_press_release_issuer_under_its_label_is_the_source(lang):
    label, company = ISSUERS[lang]
    headline = "南湖食品新工厂正式投产" if lang == "zh" else "Headline of the release"
    page = f"Home\nPress releases\n\n{headline}\n\n{label}\n{company}\n\n{article(lang)}\n"
    result = clean(page, language=lang)
    assert result.metadata["title"] == headline
    assert result.metadata["source"] == company
    assert headline in result.text.split("\n") and company not in result.text.split("\n")


@pytest.mark.parametrize("heading, paragraph", [
    ("About Northgate Robotics", "Northgate Robotics is a family-owned company founded in 1962. It employs 270 people."),
    ("Über Stadtwerke Rosenfeld", "Stadtwerke Rosenfeld ist ein Familienunternehmen mit Sitz in Oberhausen-Süd."),
    ("À propos de Laiterie du Val", "Laiterie du Val est une entreprise familiale fondée en 1962."),
    ("Acerca de Energías del Río", "Energías del Río es una empresa familiar fundada en 1962."),
])
def test_an_about_box_that_names_no_author_stays(heading, paragraph):
    # Nothing says the box is a person's (no author label, no byline with that name, no reporter's
    # role): a release's "About <company>" is the release's own ("when unsure, keep").
    lang = {"Ü": "de", "À": "fr", "A": "en"}[heading[0]] if not heading.startswith("Acerca") else "es"
    page = f"Home\nNews\n\nHeadline of the day\n\n{article(lang)}\n\n{heading}\n{paragraph}\n\n© 2024 Daily Example\n"
    assert paragraph in clean(page, language=lang).text


@pytest.mark.parametrize("byline, heading", [
    ("", "About the author Jane Doe"),      # the heading says whose it is
    ("By Jane Doe", "About Jane Doe"),      # the byline names her
])
def test_an_about_box_of_the_author_goes(byline, heading):
    paragraph = "Jane Doe has covered the city council since 2015 and lives in the old harbour district."
    page = (f"Home\nNews\n\nHeadline of the day\n\n{byline}\n\n{article('en')}\n\n{heading}\n{paragraph}\n\n"
            "© 2024 Daily Example\n")
    result = clean(page, language="en")
    assert paragraph not in result.text
    assert any(r.rule == "byline.bio" for r in result.removals)


@pytest.mark.parametrize("lang, headline, subtitle, byline", [
    ("zh", "临川中心城区新增42处公共充电站", "年底前将覆盖所有老旧小区", "作者：王磊"),
    ("ru", "Электробусы выйдут на три маршрута до конца года", "Первые машины уже прошли испытания", "Автор: Сергей Морозов"),
    ("en", "Electric buses to run on three routes by the end of the year", "The first vehicles have passed their tests",
     "By Sarah Moore"),
    ("ru", "В Каменске построят велодорожки в центре города", "Работы начнутся весной", "Наталья Павлова\n25.05.2021, 10:04"),
    ("de", "Last-Minute-Tor: SV Lindenau steigt in die Regionalliga auf", "Rekordkulisse im Stadion am Stadtwald",
     "Ein Bericht von Petra Wagner"),
    ("es", "El CD Valdemoro Norte asciende a Primera RFEF con un gol en el descuento",
     "Récord de asistencia en el estadio municipal", "Carmen Ruiz\n08/02/2024 - 10:37 h"),
])
def test_a_subtitle_without_its_stop_keeps_the_headline_above_it(lang, headline, subtitle, byline):
    # Chinese has no case to tell a sentence from a title: the line above the subtitle is the
    # headline all the same.
    page = f"Home\nNews\n\n{headline}\n{subtitle}\n\n{byline}\n\n{article(lang)}\n"
    result = clean(page, language=lang)
    assert result.metadata["title"] == headline
    lines = result.text.split("\n")
    assert lines.index(headline) < lines.index(subtitle) < 4


@pytest.mark.parametrize("lang, label", [("ru", "Поделиться новостью"), ("es", "Compartir la noticia"),
                                         ("pt", "Compartilhe a notícia"), ("en", "Share the story"),
                                         ("de", "Meldung teilen")])
def test_a_share_label_above_the_text_is_no_headline(lang, label):
    page = f"Home\nNews\n\nHeadline of the day\n\nBy Sarah Moore\n\n{label}\n\n{article(lang)}\n"
    result = clean(page, language=lang)
    assert result.metadata["title"] == "Headline of the day"
    assert label not in result.text


@pytest.mark.parametrize("lang, byline, caption", [
    ("en", "By Grace O'Neill", "The river at Kingsmoor last winter. Photo: Marcus Reid/The Kingsmoor Herald"),
    ("es", "Por Javier Morales", "Imagen de archivo / La Voz de Puerto Alto"),
    ("fr", "Par Sophie Lefèvre", "Le centre-ville de Montval. Photo Claire Dubois"),
    ("zh", "作者：王磊", "江宁城区一景。江宁日报记者 刘芳 摄"),
])
def test_a_caption_under_the_byline_is_not_the_headline(lang, byline, caption):
    # A byline sits under its headline: a photo's caption between the byline and the text is
    # not the headline, and the headline above the byline stays.
    headline = "江宁今年新增中小学学位150个" if lang == "zh" else "Headline of the day"
    page = f"Home\nNews\n\n{headline}\n\n{byline}\n\n{caption}\n\n{article(lang)}\n"
    result = clean(page, language=lang)
    assert result.metadata["title"] == headline
    assert headline in result.text.split("\n")


@pytest.mark.parametrize("notice, holder", [
    ("© 2024 Nordhessische Rundschau GmbH & Co. KG. Alle Rechte vorbehalten.", "Nordhessische Rundschau GmbH & Co. KG"),
    ("© 2023 Acme Co. All rights reserved.", "Acme Co"),
    ("Copyright 2020 © Shanghai Daily. All rights reserved", "Shanghai Daily"),
])
def test_copyright_holder_keeps_a_limited_partnership_whole(notice, holder):
    from cleaner.rules.legal import copyright_holder
    assert copyright_holder(notice) == holder


def test_credits_before_the_author_label_on_a_dateline():
    # "来源" before "作者" on one dateline: both are read (the source was lost when the author came last)
    page = f"首页\n新闻\n\n南湖新工厂正式投产\n\n2024-08-06 10:32　来源：江南都市报　作者：陈静\n\n{article('zh')}\n"
    meta = clean(page, language="zh").metadata
    assert meta["source"] == "江南都市报" and meta["authors"] == ["陈静"]


@pytest.mark.parametrize("lang, byline, box", [
    ("ru", "Текст: Андрей Соколов", "Главное\nВласти предложили молодым врачам подъёмные\nНалог на имущество: что изменится"),
    ("en", "By Laura Chen", "Key events\nCouncil approves the plan\nCycling groups react"),
])
def test_a_key_events_box_under_the_byline_is_not_the_headline(lang, byline, box):
    # a related list between the byline and the text: the headline is sought above the byline
    headline = "Headline of the day about the new cycling plan"
    page = f"Home\nNews\n\n{headline}\n\n{byline}\n\n{box}\n\n{article(lang)}\n"
    result = clean(page, language=lang)
    assert result.metadata["title"] == headline


def test_a_headline_beside_a_byline_is_no_bare_name():
    """'Drei Jahre Haft für frühere Heimleiterin' over 'Von Klaus Brettschneider': words in lower
    case that no name holds make it the headline; 'Сергей Латышев, специально для …' stays a name."""
    from cleaner import clean
    from samples import PROSE

    text = ("Drei Jahre Haft für frühere Heimleiterin\n\nVon Klaus Brettschneider\nAktualisiert: 8.1.2022 um 1:22 Uhr\n\n"
            + PROSE["de"] + "\n")
    result = clean(text, language="de")
    assert result.metadata["title"] == "Drei Jahre Haft für frühere Heimleiterin"
    ru = ("Гол головой в добавленное время принёс ничью\n\nСергей Латышев, специально для «Городских новостей»\n"
          "16 марта 2021, 14:40\n\n" + PROSE["ru"] + "\n")
    assert clean(ru, language="ru").metadata["authors"] == ["Сергей Латышев"]
