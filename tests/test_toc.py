"""navigation.toc: a table of contents goes, the section headings it lists stay."""
from __future__ import annotations

import pytest

from cleaner import clean
from samples import PROSE

HEADINGS = {
    "en": ("Jump to:", ["Choosing a frame", "The motor", "Battery and range", "Grants and aid"]),
    "fr": ("Aller à :", ["Quel type de vélo ?", "Le moteur", "La batterie et l'autonomie", "Les aides à l'achat"]),
    "de": ("Inhalt", ["Welcher Rahmen?", "Der Motor", "Akku und Reichweite", "Förderung"]),
    "es": ("Índice", ["Qué cuadro elegir", "El motor", "Batería y autonomía", "Ayudas a la compra"]),
    "ru": ("Содержание", ["Какая рама нужна", "Мотор", "Батарея и запас хода", "Субсидии"]),
    "zh": ("目录", ["怎样选车架", "电机", "电池与续航", "购车补贴"]),
}


def _page(label: str, headings: list[str], prose: str) -> str:
    toc = "\n".join(headings)
    words = prose.rstrip(".。").split()
    variants = [" ".join(words[k:] + words[:k]) for k in range(1, 2 * len(headings) + 2)]  # no paragraph a copy
    sections = "\n\n".join(f"{h}\n\n{variants[2 * n]}.\n\n{variants[2 * n + 1]}." for n, h in enumerate(headings))
    return f"Headline of the guide\n\n{prose}\n\n{variants[-1]}.\n\n{label}\n{toc}\n\n{sections}\n"


@pytest.mark.parametrize("language", sorted(HEADINGS))
def test_a_table_of_contents_goes_and_its_headings_stay(language):
    label, headings = HEADINGS[language]
    result = clean(_page(label, headings, PROSE[language]), language=language)
    toc = [r for r in result.removals if r.rule == "navigation.toc"]
    assert [(r.first_line, r.last_line) for r in toc][-1:] == [(8, 11)]  # the four items (the label may go by another rule)
    assert label not in result.text
    for heading in headings:
        assert result.text.count(heading) == 1


def test_lines_repeated_in_a_block_or_a_schedule_are_no_table_of_contents():
    prose = PROSE["en"]
    days = "\n".join(["Monday. Rest day", "Tuesday. Easy run", "Wednesday. Rest day", "Thursday. Tempo run"])
    page = f"Headline\n\n{prose}\n\n{days}\n\n{prose} One.\n\n{days}\n\n{prose} Two.\n\n{days}\n"
    assert not [r for r in clean(page).removals if r.rule == "navigation.toc"]
    box = "\n".join(["Charges quickly", "Easy setup", "Hey Siri support", "Double-tap to skip"])
    page = f"Headline\n\n{prose}\n\n{box}\n\n{prose} One.\n\n{box}\n\n{prose} Two.\n"
    assert not [r for r in clean(page).removals if r.rule == "navigation.toc"]
