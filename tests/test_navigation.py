"""Menus printed one item a line (navigation.menu-run) against lists that belong to the article."""
from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.document import Line
from cleaner.features import annotate
from cleaner.lexicon import lexicon_for
from cleaner.rules.navigation import _is_menu_like

_SOURCES = (
    "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3662288/\n"
    "https://www.jacc.org/doi/full/10.1016/j.jacc.2017.06.006\n"
    "https://onlinelibrary.wiley.com/doi/full/10.1002/clc.22863\n"
    "https://www.sciencedirect.com/science/article/abs/pii/S1050173818300240\n"
)

# (language, menu, headline, two paragraphs, the list's heading, footer)
_PAGES = [
    ("en", "Home\nNews\nHealth\nScience", "Study: plant-based diet lowers blood pressure",
     "A plant-based diet can lower blood pressure within a few weeks, a new review of twelve studies shows. "
     "The researchers compared data from more than 4,000 participants in Europe and North America.\n\n"
     "The effect was strongest among people who had eaten a lot of processed meat before. The authors still "
     "advise changing diet step by step and asking a doctor first.",
     "References", "Privacy\nTerms\n© 2024 Health Daily"),
    ("de", "Startseite\nPolitik\nWirtschaft\nSport", "Neue Studie: Pflanzliche Ernährung senkt Blutdruck deutlich",
     "Eine pflanzenbasierte Ernährung kann den Blutdruck innerhalb weniger Wochen senken, wie eine neue "
     "Auswertung von zwölf Studien zeigt. Die Forschenden verglichen Daten von mehr als 4000 Teilnehmern.\n\n"
     "Besonders deutlich war der Effekt bei Menschen, die zuvor viel verarbeitetes Fleisch gegessen hatten. "
     "Die Autoren raten dennoch, die Ernährung schrittweise umzustellen.",
     "Quellen:", "Impressum\nDatenschutz\n© 2024 Gesundheitsblatt"),
    ("es", "Portada\nNacional\nInternacional\nDeportes", "Un estudio vincula la dieta vegetal con una tensión más baja",
     "Una dieta basada en plantas puede reducir la presión arterial en pocas semanas, según una revisión de doce "
     "estudios publicada este martes. Los investigadores compararon datos de más de 4.000 participantes.\n\n"
     "El efecto fue mayor entre quienes antes comían mucha carne procesada. Los autores recomiendan, aun así, "
     "cambiar la dieta poco a poco y consultar antes con un médico.",
     "Fuentes", "Aviso legal\nPrivacidad\n© 2024 Diario Salud"),
    ("ru", "Главная\nНовости\nЗдоровье\nНаука", "Растительная диета снижает давление, показало исследование",
     "Растительная диета может снизить артериальное давление за несколько недель, показал обзор двенадцати "
     "исследований. Учёные сравнили данные более чем 4000 участников из Европы и Северной Америки.\n\n"
     "Сильнее всего эффект проявился у тех, кто раньше ел много колбасы и других мясных продуктов. Авторы "
     "советуют менять рацион постепенно и сначала посоветоваться с врачом.",
     "Источники", "Политика конфиденциальности\n© 2024 Медицинская газета"),
    ("zh", "首页\n新闻\n健康\n科技", "研究：植物性饮食可明显降低血压",
     "一项汇总了十二项研究的新分析显示，植物性饮食可在几周内降低血压。研究人员比较了欧洲和北美四千多名参与者的数据。\n\n"
     "此前经常食用加工肉类的人效果最为明显。作者建议循序渐进地调整饮食，并事先咨询医生。",
     "参考资料", "隐私政策\n© 2024 健康时报"),
]


@pytest.mark.parametrize("page", _PAGES, ids=[p[0] for p in _PAGES])
def test_a_list_of_source_addresses_is_no_menu(page) -> None:
    _, menu, headline, body, heading, footer = page
    text = f"{menu}\n\n{headline}\n\n{body}\n\n{heading}\n{_SOURCES}\n{footer}\n"
    result = clean(text)
    for address in _SOURCES.split():
        assert address in result.text.split("\n")
    assert menu.split("\n")[0] not in result.text.split("\n")
    assert not any(r.rule == "navigation.menu-run" and "://" in r.text for r in result.removals)


def _line(text: str) -> Line:
    line = Line(1, text, 0)
    annotate(line, lexicon_for(("en",)).stopwords)
    return line


def test_menu_like_lines() -> None:
    lex = lexicon_for(("en",))
    assert _is_menu_like(_line("World News"), lex)
    assert not _is_menu_like(_line("https://www.jacc.org/doi/full/10.1016/j.jacc.2017.06.006"), lex)
    assert not _is_menu_like(_line("The council voted on Tuesday to approve the plan."), lex)


_CITIES_PAGE = """\
Aluguel sem fiador: as opções

Conseguir um fiador com imóvel quitado na mesma cidade é cada vez mais difícil, e muitos proprietários já aceitam outras garantias.

Imóveis para alugar por cidade:
Curitiba
Recife
Salvador
Fortaleza
Manaus
Belém

Caução
A caução é um depósito feito pelo inquilino no início do contrato, limitado por lei a três aluguéis.

Seguro-fiança
No seguro-fiança, uma seguradora cobre o proprietário se o inquilino deixar de pagar o aluguel.
"""


def test_a_menu_run_takes_its_label_and_stops_at_a_heading_over_its_paragraph():
    result = clean(_CITIES_PAGE, language="pt")
    gone = {r.text: r.rule for r in result.removals}
    assert gone.get("Imóveis para alugar por cidade:") == "navigation.menu-run"
    assert gone.get("Curitiba\nRecife\nSalvador\nFortaleza\nManaus\nBelém") == "navigation.menu-run"
    assert "Caução" not in gone or gone["Caução"] != "navigation.menu-run"  # the next section's heading
    assert "A caução é um depósito" in result.text


def test_a_sentence_over_a_menu_is_no_label():
    page = _CITIES_PAGE.replace("Imóveis para alugar por cidade:", "Veja os imóveis para alugar nas cidades abaixo.")
    result = clean(page, language="pt")
    assert "Veja os imóveis para alugar nas cidades abaixo." in result.text
