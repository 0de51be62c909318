"""One ordinary news sentence per language, and small articles made of it, for the tests that
build pages around an article (bylines, boxes, teasers, trails) in several languages."""
from __future__ import annotations

PROSE = {
    "en": "The city council approved the new cycling plan on Monday after a long debate about costs, safety and parking.",
    "de": "Der Stadtrat hat am Montag nach langer Debatte über Kosten, Sicherheit und Parkplätze den neuen Radverkehrsplan beschlossen.",
    "fr": "Le conseil municipal a adopté lundi le nouveau plan vélo après un long débat sur les coûts, la sécurité et le stationnement.",
    "es": "El pleno del ayuntamiento aprobó el lunes el nuevo plan de bicicletas tras un largo debate sobre costes, seguridad y aparcamiento.",
    "pt": "A câmara municipal aprovou na segunda-feira o novo plano de ciclovias depois de um longo debate sobre custos, segurança e estacionamento.",
    "ru": "Городская дума в понедельник после долгих споров о расходах, безопасности и парковках утвердила новый план велодорожек.",
    "zh": "市议会周一在就费用、安全和停车问题进行长时间辩论后，批准了新的自行车道规划，工程将于明年春天开工。",
}


def article(lang: str) -> str:
    """Three paragraphs, none a copy of another (a copy would be dropped as a duplicate)."""
    p = PROSE[lang]
    return f"{p}\n\n{p} {p}\n\n{p} {p} {p}"
