"""Decisions that depend on a line's neighbours or on the whole page: widget rows printed under
every item, questions asked again and again, a very short last sentence. Each case is a small
page; the golden fixtures hold the long ones."""
from __future__ import annotations

import pytest

from cleaner import clean
from samples import PROSE, article

MENU = "Home\nNews\nSport\nCulture\nContact\n\n"
FOOTER = "\n\nTags: media, interviews\n\nAbout | Contact | Privacy Policy\n\n© 2024 Example Media. All rights reserved.\n"


def _rules_of(result, needle: str) -> set[str]:
    return {r.rule for r in result.removals if needle in r.text}


def test_widget_row_under_every_item_goes_everywhere():
    # Two of four items are known labels: not enough for a widget row on its own, enough when
    # the row is printed under every quote.
    quotes = [
        "A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer todos os dias.",
        "O que une uma família é o amor, o carinho e o querer bem, e isso não se compra em lugar nenhum.",
        "Força para vencer e fé para acreditar que tudo é possível quando a gente não desiste dos sonhos.",
        "Gratidão pela vida está nos detalhes, no sorriso dado logo ao despertar e na prece de agradecimento.",
    ]
    body = "\n\n".join(f"{q}\n\nWhatsapp Facebook Pint Baixar" for q in quotes)
    result = clean(MENU + "Mensagens de reflexão\n\n" + body + FOOTER)
    assert "Baixar" not in result.text
    assert _rules_of(result, "Whatsapp Facebook") == {"duplicate.furniture"}
    for q in quotes:
        assert q in result.text


def test_repeated_table_header_is_not_furniture():
    rows = "\n\n".join(
        f"The {team} attack carried the game again this week, and the coach said the balance of the squad was the reason.\n\n"
        f"Pos Player Plays Stats\n\nQB {name} 41 312 yards"
        for team, name in (("Denver", "Smith"), ("Dallas", "Jones"), ("Miami", "Brown"))
    )
    closing = "\n\nAll three teams play again on Sunday, and the coaches expect the same line-ups as this week."
    result = clean(MENU + "Week 12 fantasy review\n\n" + rows + closing + FOOTER)
    assert result.text.count("Pos Player Plays Stats") == 3
    assert "duplicate.furniture" not in {r.rule for r in result.removals}


def test_recurring_interview_question_stays_with_each_answer():
    question = "Какую кухню любите сами? Есть ли какие-то предпочтения или блюда, которые вам не нравятся?"
    answers = [
        "Я очень люблю итальянскую кухню, особенно пасту с морепродуктами, и готовлю её почти каждую неделю.",
        "Мне ближе всего грузинская кухня: хачапури, пхали и долма, а вот острые супы я не переношу.",
        "Я ем почти всё, но больше всего люблю простую домашнюю еду, которую готовила моя бабушка.",
    ]
    body = "\n\n".join(f"Блогер номер {n}\n\n{question}\n\n{a}" for n, a in enumerate(answers, 1))
    result = clean("Главная\nНовости\nЕда\nКонтакты\n\nМастера вкуса: три фудблогера о любимой кухне\n\n" + body + FOOTER)
    assert result.text.count(question) == 3
    assert not _rules_of(result, question)


def test_repeated_statement_keeps_only_its_first_copy():
    para = "The council will vote on the new budget next Tuesday, after two months of public hearings across the city."
    body = (
        f"{para}\n\nMembers of the finance committee said they expected a narrow majority for the plan after the hearings.\n\n"
        f"{para}\n\nOpposition members have asked for more time to study the numbers, and some want a second round of hearings."
    )
    result = clean(MENU + "Budget vote set for Tuesday\n\n" + body + FOOTER)
    assert result.text.count(para) == 1
    assert _rules_of(result, para) == {"duplicate.block"}


def test_short_last_sentence_ends_the_article():
    body = (
        "Residents of the northern districts have asked the city for years when the metro line will reach them.\n\n"
        "Their group sent a new letter to the mayor this week, asking for a firm date for the start of construction.\n\n"
        "The transport department said the plans were still being reviewed and gave no timetable for the works.\n\n"
        "No answer yet."
    )
    result = clean(MENU + "Metro extension still without a date\n\n" + body + FOOTER)
    assert result.text.endswith("No answer yet.\n")


def test_short_call_to_action_after_the_article_is_not_its_last_sentence():
    body = (
        "Residents of the northern districts have asked the city for years when the metro line will reach them.\n\n"
        "Their group sent a new letter to the mayor this week, asking for a firm date for the start of construction.\n\n"
        "The transport department said the plans were still being reviewed and gave no timetable for the works.\n\n"
        "Sharing is caring!"
    )
    result = clean(MENU + "Metro extension still without a date\n\n" + body + FOOTER)
    assert "Sharing is caring" not in result.text


REUSE_NOTICE = {
    "en": "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, "
          "no part may be reproduced without the written permission. The content is provided for information purposes only.",
    "de": "Alle Rechte vorbehalten. Vervielfältigung nur mit vorheriger schriftlicher Zustimmung des Verlags, auch für die "
          "Aufnahme in elektronische Datenbanken, Pressespiegel und jede andere Form der Weiterverbreitung im Netz.",
    "fr": "Tous droits réservés. Toute reproduction totale ou partielle des contenus de ce site, par quelque procédé que ce "
          "soit, est interdite sans autorisation préalable de la société éditrice et constitue une contrefaçon.",
    "es": "Todos los derechos reservados. Queda prohibida la reproducción total o parcial de los contenidos de esta web por "
          "cualquier medio, así como su distribución o comunicación pública sin autorización previa del editor.",
    "ru": "Все права защищены. При полном или частичном использовании материалов сайта в интернете активная гиперссылка на "
          "издание обязательна, а перепечатка в печатных изданиях возможна только с письменного разрешения редакции.",
}


@pytest.mark.parametrize("lang", sorted(REUSE_NOTICE))
def test_long_reuse_notice_after_the_article_is_legal(lang):
    body = "\n\n".join([PROSE[lang]] * 1 + [PROSE[lang].replace(",", ";", 1) + " " + PROSE[lang]])
    result = clean("Home\nNews\nCity\n\nHeadline of the story\n\n" + body + "\n\n" + REUSE_NOTICE[lang] + "\n")
    assert REUSE_NOTICE[lang] not in result.text
    assert _rules_of(result, REUSE_NOTICE[lang][:30]) == {"legal.copyright"}


def test_sentence_quoting_a_notice_is_not_one():
    quoting = ('The archive had stamped each scan with the legend "© Heritage Pages. All rights reserved. May not be '
               'reproduced without written permission," even on newspapers printed in the 1880s and 1890s.')
    body = f"{PROSE['en']}\n\n{quoting}\n\n{PROSE['en'].replace('Monday', 'Tuesday')}"
    result = clean("Home\nNews\nCity\n\nArchive loses copyright case\n\n" + body + FOOTER)
    assert quoting in result.text


HEADLINES = {
    "en": ("Storm closes ferry routes across the northern islands", "Northern Echo"),
    "de": ("Sturm legt Fährverkehr zu den Nordseeinseln lahm", "Nordsee-Kurier"),
    "fr": ("La tempête paralyse les liaisons maritimes vers les îles du Nord", "L'Écho du Nord"),
    "zh": ("强风致北部海岛轮渡全线停航", "北岛日报"),
    "ru": ("Шторм остановил паромное сообщение с северными островами", "Северный вестник"),
}


@pytest.mark.parametrize("lang", sorted(HEADLINES))
def test_headline_printed_in_the_page_title_is_the_title(lang):
    headline, site = HEADLINES[lang]
    page = f"{headline} - {site}\n\nHome\nNews\nWeather\nSport\n\n{headline}\n\nSharing is caring!\n\n{article(lang)}\n"
    result = clean(page)
    assert result.metadata["title"] == headline
    assert result.text.startswith(headline + "\n\n")
    assert result.text.count(headline) == 1
    assert clean(result.text).text == result.text


LIST_INTRO = {
    "en": ("The band's 2020 tour dates:", ["June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- Credit Union Amphitheatre, Tampa, FL", "June 14 -- Bank Amphitheatre, Alpharetta, GA"]),
    "de": ("Die Termine der Tournee:", ["12. März – Lanxess Arena, Köln", "14. März – Barclays Arena, Hamburg", "18. März – Olympiahalle, München"]),
    "fr": ("Les dates de la tournée :", ["12 mars – Accor Arena, Paris", "14 mars – Halle Tony Garnier, Lyon", "18 mars – Le Dôme, Marseille"]),
    "zh": ("巡演日期：", ["3月12日 北京 工人体育馆", "3月14日 上海 梅赛德斯奔驰文化中心", "3月18日 广州 体育馆"]),
}


@pytest.mark.parametrize("lang", sorted(LIST_INTRO))
def test_list_announced_at_the_end_of_the_article_stays(lang):
    intro, items = LIST_INTRO[lang]
    prose = PROSE[lang]
    page = (
        f"Home\nNews\nMusic\n\nHeadline of the story\n\n{prose}\n\n{prose} {prose}\n\n"
        + intro + "\n" + "\n".join(items) + "\n\nFacebook\nTwitter\nEmail\n\n© 2024 Example Media\n"
    )
    result = clean(page)
    assert intro in result.text
    for item in items:
        assert item in result.text
    assert "Facebook" not in result.text
    assert clean(result.text).text == result.text


TEASERS = {
    "en": [("LOVE IS LOVE", "What Being Asexual Tells Us About Sex And Romance", "aeon.co Culture",
            "What is it like to feel love and share physical intimacy yet feel no sexual attraction to the person you are with, she asks."),
           ("A NATIONAL TRAGEDY", "Watching This Koala Get Rescued From A Bushfire Is Heart-Wrenching", "Animals Nature",
            "Dozens of bushfires are spreading across Australia, burning across more than two million acres of land and forest."),
           ("RUNNING LONG", "Why Movies Went From Fifteen Minutes To Two Hours Long", "Explainer Histories",
            "The first films were a few minutes long, and it took the industry decades to settle on the length we know today."),
           ("JACKPOT", "The Best Money I Ever Spent: Many, Many Rounds Of Bingo", "vox.com Money",
            "It is the one activity where money becomes more magical and less weighty, and the regulars at the hall know it well."),
           ("FAR OUT", "The Most Remote Places In The World, Visualized", "Data Maps",
            "If you have ever driven through a sparsely populated rural area, you have probably wondered how remote it really is.")],
    "de": [("WOHNEN", "Warum die Mieten in Leipzig plötzlich sinken", "Wirtschaft Sachsen",
            "Nach Jahren steigender Preise melden Makler in Leipzig erstmals sinkende Angebotsmieten, vor allem in den Randlagen."),
           ("SPORT", "Der Aufsteiger, der niemandem Angst macht", "Fußball Regionalliga",
            "Der Verein hat in dieser Saison noch kein Heimspiel verloren, doch im Umland nimmt ihn kaum jemand wirklich ernst."),
           ("KULTUR", "Ein Museum zieht in den alten Bahnhof", "Kunst Stadtgeschichte",
            "Nach langem Streit um die Finanzierung soll das Stadtmuseum im kommenden Jahr in die frühere Bahnhofshalle umziehen."),
           ("VERKEHR", "Die neue Straßenbahnlinie kommt später", "Stadt Verkehr",
            "Wegen fehlender Gutachten verzögert sich der Bau der neuen Linie in den Süden der Stadt um mindestens zwei Jahre."),
           ("SCHULE", "Zu wenige Lehrer an den Grundschulen im Landkreis", "Bildung Region",
            "Zum Schuljahresbeginn fehlen im Landkreis mehr als vierzig Lehrkräfte, vor allem an den kleinen Grundschulen auf dem Land.")],
}
CLUSTER = {
    "en": "Jane Doe is a staff writer at the Daily Example covering science.\n\nWant more stories like this?\n\nSubscribe\n\n",
    "de": "Teilen\nFacebook\nTwitter\nE-Mail\n\nMehr zum Thema\n\n",
}


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_teasers_after_the_article_go(lang):
    teasers = "\n\n".join("\n\n".join(group) for group in TEASERS[lang])
    result = clean(f"Home\nNews\n\nHeadline of the story\n\n{article(lang)}\n\n{CLUSTER[lang]}{teasers}\n\n© 2024 Example Media\n")
    assert PROSE[lang] in result.text
    for group in TEASERS[lang]:
        assert group[3] not in result.text


def test_sections_with_subheadings_are_not_teasers():
    prose = PROSE["en"]
    sections = "\n\n".join(
        f"{head}\n\n{prose}\n\n{prose.replace('Monday', day)} {prose}"
        for head, day in (("The vote", "Tuesday"), ("The costs", "Wednesday"), ("What comes next", "Thursday"), ("Reactions", "Friday"))
    )
    page = (f"Home\nNews\n\nHeadline of the story\n\n{prose}\n\nShare\nFacebook\nTwitter\n\nAdvertisement\n\n"
            f"{sections}\n\n© 2024 Example Media\n")
    result = clean(page)
    assert "What comes next" in result.text and result.text.count(prose) >= 4


CRUMB_TRAILS = {
    "en": ("Home News Business", "Port strike ends after two weeks of talks"),
    "de": ("Startseite Region Köln", "Stadtrat bewilligt neue Radwege an den Ringen"),
    "fr": ("Accueil Actualités Société", "La grève des dockers prend fin après deux semaines"),
    "ru": ("Главная Новости Общество", "Забастовка в порту завершилась после двух недель переговоров"),
}


@pytest.mark.parametrize("lang", sorted(CRUMB_TRAILS))
def test_breadcrumb_printed_without_separators_before_the_headline(lang):
    trail, headline = CRUMB_TRAILS[lang]
    page = f"{trail} {headline}\n\n{headline}\n\n{article(lang)}\n"
    result = clean(page)
    assert trail not in result.text
    assert result.text.startswith(headline + "\n")
    assert _rules_of(result, trail) == {"navigation.crumb-trail"}


def test_menu_flattened_onto_one_line_is_not_prose():
    menu = ("Latest News Applications OS Channel Programs Cloud Components and Peripherals Data Center "
            "Internet of Things Managed Services Networking Security Storage and Backup Careers")
    page = f"{menu}\n\n{menu.replace('Latest', 'All')}\n\nCouncil approves cycling plan\n\n{article('en')}\n"
    result = clean(page)
    assert "Managed Services" not in result.text
    assert result.text.startswith("Council approves cycling plan\n")


# A cookie notice's link to its policy ('Подробнее', 'En savoir plus', 'Mehr erfahren', 'Learn more')
# right above the headline: the banner's, not the head of a list that would take the headline.
_COOKIE_LINK_PAGES = {
    "ru": ("Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
           "Подробнее", "Рекордная явка на выборах мэра Коврова", "Явка стала рекордной за двадцать лет",
           "Опубликовано 12 марта 2018, 16:10",
           "Жители Коврова избрали мэром Наталью Кравец — впервые в истории города этот пост займёт самовыдвиженец. "
           "За неё проголосовали 54 процента избирателей, сообщила городская избирательная комиссия в понедельник."),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.",
           "En savoir plus", "Le musée de Périgueux rouvre après dix-huit mois de travaux",
           "L'entrée sera gratuite pendant tout le premier mois", "Publié le 12 mars 2018 à 16h10",
           "Le musée municipal rouvre ses portes samedi après dix-huit mois de travaux de rénovation. La collection "
           "permanente a été entièrement réorganisée et trois nouvelles salles ont été ouvertes, a annoncé la mairie."),
    "de": ("Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Wenn Sie weitersurfen, stimmen Sie der Verwendung zu.",
           "Mehr erfahren", "Stadtmuseum öffnet nach anderthalb Jahren wieder", "Im ersten Monat ist der Eintritt frei",
           "Veröffentlicht am 12.03.2018, 16:10 Uhr",
           "Das Stadtmuseum öffnet am Samstag nach anderthalb Jahren Sanierung wieder seine Türen. Die Dauerausstellung "
           "wurde neu geordnet, drei neue Säle kommen hinzu, teilte die Stadtverwaltung am Montag mit."),
    "pt": ("Utilizamos cookies para melhorar a sua experiência. Ao continuar navegando, você concorda com a nossa política.",
           "Saiba mais", "Museu da cidade reabre após um ano e meio de obras", "Entrada será gratuita no primeiro mês",
           "Publicado em 12/03/2018 às 16h10",
           "O museu municipal reabre neste sábado depois de dezoito meses de reforma. O acervo permanente foi "
           "reorganizado e três novas salas serão abertas ao público, informou a prefeitura na segunda-feira."),
}


@pytest.mark.parametrize("lang", sorted(_COOKIE_LINK_PAGES))
def test_cookie_notice_link_heads_no_list(lang):
    cookie, link, headline, standfirst, dateline, body = _COOKIE_LINK_PAGES[lang]
    text = "\n".join(["Região Notícias", "", cookie, link, "", headline, "", standfirst, "", dateline, "", body, "",
                      "© 2018 Região Notícias."]) + "\n"
    result = clean(text)
    assert result.text.split("\n\n") == [headline, standfirst, body + "\n"]
    assert result.metadata["title"] == headline
    gone = {r.text: r.rule for r in result.removals}
    assert gone[cookie] == "promo.cookie" and link in gone


@pytest.mark.parametrize("label,values,lang", [
    ("Tags", "kart, calendário 2025, campeonato paulista, interlagos", "pt"),
    ("Schlagwörter:", "Lindenfels, Müllabfuhr, Gelbe Tonne, Abfuhrkalender", "de"),
    ("Mots-clés", "vacances scolaires, éducation, calendrier, zone B", "fr"),
])
def test_tags_under_a_bare_label(label, values, lang):
    """A tags label alone on its line, its tags on the next: both go, the tags to metadata."""
    body = PROSE[lang]
    text = f"Headline of the story\n\n{body}\n\n{body}\n\n{label}\n{values}\n"
    result = clean(text, language=lang)
    assert label not in result.text and values not in result.text
    assert result.metadata["tags"] == [v.strip() for v in values.split(",")]


_CARD = "SonnWerk Balkon 800 Duo\n4,6 / 5\nVorteile\nZwei Module mit je 430 Watt\nab 499 €\nAngebot ansehen\n"


def test_a_product_card_goes_whole():
    body = PROSE["de"]
    result = clean(f"Balkonkraftwerke im Test\n\n{body}\n\n{_CARD}\n{body} Noch ein Satz dazu.\n", language="de")
    gone = [r for r in result.removals if r.rule == "promo.product-card"]
    assert [line for r in gone for line in r.text.split("\n")] == _CARD.strip().split("\n")
    assert body in result.text


@pytest.mark.parametrize("card", [
    _CARD.replace("ab 499 €\n", "").replace("4,6 / 5\n", ""),            # no price or rating: a list
    _CARD.replace("Vorteile\n", "Die Module lassen sich in wenigen Minuten am Geländer montieren.\n"),  # a sentence
    _CARD.replace("Angebot ansehen\n", "Mehr erfahren\n"),               # no shop button
])
def test_what_is_not_a_product_card(card):
    body = PROSE["de"]
    result = clean(f"Balkonkraftwerke im Test\n\n{body}\n\n{card}\n{body} Noch ein Satz dazu.\n", language="de")
    assert not [r for r in result.removals if r.rule == "promo.product-card"]


_DISCLAIMER = ("This material is not intended to replace the advice of a qualified attorney, tax advisor or "
               "insurance agent. Before making any commitment, consult with the appropriate professional advisor.")


def test_legal_small_print_under_the_footer_goes():
    body = PROSE["en"]
    result = clean(f"Headline of the guide\n\n{body}\n\n{body} More.\n\n© 2025 Calloway Risk Partners. All rights reserved.\n\n"
                   f"{_DISCLAIMER}\n")
    assert _DISCLAIMER not in result.text
    assert any(r.rule == "legal.disclaimer" for r in result.removals)


def test_a_disclaimer_phrase_in_the_article_stays():
    """Above the footer, a paragraph quoting a disclaimer is the article's (one piece of evidence)."""
    body = PROSE["en"]
    result = clean(f"Headline of the guide\n\n{body}\n\n{_DISCLAIMER}\n\n{body} More.\n\n"
                   "© 2025 Calloway Risk Partners. All rights reserved.\n")
    assert _DISCLAIMER in result.text


def test_legal_small_print_right_over_the_footer_goes():
    body = PROSE["en"]
    result = clean(f"Headline of the guide\n\n{body}\n\n{body} More.\n\nSnow Hill, MD 21863\n\n{_DISCLAIMER}\n\n"
                   "Copyright © 2023 PSA Financial Advisors, Inc. All Rights Reserved.\n")
    assert _DISCLAIMER not in result.text
