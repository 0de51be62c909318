"""Video-player widgets printed into the text ('JUST WATCHED', 'Replay', 'More Videos ...'): their
labels are menu items in every language, so the playlist under them is not read as the article."""
from __future__ import annotations

import pytest

from cleaner import clean
from samples import PROSE, article

LABELS = {
    "en": ["JUST WATCHED", "Replay", "More Videos ...", "MUST WATCH"],
    "de": ["Weitere Videos", "Nächstes Video", "Video abspielen"],
    "fr": ["Vidéo suivante", "Plus de vidéos", "Lire la vidéo"],
    "es": ["Más vídeos", "Siguiente vídeo", "Reproducir"],
    "ru": ["Ещё видео", "Следующее видео", "Смотреть видео"],
    "zh": ["更多视频", "下一个视频", "重播"],
}


@pytest.mark.parametrize("language", sorted(LABELS))
def test_video_widget_labels_go(language):
    labels = LABELS[language]
    widget = "\n\n".join(labels)
    result = clean(f"Headline of the day\n\n{widget}\n\n{article(language)}\n", language=language)
    gone = {r.text for r in result.removals if r.rule == "navigation.item"}
    assert set(labels) <= gone
    assert PROSE[language] in result.text
