#!/usr/bin/env python3
"""Second trap generator: issue 9's page classes as other sites print them, written independently of
bench/traps.py (without reading bench/traps_text.py or its gen_* functions; only its Page, score and
summarise API is reused), to see how much of the engine's trap figures was tuning to one generator.

    python bench/traps_holdout.py                       # 10 classes x 7 languages, 10 pages a cell
    python bench/traps_holdout.py --lang de,zh --class aside6 --show-failures 3
    python bench/traps_holdout.py --seed 5 --per-cell 30 --dump /tmp/holdout-pages

It was a holdout when written (stop 14): the engine kept 0.923 of the article lines on it against
0.994 on bench/traps.py. The fixes that followed were made for the classes its failures showed, so
from then on it is a second development generator, not a holdout; tests/test_traps_gate.py holds
the engine to its floors too (bench/trap_floors.json, "second").

Site styles: WordPress blog, regional paper, wire-service mirror, portal (Sina/NetEase, G1/UOL style),
mailing-list archive, Markdown export; modifiers: no blank lines at all, headline printed twice,
ALL-CAPS section labels. Every line is labelled article / junk / neutral as the page is built.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.traps import ARTICLE, JUNK, NEUTRAL, Page, removal_of, rule_of, score, summarise  # noqa: E402

CLASSES = ("hardwrap", "aside6", "latest_menu", "comment_label", "quoted_copyright", "short_vs_sidebar",
           "standfirst", "agency_byline", "fontsize_widget", "liveblog")
STYLES = ("wordpress", "regional", "wire", "portal", "mailing", "markdown")

# ----------------------------------------------------------------------------------------------- language data
# {P} person, {Q} another person, {T} town, {N} small number, {M} larger number, {Y} year, {S} site name.
L: dict[str, dict] = {}
# "sent" lists the same fourteen stories in the same order in every language, "heads" and "heads2" two
# headlines for each: council pool, derby, rain warning, bakery chain, care-home court case, blood test,
# road closure, school merger, van crash, museum, fire, mayoral election, apple harvest, maternity ward.
# TOPIC_STARTS[i] is the index of story i's first sentence.
TOPIC_STARTS = (0, 6, 11, 15, 20, 25, 30, 34, 37, 39, 41, 43, 47, 51)

L["en"] = dict(
    persons=["Sarah Whitcombe", "Tom Ashdown", "Priya Nair", "Gareth Llewellyn", "Helen Okafor", "Martin Doyle", "Ruth Abernethy"],
    towns=["Kettering", "Barnstaple", "Hexham", "Ludlow", "Penrith", "Thetford", "Wrexham"],
    sites=["The Valley Echo", "Northgate Gazette", "Riverside Chronicle", "WireFeed Mirror", "Harbour Weekly"],
    sent=[
        "The {T} council voted {N} to 3 on Tuesday night to close the old swimming pool at the end of the summer.",
        "Councillors said repairs to the roof and the heating system would have cost more than the building is worth.",
        "Residents packed the public gallery, and several held up handwritten signs asking the council to think again.",
        "{P}, who chairs the finance committee, said the decision had been painful but unavoidable.",
        "A new leisure centre on the edge of town is expected to open in two years, although the funding has not been fully agreed.",
        "The council will publish a list of the clubs and classes affected next month.",
        "{T} United came from two goals down to draw 2-2 with their local rivals on Saturday afternoon.",
        "The equaliser arrived in the fourth minute of stoppage time, a header from the substitute {Q}.",
        "The manager admitted afterwards that his side had been second best for most of the first half.",
        "A crowd of just over {M} watched the match in steady rain.",
        "The club stays fourth in the table, three points behind the promotion places with eight games left.",
        "Forecasters have issued a yellow warning for heavy rain across the region from Thursday morning.",
        "Up to 60 millimetres could fall on higher ground, with a risk of flooding on low-lying roads.",
        "Drivers are being advised to allow extra time and not to drive through standing water.",
        "Temperatures are expected to recover by the weekend, when a drier spell should begin.",
        "The bakery chain said on Monday that it would open {N} new shops over the next year, creating around {M} jobs.",
        "Sales rose by 7 percent in the six months to June, helped by strong demand for its breakfast range.",
        "Shares in the company closed 4 percent higher after the announcement.",
        "Analysts said rising energy and ingredient costs remained the biggest risk to profits.",
        "The firm's chief executive, {P}, said the expansion would focus on smaller towns rather than city centres.",
        "A former care home manager has been jailed for three years for stealing money from elderly residents.",
        "The court heard that she had taken more than £{M} from the bank accounts of {N} people over four years.",
        "The judge called the thefts a gross breach of trust against people who could not protect themselves.",
        "Her lawyer told the court that she had fallen into serious debt and had shown genuine remorse.",
        "Outside the court, relatives of the victims said they were relieved the case was finally over.",
        "Researchers at the University of {T} say a simple blood test may detect a common liver disease years earlier.",
        "The study followed more than {M} patients for five years and was published in a peer-reviewed journal this week.",
        "The team stressed that the test still has to be tried in a larger group before hospitals can use it.",
        "{P}, who led the research, said early diagnosis could spare many patients years of treatment.",
        "Independent experts welcomed the findings but warned against expecting quick changes in clinics.",
        "The main road into the town centre will be closed for resurfacing for three weeks from Monday.",
        "Buses will be diverted along the ring road, and a temporary stop will be set up outside the library.",
        "Shop owners say the timing, just before the school holidays, could hardly be worse.",
        "The work was first planned for last autumn but was put off because of a shortage of materials.",
        "Two primary schools in {T} are to merge next year after a sharp fall in pupil numbers.",
        "Parents were told about the plan in a letter sent home on Friday.",
        "The head teacher said no member of staff would lose their job because of the merger.",
        "Police are appealing for witnesses after a van crashed into a shop front on the high street early on Sunday.",
        "Nobody was hurt, but the building has been declared unsafe and part of the street remains closed.",
        "The town museum reopens to the public on Saturday after an eighteen-month renovation.",
        "Entry will be free for the first month, and visitors are asked to book a time slot online.",
        "Firefighters spent most of the night bringing the blaze at the recycling plant under control.",
        "It is not yet known what caused the fire, and an investigation has begun.",
    ],
    heads=["Council votes to shut {T} swimming pool after 60 years", "{T} United snatch late draw in derby",
           "Heavy rain warning issued for {T} and surrounding villages", "Bakery chain to open {N} new shops",
           "Care home manager jailed for stealing from residents", "Blood test could spot liver disease years earlier, {T} study finds",
           "Main road into {T} to close for three weeks", "Two {T} primary schools to merge as pupil numbers fall",
           "Van crashes into shop front on {T} high street", "{T} museum reopens after 18-month makeover",
           "Fire at recycling plant brought under control overnight"],
    stand=["The vote follows months of protests by residents and swimming clubs",
           "A stoppage-time header rescues a point for the home side", "Up to 60mm could fall on higher ground from Thursday",
           "The firm says demand for its breakfast range keeps growing", "Judge calls the thefts a gross breach of trust",
           "Researchers say the test still needs wider trials", "Traders fear the timing could hurt summer trade",
           "Parents were told of the plan in a letter on Friday", "Nobody was hurt but the building has been declared unsafe",
           "Visitors can get in free for the first month", "Firefighters worked through the night at the site",
           "Turnout was the highest in more than twenty years", "Growers blame the driest summer in years",
           "The new unit has a birthing pool and family rooms"],
    menu=["Home", "News", "Sport", "Business", "Opinion", "Weather", "Lifestyle", "Community", "What's On", "Jobs", "Obituaries", "Video"],
    latest=["Latest", "Updates", "Breaking", "Trending"],
    readmore=["Read more:", "Related:", "See also:", "More on this story:"],
    related=["Related stories", "More from {S}", "Most read", "You may also like", "Recommended for you"],
    share=[["Share this article", "Facebook", "Twitter", "WhatsApp", "Email"], ["Share on Facebook", "Share on X", "Copy link"],
           ["SHARE", "TWEET", "EMAIL"], ["Share: Facebook | Twitter | LinkedIn | Email"]],
    cookie=["We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
            "Accept all cookies", "Manage preferences"],
    newsletter=["Sign up for our free daily newsletter", "Get the top stories delivered to your inbox every morning.",
                "Enter your email address", "Subscribe"],
    footer=["© {Y} {S}. All rights reserved.", "Copyright © {Y} {S} Ltd. All rights reserved.", "All content © {S} {Y}"],
    footer_links=["About us | Contact | Advertise | Privacy policy | Terms of use", "Privacy · Terms · Cookies · Accessibility"],
    ad="Advertisement",
    pagination=["1 2 3 Next", "« Previous 1 2 3 4 Next »", "Page 1 of 3", "Older posts"],
    tags=["council", "leisure", "football", "weather", "business", "courts", "health", "transport", "education", "police", "{T}"],
    tags_label="Tags:",
    comment_labels=["Comments", "Leave a comment", "Join the conversation", "Show comments", "{N} comments"],
    comments=["Absolute disgrace, that pool has been there since I was a kid.", "Great result, the lads never gave up!",
              "Same story every winter, nobody ever fixes the drains on that road.", "Who is going to pay for all this? We are, as usual.",
              "Well done to everyone involved, lovely to see the museum open again.", "Typical. Close everything and then wonder why the town is dying."],
    says=["{Q} says:", "{Q} on {D}/{MO}/{Y}", "{Q} · {N} likes", "Posted by {Q}"],
    reply="Reply",
    reply_form=["Your email address will not be published. Required fields are marked *", "Name *", "Email *", "Post Comment"],
    bio=["{P} is a senior reporter at {S}, covering local government and health.", "Before joining the paper she spent ten years at a regional radio station.",
         "He writes about courts and crime and lives in {U} with his family.", "You can follow her work on social media or write to the newsdesk."],
    about_author="About the author",
    bylines=["By {P}", "By {P}, Staff Writer", "By {P}, Local Democracy Reporter", "{P}, Chief Reporter", "Words by {P}"],
    agency=["By AP", "By Reuters", "By AFP", "By PA Media", "Associated Press", "By Press Association"],
    dateline=["LONDON (Reuters) —", "{T}, England (AP) —", "{T} —", "BIRMINGHAM (PA) -"],
    dates=["{D} March {Y}", "Published {D}/{MO}/{Y} {H}:{MI}", "Updated {H}:{MI}, {D} June {Y}", "{MO}/{D}/{Y}"],
    updated=["Last updated {H}:{MI}", "Updated {N} minutes ago"],
    live="LIVE",
    captions=["Residents outside the {T} leisure centre on Tuesday evening", "The scene on the high street on Sunday morning",
              "{P} speaking at the meeting"],
    credits=["Photo: {Q}", "Image: Getty Images", "(Photo: {Q}/Reuters)", "Picture: Supplied"],
    fontsize=["Text size: A A A", "Font size: A- A+", "A  A  A  Text size", "Reading mode: Aa"],
    copyq=['The leaflet handed out at the meeting ended with the line "© {Y} {Q}. All rights reserved.", which drew laughter from the gallery.',
           '"© {Y} {Q}. All rights reserved." was printed under each of the photographs, the court was told, although none of them had been licensed.',
           'The letter, signed by {Q}, closed with "Copyright {Y} {Q}. All rights reserved." and a warning not to share it.'],
    crumb=["Home > News > {T}", "News / Local / {T}", "Home » Sport » Football", "You are here: Home > Business"],
    portal_nav=["Home | News | Sport | Business | Entertainment | Tech | Travel | Video", "NEWS  SPORT  WEATHER  IPLAYER  SOUNDS"],
    tagline=["News and views from {T} and the valley", "Your local news since 1887"],
    source=["Source: PA Media", "Source: {S}"],
    wire_credit=["(Reporting by {Q}; Editing by {P})", "Additional reporting by {Q}."],
    wp=["Posted on", "Posted in", "Tagged", "Leave a Reply", "Proudly powered by WordPress"],
)
L["en"]["sent"] += [
    "Voters in {T} have elected {P} as the town's first independent mayor, ending decades of party control.",
    "Turnout was 41 percent, the highest in a local election for more than twenty years.",
    "In a short victory speech, the new mayor promised to put housing and bus services at the top of the agenda.",
    "The defeated candidate offered congratulations and will keep a seat on the council.",
    "Apple growers around {T} expect their harvest to be a third smaller than usual after the dry summer.",
    "Many trees dropped their fruit early, and the apples that remain are smaller than buyers want.",
    "Farmers say they will ask supermarkets to accept smaller fruit rather than let it go to waste.",
    "Some orchards are already paying for water to be brought in by lorry.",
    "A new maternity ward has opened at {T} General Hospital after two years of building work.",
    "It has {N} beds, a birthing pool and private rooms where partners can stay overnight.",
    "Midwives had campaigned for years for the old unit, built in the 1960s, to be replaced.",
    "The first baby born on the new ward, a girl, arrived shortly after midnight on Monday.",
]
L["en"]["heads"] += ["Independent wins mayoral race in {T}", "Dry summer cuts {T} apple harvest by a third", "New maternity ward opens at {T} hospital"]
L["en"]["heads2"] = [
    "Swimming pool to close despite protests", "Derby ends all square after stoppage-time header", "Yellow weather warning: up to 60mm of rain expected",
    "Bakery group plans {M} new jobs", "Former care home boss stole from {N} residents, court hears", "Scientists hail simple liver test",
    "Three weeks of roadworks for {T} town centre", "Falling pupil numbers force school merger", "Witness appeal after van hits shop",
    "Free entry as museum reopens its doors", "Cause of recycling plant fire still unknown", "{P} elected mayor on record turnout",
    "Orchards struggle after driest summer in years", "First baby born on new maternity ward"]

L["de"] = dict(
    persons=["Andrea Vogelsang", "Klaus Brettschneider", "Miriam Özdemir", "Jens Hartwig", "Sabine Kühnle", "Florian Reisacher", "Ute Lindemann"],
    towns=["Bad Kreuznach", "Lüdenscheid", "Donauwörth", "Neumünster", "Sigmaringen", "Gifhorn", "Zwickau"],
    sites=["Kreisbote", "Allgemeine Zeitung Online", "Landeszeitung", "Neue Rundschau", "Heimatblatt"],
    sent=[
        "Der Gemeinderat von {T} hat am Dienstagabend mit {N} zu 3 Stimmen beschlossen, das alte Hallenbad zum Ende des Sommers zu schließen.",
        "Die Sanierung von Dach und Heizung hätte nach Angaben der Verwaltung mehr gekostet, als das Gebäude noch wert ist.",
        "Zahlreiche Bürgerinnen und Bürger verfolgten die Sitzung, einige hielten selbst gemalte Plakate hoch.",
        "„Die Entscheidung ist uns nicht leichtgefallen“, sagte {P} vom Finanzausschuss des Gemeinderats.",
        "Ein neues Freizeitbad am Stadtrand soll in zwei Jahren eröffnen, die Finanzierung ist allerdings noch nicht gesichert.",
        "Welche Vereine und Kurse betroffen sind, will die Stadt im kommenden Monat bekanntgeben.",
        "Der FC {T} hat am Samstag nach einem 0:2-Rückstand noch ein 2:2 gegen den Lokalrivalen erreicht.",
        "Den Ausgleich erzielte der eingewechselte {Q} in der vierten Minute der Nachspielzeit per Kopf.",
        "Der Trainer räumte nach dem Spiel ein, dass seine Mannschaft in der ersten Halbzeit klar unterlegen war.",
        "Knapp {M} Zuschauer sahen die Partie bei Dauerregen.",
        "Der Verein bleibt Tabellenvierter, drei Punkte hinter den Aufstiegsplätzen, bei noch acht ausstehenden Spielen.",
        "Der Deutsche Wetterdienst warnt ab Donnerstagmorgen vor Starkregen in der gesamten Region.",
        "In höheren Lagen können bis zu 60 Liter pro Quadratmeter fallen, auf tief gelegenen Straßen drohen Überflutungen.",
        "Autofahrer sollen mehr Zeit einplanen und überflutete Abschnitte auf keinen Fall durchfahren.",
        "Zum Wochenende hin sollen die Temperaturen wieder steigen, dann wird es auch trockener.",
        "Die Bäckereikette will im kommenden Jahr {N} neue Filialen eröffnen und rund {M} Arbeitsplätze schaffen.",
        "Der Umsatz stieg im ersten Halbjahr um sieben Prozent, getragen vor allem vom Frühstücksgeschäft.",
        "Die Aktie schloss nach der Ankündigung mit einem Plus von vier Prozent.",
        "Analysten sehen in den gestiegenen Energie- und Rohstoffkosten weiterhin das größte Risiko für den Gewinn.",
        "Geschäftsführer {P} sagte, man wolle sich vor allem auf kleinere Städte konzentrieren.",
        "Das Landgericht hat eine ehemalige Pflegeheimleiterin zu drei Jahren Haft verurteilt.",
        "Sie hatte nach Überzeugung des Gerichts über vier Jahre hinweg mehr als {M} Euro von den Konten von {N} Bewohnern abgehoben.",
        "Der Vorsitzende Richter sprach von einem schweren Vertrauensbruch gegenüber Menschen, die sich nicht wehren konnten.",
        "Ihr Verteidiger verwies auf hohe Schulden und betonte, seine Mandantin bereue die Taten aufrichtig.",
        "Angehörige der Opfer zeigten sich nach der Urteilsverkündung erleichtert.",
        "Forschende der Universität {T} haben einen einfachen Bluttest entwickelt, der eine verbreitete Lebererkrankung früher erkennen soll.",
        "Für die Studie wurden mehr als {M} Patientinnen und Patienten fünf Jahre lang begleitet.",
        "Bevor der Test in Kliniken eingesetzt werden kann, muss er noch an einer größeren Gruppe überprüft werden.",
        "Studienleiter {P} sagte, eine frühe Diagnose könne vielen Betroffenen jahrelange Behandlungen ersparen.",
        "Unabhängige Fachleute begrüßten die Ergebnisse, warnten aber vor zu hohen Erwartungen.",
        "Die Hauptstraße in die Innenstadt wird ab Montag für drei Wochen wegen Fahrbahnsanierung gesperrt.",
        "Die Busse werden über die Umgehungsstraße umgeleitet, eine Ersatzhaltestelle wird vor der Stadtbibliothek eingerichtet.",
        "Die Einzelhändler halten den Zeitpunkt kurz vor den Schulferien für denkbar ungünstig.",
        "Ursprünglich waren die Arbeiten für den vergangenen Herbst geplant, sie mussten jedoch wegen Materialmangels verschoben werden.",
        "Zwei Grundschulen in {T} sollen im kommenden Jahr wegen stark gesunkener Schülerzahlen zusammengelegt werden.",
        "Die Eltern wurden am Freitag in einem Brief über die Pläne informiert.",
        "Laut Schulleitung verliert durch die Zusammenlegung niemand seinen Arbeitsplatz.",
        "Die Polizei sucht Zeugen, nachdem ein Transporter in der Nacht zum Sonntag in ein Schaufenster in der Fußgängerzone gefahren ist.",
        "Verletzt wurde niemand, das Gebäude gilt jedoch als einsturzgefährdet.",
        "Das Heimatmuseum öffnet am Samstag nach anderthalbjähriger Sanierung wieder seine Türen.",
        "Im ersten Monat ist der Eintritt frei, Besucher sollen vorab online ein Zeitfenster buchen.",
        "Die Feuerwehr war mit mehr als {N} Einsatzkräften bis in die frühen Morgenstunden im Einsatz.",
        "Die Brandursache ist noch unklar, die Kriminalpolizei hat die Ermittlungen aufgenommen.",
    ],
    heads=["Hallenbad in {T} schließt nach 60 Jahren", "Last-Minute-Ausgleich im Derby: FC {T} holt ein 2:2",
           "Unwetterwarnung: Starkregen im Raum {T} erwartet", "Bäckereikette plant {N} neue Filialen",
           "Drei Jahre Haft für frühere Heimleiterin", "Bluttest aus {T} soll Lebererkrankung früher erkennen",
           "Hauptstraße in {T} drei Wochen gesperrt", "Zwei Grundschulen in {T} werden zusammengelegt",
           "Transporter kracht in Schaufenster", "Heimatmuseum {T} öffnet wieder", "Großbrand in Recyclinganlage gelöscht"],
    stand=["Nach monatelangen Protesten fällt die Entscheidung im Gemeinderat",
           "Ein Kopfball in der Nachspielzeit rettet einen Punkt", "Bis zu 60 Liter pro Quadratmeter in höheren Lagen möglich",
           "Das Frühstücksgeschäft treibt den Umsatz", "Richter spricht von schwerem Vertrauensbruch",
           "Forschende wollen den Test nun an mehr Menschen prüfen", "Händler fürchten Einbußen vor den Ferien",
           "Die Eltern wurden per Brief informiert", "Verletzt wurde niemand, das Haus ist aber einsturzgefährdet",
           "Im ersten Monat ist der Eintritt frei", "Die Feuerwehr war die ganze Nacht im Einsatz",
           "Höchste Wahlbeteiligung seit mehr als zwanzig Jahren", "Obstbauern klagen über den trockensten Sommer seit Jahren",
           "Gebärwanne und Familienzimmer für werdende Eltern"],
    menu=["Startseite", "Lokales", "Sport", "Wirtschaft", "Kultur", "Politik", "Region", "Service", "Anzeigen", "Traueranzeigen", "E-Paper", "Abo"],
    latest=["Aktuell", "Neueste", "Eilmeldungen", "Meistgelesen"],
    readmore=["Lesen Sie auch:", "Mehr zum Thema:", "Auch interessant:", "Das könnte Sie auch interessieren:"],
    related=["Weitere Artikel", "Mehr aus {T}", "Meistgelesen", "Neueste Artikel aus der Region"],
    share=[["Artikel teilen", "Facebook", "Twitter", "WhatsApp", "E-Mail"], ["Auf Facebook teilen", "Per E-Mail versenden", "Link kopieren"],
           ["Teilen: Facebook | X | WhatsApp | Drucken"]],
    cookie=["Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Mit der Nutzung stimmen Sie dem zu.",
            "Alle akzeptieren", "Einstellungen"],
    newsletter=["Jetzt zum kostenlosen Newsletter anmelden", "Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.",
                "E-Mail-Adresse eingeben", "Anmelden"],
    footer=["© {Y} {S}. Alle Rechte vorbehalten.", "Copyright © {Y} {S} GmbH & Co. KG", "© {S} {Y} – Alle Rechte vorbehalten"],
    footer_links=["Impressum | Datenschutz | AGB | Kontakt | Mediadaten", "Impressum · Datenschutz · Cookie-Einstellungen"],
    ad="Anzeige",
    pagination=["1 2 3 Weiter", "« Zurück 1 2 3 Vor »", "Seite 1 von 3", "Nächste Seite"],
    tags=["Gemeinderat", "Freizeit", "Fußball", "Wetter", "Wirtschaft", "Justiz", "Gesundheit", "Verkehr", "Schule", "Polizei", "{T}"],
    tags_label="Schlagworte:",
    comment_labels=["Kommentare", "Kommentar schreiben", "Diskutieren Sie mit", "{N} Kommentare", "Leserkommentare"],
    comments=["Eine Schande, in dem Bad habe ich schwimmen gelernt.", "Starke Moral, Jungs, weiter so!",
              "Jedes Jahr dasselbe, und keiner kümmert sich um die Gullys.", "Und wer zahlt das am Ende? Wir natürlich.",
              "Schön, dass das Museum endlich wieder offen ist.", "Erst alles schließen und sich dann über leere Innenstädte wundern."],
    says=["{Q} schrieb:", "{Q} am {D}.{MO}.{Y}", "Antwort von {Q}", "{Q} · {N} Likes"],
    reply="Antworten",
    reply_form=["Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "Name *", "E-Mail *", "Kommentar abschicken"],
    bio=["{P} ist Redakteurin im Lokalressort und berichtet über Kommunalpolitik und Gesundheit.",
         "Zuvor arbeitete sie zehn Jahre bei einem Regionalsender.", "Er schreibt über Justiz und Polizei und lebt mit seiner Familie in {U}.",
         "Hinweise und Themenvorschläge nimmt die Lokalredaktion gerne entgegen."],
    about_author="Über die Autorin",
    bylines=["Von {P}", "Von {P}, Redakteurin", "{P} (Lokalredaktion)", "Text: {P}", "Ein Artikel von {P}"],
    agency=["Von dpa", "dpa", "Von AFP", "(dpa/lnw)", "Quelle: dpa", "epd"],
    dateline=["{T} (dpa) -", "BERLIN (dpa) –", "{T}. –", "Hamburg (AFP) -"],
    dates=["{D}.{MO}.{Y}, {H}:{MI} Uhr", "Veröffentlicht am {D}.{MO}.{Y}", "Aktualisiert: {D}.{MO}.{Y} um {H}:{MI} Uhr", "{D}. März {Y}"],
    updated=["Zuletzt aktualisiert: {H}:{MI} Uhr", "Aktualisiert vor {N} Minuten"],
    live="LIVE-TICKER",
    captions=["Bürgerinnen und Bürger vor dem Hallenbad in {T}", "Die Unfallstelle in der Fußgängerzone am Sonntagmorgen", "{P} bei der Sitzung"],
    credits=["Foto: {Q}", "Foto: dpa", "Bild: Imago/{Q}", "© Foto: privat"],
    fontsize=["Schriftgröße: A A A", "Schrift: A- A+", "Textgröße ändern: A A A"],
    copyq=["Unter dem Flugblatt, das in der Sitzung verteilt wurde, stand „© {Y} {Q}. Alle Rechte vorbehalten.“, was im Saal für Gelächter sorgte.",
           "„© {Y} {Q}. Alle Rechte vorbehalten.“ stand nach Aussage der Zeugin unter jedem der Fotos, obwohl keines davon lizenziert war.",
           "Der Brief von {Q} endete mit dem Satz „Copyright {Y} {Q}, alle Rechte vorbehalten.“ und der Bitte, ihn nicht weiterzugeben."],
    crumb=["Startseite > Lokales > {T}", "Sie sind hier: Startseite › Region › {T}", "Home / Sport / Fußball"],
    portal_nav=["Startseite | Lokales | Sport | Wirtschaft | Kultur | Ratgeber | Anzeigen | E-Paper", "NACHRICHTEN  SPORT  WETTER  VIDEO"],
    tagline=["Nachrichten aus {T} und dem Umland", "Ihre Heimatzeitung seit 1872"],
    source=["Quelle: dpa", "Quelle: {S}"],
    wire_credit=["(Reporter: {Q}; redigiert von {P})", "Mitarbeit: {Q}"],
    wp=["Veröffentlicht am", "Veröffentlicht in", "Verschlagwortet mit", "Schreibe einen Kommentar", "Stolz präsentiert von WordPress"],
)
L["de"]["sent"] += [
    "Die Wählerinnen und Wähler in {T} haben {P} gewählt – zum ersten Mal steht ein parteiloses Stadtoberhaupt an der Spitze der Stadt.",
    "Die Wahlbeteiligung lag bei 41 Prozent und damit so hoch wie seit mehr als zwanzig Jahren nicht.",
    "In der ersten Rede nach der Wahl kündigte das neue Stadtoberhaupt an, sich vor allem um Wohnungen und den Busverkehr kümmern zu wollen.",
    "Der unterlegene Gegenkandidat gratulierte und will sein Mandat im Stadtrat behalten.",
    "Die Obstbauern rund um {T} rechnen nach dem trockenen Sommer mit einer um ein Drittel kleineren Apfelernte.",
    "Viele Bäume haben ihre Früchte früh abgeworfen, die übrigen Äpfel sind kleiner als vom Handel gewünscht.",
    "Die Erzeuger wollen die Supermärkte bitten, auch kleinere Früchte abzunehmen, statt sie verderben zu lassen.",
    "Einige Betriebe lassen bereits Wasser mit Tankwagen anliefern.",
    "Im Klinikum {T} ist nach zwei Jahren Bauzeit eine neue Geburtsstation eröffnet worden.",
    "Sie hat {N} Betten, eine Gebärwanne und Familienzimmer, in denen Partner übernachten können.",
    "Hebammen hatten jahrelang gefordert, die alte Station aus den Sechzigerjahren zu ersetzen.",
    "Das erste Baby auf der neuen Station, ein Mädchen, kam am Montag kurz nach Mitternacht zur Welt.",
]
L["de"]["heads"] += ["Überraschung in {T}: parteilos ins Rathaus", "Trockenheit: Apfelernte um {T} bricht ein", "Neue Geburtsstation im Klinikum {T} eröffnet"]
L["de"]["heads2"] = [
    "Trotz Protesten: Hallenbad muss schließen", "Kopfball in der Nachspielzeit rettet Remis", "Bis zu 60 Liter: Wetterdienst warnt vor Starkregen",
    "Bäckerei-Kette schafft {M} Stellen", "Heimleiterin bestahl {N} Bewohner", "Forschende feiern einfachen Lebertest",
    "Drei Wochen Baustelle in der Innenstadt von {T}", "Weniger Kinder: Grundschulen werden zusammengelegt", "Polizei sucht Zeugen nach Unfall in der Fußgängerzone",
    "Freier Eintritt zur Wiedereröffnung des Museums", "Ursache für Brand in Recyclinganlage weiter unklar", "Rekordbeteiligung bei der Bürgermeisterwahl",
    "Obstbauern kämpfen mit den Folgen des Dürresommers", "Erstes Baby auf neuer Geburtsstation"]

L["fr"] = dict(
    persons=["Claire Dubreuil", "Étienne Marchal", "Nadia Benali", "Julien Ferrand", "Sophie Lagarde", "Hugo Castel", "Martine Roussel"],
    towns=["Quimper", "Montauban", "Vesoul", "Saint-Brieuc", "Périgueux", "Millau", "Chambéry"],
    sites=["Le Courrier du Val", "La Dépêche locale", "Ouest Actu", "L'Écho républicain", "Info Régions"],
    sent=[
        "Le conseil municipal de {T} a voté mardi soir, par {N} voix contre 3, la fermeture de la vieille piscine à la fin de l'été.",
        "Selon la mairie, la réfection de la toiture et du chauffage aurait coûté plus cher que le bâtiment lui-même.",
        "Des dizaines d'habitants avaient pris place dans le public, certains brandissant des pancartes écrites à la main.",
        "« C'est une décision douloureuse, mais nous n'avions pas le choix », a déclaré {P}, en charge des finances à la mairie.",
        "Un nouveau centre aquatique doit ouvrir en périphérie d'ici deux ans, mais son financement n'est pas encore bouclé.",
        "La liste des clubs et des cours concernés sera publiée le mois prochain.",
        "Menés 2-0 à la pause, les joueurs de {T} ont arraché le match nul face à leur voisin samedi après-midi.",
        "L'égalisation est venue à la quatrième minute du temps additionnel, d'une tête du remplaçant {Q}.",
        "L'entraîneur a reconnu que son équipe avait été dominée pendant presque toute la première période.",
        "Un peu plus de {M} spectateurs ont assisté à la rencontre sous une pluie battante.",
        "Le club reste quatrième du classement, à trois points des places qualificatives, à huit journées de la fin.",
        "Météo-France a placé le département en vigilance jaune pour de fortes pluies à partir de jeudi matin.",
        "Jusqu'à 60 millimètres sont attendus sur les reliefs, avec un risque d'inondation sur les routes basses.",
        "Les automobilistes sont invités à prévoir plus de temps et à ne pas s'engager sur les voies inondées.",
        "Les températures devraient remonter en fin de semaine, avec le retour d'un temps plus sec.",
        "L'enseigne de boulangerie a annoncé lundi l'ouverture de {N} nouveaux magasins l'an prochain, soit environ {M} emplois.",
        "Son chiffre d'affaires a progressé de 7 % au premier semestre, porté par les ventes du petit-déjeuner.",
        "L'action a terminé la séance en hausse de 4 % après l'annonce.",
        "Pour les analystes, la hausse des prix de l'énergie et des matières premières reste le principal risque.",
        "Le directeur général, {P}, a indiqué que l'expansion viserait surtout les villes moyennes.",
        "Une ancienne directrice de maison de retraite a été condamnée à trois ans de prison pour avoir volé des résidents.",
        "Selon l'accusation, elle a prélevé plus de {M} euros sur les comptes de {N} pensionnaires en quatre ans.",
        "Le président du tribunal a dénoncé un grave abus de confiance envers des personnes vulnérables.",
        "Son avocat a évoqué de lourdes dettes et assuré que sa cliente regrettait sincèrement ses actes.",
        "À la sortie de l'audience, les familles des victimes se sont dites soulagées.",
        "Des chercheurs de l'université de {T} affirment qu'une simple prise de sang pourrait détecter plus tôt une maladie du foie.",
        "L'étude a suivi plus de {M} patients pendant cinq ans et vient d'être publiée dans une revue scientifique.",
        "L'équipe souligne que le test doit encore être validé sur un groupe plus large avant d'arriver à l'hôpital.",
        "{P}, qui a dirigé les travaux, estime qu'un diagnostic précoce éviterait des années de traitement à de nombreux malades.",
        "Des experts indépendants saluent ces résultats tout en appelant à la prudence.",
        "L'avenue principale menant au centre-ville sera fermée trois semaines à partir de lundi pour des travaux de voirie.",
        "Les bus seront déviés par la rocade et un arrêt provisoire sera installé devant la médiathèque.",
        "Les commerçants estiment que le calendrier, juste avant les vacances scolaires, ne pouvait pas être pire.",
        "Les travaux étaient initialement prévus l'automne dernier, mais ont été reportés faute de matériaux.",
        "Deux écoles primaires de {T} vont fusionner à la rentrée prochaine en raison de la forte baisse des effectifs.",
        "Les parents ont été informés vendredi par un courrier remis aux élèves.",
        "La directrice assure qu'aucun poste ne sera supprimé à la suite de cette fusion.",
        "La police lance un appel à témoins après qu'une camionnette a percuté la vitrine d'un commerce dans la nuit de samedi à dimanche.",
        "Personne n'a été blessé, mais l'immeuble a été déclaré en péril et la rue reste partiellement fermée.",
        "Le musée municipal rouvre ses portes samedi après dix-huit mois de travaux.",
        "L'entrée sera gratuite pendant le premier mois, sur réservation d'un créneau en ligne.",
        "Les pompiers ont lutté une bonne partie de la nuit contre l'incendie du centre de tri.",
        "L'origine du sinistre reste inconnue et une enquête a été ouverte.",
    ],
    heads=["{T} : la piscine municipale fermera à la fin de l'été", "Football : {T} arrache le nul dans le derby",
           "Vigilance jaune aux fortes pluies autour de {T}", "Une chaîne de boulangeries va ouvrir {N} magasins",
           "Trois ans de prison pour l'ancienne directrice d'Ehpad", "Une prise de sang pour dépister plus tôt les maladies du foie",
           "{T} : l'avenue principale fermée trois semaines", "Deux écoles de {T} vont fusionner", "Une camionnette percute une vitrine à {T}",
           "Le musée de {T} rouvre après dix-huit mois de travaux", "Incendie au centre de tri : le feu maîtrisé dans la nuit"],
    stand=["Après des mois de mobilisation, le conseil municipal a tranché", "Une tête dans le temps additionnel sauve un point",
           "Jusqu'à 60 mm attendus sur les reliefs dès jeudi", "Le petit-déjeuner tire les ventes de l'enseigne",
           "Le tribunal dénonce un grave abus de confiance", "Le test doit encore être validé à plus grande échelle",
           "Les commerçants craignent pour la saison", "Les parents ont été prévenus par courrier",
           "Pas de blessé mais un immeuble déclaré en péril", "L'entrée sera gratuite pendant un mois",
           "Les pompiers ont lutté toute la nuit", "Une participation inédite depuis vingt ans",
           "Les arboriculteurs paient le prix d'un été très sec", "Baignoire d'accouchement et chambres pour les conjoints"],
    menu=["Accueil", "Actualité", "Sports", "Économie", "Culture", "Faits divers", "Politique", "Région", "Météo", "Annonces", "Abonnement", "Vidéos"],
    latest=["Dernières", "Direct", "Actu", "Populaires"],
    readmore=["Lire aussi :", "À lire aussi", "Sur le même sujet :", "Voir aussi :"],
    related=["Articles liés", "Plus d'infos sur {T}", "Les plus lus", "Vous aimerez aussi"],
    share=[["Partager", "Facebook", "Twitter", "WhatsApp", "E-mail"], ["Partager sur Facebook", "Envoyer par e-mail", "Copier le lien"]],
    cookie=["Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.",
            "Tout accepter", "Paramétrer"],
    newsletter=["Inscrivez-vous à notre newsletter gratuite", "Recevez chaque matin l'essentiel de l'actualité locale.", "Votre adresse e-mail", "Je m'inscris"],
    footer=["© {Y} {S}. Tous droits réservés.", "Copyright © {Y} {S} – Tous droits de reproduction réservés"],
    footer_links=["Mentions légales | Contact | Publicité | Confidentialité | CGU", "Mentions légales · Cookies · Accessibilité"],
    ad="Publicité",
    pagination=["1 2 3 Suivant", "« Précédent 1 2 3 Suivant »", "Page 1 sur 3"],
    tags=["conseil municipal", "loisirs", "football", "météo", "économie", "justice", "santé", "transports", "éducation", "faits divers", "{T}"],
    tags_label="Mots-clés :",
    comment_labels=["Commentaires", "Laisser un commentaire", "Réagir", "{N} réactions", "Participez à la discussion"],
    comments=["Honteux, j'ai appris à nager dans cette piscine.", "Bravo les gars, jamais abandonner !", "Tous les hivers c'est pareil, personne ne nettoie les fossés.",
              "Et qui va payer ? Nous, comme d'habitude.", "Contente que le musée rouvre enfin.", "On ferme tout et on s'étonne que le centre-ville meure."],
    says=["{Q} a écrit :", "{Q} le {D}/{MO}/{Y}", "Réponse de {Q}", "{Q} · {N} j'aime"],
    reply="Répondre",
    reply_form=["Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "Nom *", "E-mail *", "Publier le commentaire"],
    bio=["{P} est journaliste à la rédaction locale, où elle suit la politique municipale et la santé.",
         "Auparavant, elle a travaillé dix ans pour une radio régionale.", "Il couvre la justice et les faits divers et vit à {U}.",
         "Vous pouvez lui écrire via le formulaire de contact de la rédaction."],
    about_author="À propos de l'auteur",
    bylines=["Par {P}", "Par {P}, correspondante", "{P}, journaliste", "Propos recueillis par {P}"],
    agency=["Par AFP", "AFP", "Par l'AFP", "Avec AFP", "Par Reuters"],
    dateline=["PARIS (AFP) —", "{T} (AFP) -", "LYON, {D} mars (Reuters) -"],
    dates=["Publié le {D}/{MO}/{Y} à {H}h{MI}", "Mis à jour le {D}/{MO}/{Y}", "{D} mars {Y}", "Le {D}/{MO}/{Y} à {H}:{MI}"],
    updated=["Mis à jour à {H}h{MI}", "Il y a {N} minutes"],
    live="EN DIRECT",
    captions=["Des habitants devant la piscine de {T} mardi soir", "La vitrine endommagée dimanche matin", "{P} lors du conseil municipal"],
    credits=["Photo : {Q}", "Photo AFP", "© {Q} / Le Courrier", "Crédit : DR"],
    fontsize=["Taille du texte : A A A", "A- A+", "Taille de police : A- A+"],
    copyq=["Le tract distribué en séance se terminait par la mention « © {Y} {Q}. Tous droits réservés. », ce qui a fait sourire l'assistance.",
           "« © {Y} {Q}. Tous droits réservés. » figurait sous chacune des photos, a expliqué la témoin, alors qu'aucune n'avait été achetée.",
           "La lettre de {Q} s'achevait par « Copyright {Y} {Q}, tous droits réservés. » et une demande de ne pas la diffuser."],
    crumb=["Accueil > Actualité > {T}", "Accueil › Sports › Football", "Vous êtes ici : Accueil / Région / {T}"],
    portal_nav=["Accueil | Actu | Sports | Éco | Culture | Loisirs | Annonces | Vidéos", "INFO  SPORT  MÉTÉO  VIDÉOS"],
    tagline=["L'actualité de {T} et de ses environs", "Votre quotidien depuis 1903"],
    source=["Source : AFP", "Source : {S}"],
    wire_credit=["(Reportage {Q}, édité par {P})", "Avec la contribution de {Q}."],
    wp=["Publié le", "Publié dans", "Étiqueté", "Laisser un commentaire", "Fièrement propulsé par WordPress"],
)
L["fr"]["sent"] += [
    "Les électeurs de {T} ont porté {P} à la mairie, une première pour une liste sans étiquette.",
    "La participation a atteint 41 %, un niveau inédit depuis plus de vingt ans pour un scrutin local.",
    "Dans son discours de victoire, {P} a promis de faire du logement et des transports en commun ses priorités.",
    "Le candidat battu a reconnu sa défaite et conservera son siège au conseil municipal.",
    "Les arboriculteurs autour de {T} s'attendent à une récolte de pommes inférieure d'un tiers à la normale après l'été sec.",
    "Beaucoup d'arbres ont perdu leurs fruits trop tôt, et les pommes restantes sont plus petites que ne le souhaitent les acheteurs.",
    "Les producteurs vont demander à la grande distribution d'accepter des calibres plus petits plutôt que de les jeter.",
    "Certains vergers font déjà venir de l'eau par camion-citerne.",
    "Une nouvelle maternité a ouvert ses portes à l'hôpital de {T} après deux ans de travaux.",
    "Elle compte {N} lits, une baignoire d'accouchement et des chambres où les conjoints peuvent passer la nuit.",
    "Les sages-femmes réclamaient depuis des années le remplacement de l'ancien service, construit dans les années 1960.",
    "Le premier bébé né dans le nouveau service, une petite fille, est arrivé lundi peu après minuit.",
]
L["fr"]["heads"] += ["{T} : une liste sans étiquette remporte la mairie", "Sécheresse : la récolte de pommes en chute autour de {T}", "L'hôpital de {T} inaugure sa nouvelle maternité"]
L["fr"]["heads2"] = [
    "Malgré la mobilisation, la piscine va fermer", "Une tête dans le temps additionnel offre le nul", "Jusqu'à 60 mm de pluie attendus jeudi",
    "Boulangerie : {M} emplois à la clé", "L'ex-directrice avait volé {N} résidents", "Un test sanguin simple pour le foie",
    "Trois semaines de travaux dans le centre de {T}", "Moins d'élèves, deux écoles fusionnent", "Appel à témoins après l'accident de la camionnette",
    "Entrée gratuite pour la réouverture du musée", "L'origine de l'incendie du centre de tri reste inconnue", "Participation record pour les municipales",
    "Les vergers à la peine après un été très sec", "Premier bébé dans la nouvelle maternité"]

L["es"] = dict(
    persons=["Lucía Montero", "Javier Arrieta", "Carmen Villalba", "Andrés Quiroga", "Marta Ibáñez", "Raúl Centeno", "Elena Sastre"],
    towns=["Ponferrada", "Linares", "Talavera de la Reina", "Lorca", "Ourense", "Calatayud", "Mérida"],
    sites=["El Diario del Valle", "La Voz Comarcal", "Noticias de la Sierra", "Crónica Regional", "Agencia Sur Digital"],
    sent=[
        "El pleno del Ayuntamiento de {T} aprobó el martes por la noche, con {N} votos a favor y 3 en contra, cerrar la vieja piscina municipal al final del verano.",
        "Según el consistorio, reparar la cubierta y la calefacción habría costado más de lo que vale el edificio.",
        "Decenas de vecinos llenaron el salón de plenos y algunos mostraron carteles escritos a mano.",
        "«Ha sido una decisión dolorosa, pero inevitable», declaró {P}, concejal de Hacienda.",
        "Un nuevo centro deportivo en las afueras debería abrir dentro de dos años, aunque la financiación aún no está cerrada.",
        "El ayuntamiento publicará el mes que viene la lista de clubes y cursos afectados.",
        "El {T} CF remontó un 0-2 y empató el derbi comarcal el sábado por la tarde.",
        "El empate llegó en el cuarto minuto del descuento, con un cabezazo del suplente {Q}.",
        "El entrenador reconoció después que su equipo había sido claramente inferior durante la primera parte.",
        "Algo más de {M} espectadores siguieron el partido bajo una lluvia persistente.",
        "El club sigue cuarto en la clasificación, a tres puntos de los puestos de ascenso, a falta de ocho jornadas.",
        "La Aemet ha activado el aviso amarillo por lluvias intensas en toda la provincia a partir del jueves por la mañana.",
        "En las zonas altas podrían acumularse hasta 60 litros por metro cuadrado, con riesgo de inundaciones en carreteras bajas.",
        "Protección Civil recomienda a los conductores salir con tiempo y no atravesar tramos anegados.",
        "Las temperaturas se recuperarán durante el fin de semana, cuando volverá el tiempo seco.",
        "La cadena de panaderías anunció el lunes que abrirá {N} tiendas el próximo año y creará unos {M} empleos.",
        "Sus ventas crecieron un 7 % en el primer semestre, impulsadas por la línea de desayunos.",
        "Las acciones de la compañía cerraron con una subida del 4 % tras el anuncio.",
        "Los analistas señalan que el encarecimiento de la energía y de las materias primas sigue siendo el mayor riesgo.",
        "Su consejero delegado, {P}, explicó que la expansión se centrará en ciudades medianas.",
        "La Audiencia Provincial ha condenado a tres años de prisión a la exdirectora de una residencia de mayores.",
        "Según la sentencia, sustrajo más de {M} euros de las cuentas de {N} residentes durante cuatro años.",
        "El tribunal habla de un grave abuso de confianza contra personas que no podían defenderse.",
        "Su abogado alegó que atravesaba graves problemas económicos y que se había mostrado arrepentida.",
        "A la salida del juzgado, los familiares de las víctimas se mostraron aliviados.",
        "Investigadores de la Universidad de {T} aseguran que un simple análisis de sangre podría detectar antes una enfermedad hepática frecuente.",
        "El estudio siguió a más de {M} pacientes durante cinco años y se ha publicado esta semana en una revista científica.",
        "El equipo subraya que la prueba debe validarse en un grupo mayor antes de llegar a los hospitales.",
        "{P}, responsable de la investigación, afirma que un diagnóstico precoz ahorraría años de tratamiento a muchos pacientes.",
        "Expertos independientes celebran los resultados, pero piden prudencia.",
        "La avenida principal de acceso al centro permanecerá cortada tres semanas a partir del lunes por obras de asfaltado.",
        "Los autobuses se desviarán por la ronda y habrá una parada provisional frente a la biblioteca.",
        "Los comerciantes creen que el momento, justo antes de las vacaciones escolares, no podía ser peor.",
        "Las obras estaban previstas para el otoño pasado, pero se aplazaron por falta de materiales.",
        "Dos colegios de primaria de {T} se fusionarán el próximo curso por el fuerte descenso de alumnos.",
        "Las familias recibieron el viernes una carta con los detalles del plan.",
        "La dirección asegura que ningún docente perderá su puesto por la fusión.",
        "La Policía Local busca testigos después de que una furgoneta se empotrara contra un escaparate en la madrugada del domingo.",
        "No hubo heridos, pero el edificio ha sido declarado en ruina y la calle sigue parcialmente cortada.",
        "El museo municipal reabre el sábado tras dieciocho meses de reformas.",
        "La entrada será gratuita durante el primer mes, con reserva previa en la web.",
        "Los bomberos trabajaron buena parte de la noche para controlar el incendio en la planta de reciclaje.",
        "Se desconocen las causas del fuego, y la Guardia Civil ha abierto una investigación.",
    ],
    heads=["{T} cerrará su piscina municipal tras 60 años", "El {T} CF rescata un empate en el descuento",
           "Aviso amarillo por lluvias intensas en {T}", "Una cadena de panaderías abrirá {N} tiendas",
           "Tres años de cárcel para la exdirectora de una residencia", "Un análisis de sangre podría detectar antes el hígado graso",
           "Cortada tres semanas la avenida principal de {T}", "Dos colegios de {T} se fusionarán", "Una furgoneta se empotra contra un escaparate en {T}",
           "El museo de {T} reabre tras la reforma", "Controlado el incendio de la planta de reciclaje"],
    stand=["El pleno decide tras meses de protestas vecinales", "Un cabezazo en el descuento salva un punto",
           "Hasta 60 litros por metro cuadrado en las zonas altas", "Los desayunos disparan las ventas de la cadena",
           "El tribunal habla de un grave abuso de confianza", "La prueba aún debe validarse en más pacientes",
           "Los comerciantes temen por la campaña de verano", "Las familias recibieron una carta el viernes",
           "No hubo heridos, pero el edificio está en ruina", "La entrada será gratuita durante el primer mes",
           "Los bomberos trabajaron durante toda la noche", "La participación más alta en veinte años",
           "Los fruticultores culpan al verano más seco en años", "Bañera de partos y habitaciones para las parejas"],
    menu=["Portada", "Local", "Deportes", "Economía", "Cultura", "Sucesos", "Opinión", "Provincia", "Tiempo", "Esquelas", "Suscríbete", "Vídeos"],
    latest=["Últimas", "Última hora", "Lo último", "Directo"],
    readmore=["Lee también:", "Te puede interesar:", "Más información:", "Relacionado:"],
    related=["Noticias relacionadas", "Más de {T}", "Lo más leído", "También te puede interesar"],
    share=[["Compartir", "Facebook", "Twitter", "WhatsApp", "Correo"], ["Compartir en Facebook", "Enviar por correo", "Copiar enlace"]],
    cookie=["Utilizamos cookies propias y de terceros para mejorar su experiencia. Si continúa navegando, acepta su uso.", "Aceptar todas", "Configurar"],
    newsletter=["Suscríbete a nuestro boletín gratuito", "Recibe cada mañana las noticias más importantes de tu provincia.", "Tu correo electrónico", "Suscribirme"],
    footer=["© {Y} {S}. Todos los derechos reservados.", "Copyright © {Y} {S} S.L. Prohibida la reproducción total o parcial."],
    footer_links=["Aviso legal | Contacto | Publicidad | Política de privacidad | Cookies", "Aviso legal · Privacidad · Accesibilidad"],
    ad="Publicidad",
    pagination=["1 2 3 Siguiente", "« Anterior 1 2 3 Siguiente »", "Página 1 de 3"],
    tags=["ayuntamiento", "ocio", "fútbol", "tiempo", "economía", "tribunales", "salud", "tráfico", "educación", "sucesos", "{T}"],
    tags_label="Etiquetas:",
    comment_labels=["Comentarios", "Deja un comentario", "Únete a la conversación", "{N} comentarios", "Comenta esta noticia"],
    comments=["Una vergüenza, yo aprendí a nadar en esa piscina.", "¡Grandes, chavales, nunca os rindáis!", "Todos los inviernos igual, nadie limpia las alcantarillas.",
              "¿Y quién lo paga? Nosotros, como siempre.", "Qué alegría que vuelva a abrir el museo.", "Lo cierran todo y luego se quejan de que el centro está muerto."],
    says=["{Q} dice:", "{Q} el {D}/{MO}/{Y}", "Respuesta de {Q}", "{Q} · {N} me gusta"],
    reply="Responder",
    reply_form=["Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *", "Nombre *", "Correo electrónico *", "Publicar el comentario"],
    bio=["{P} es redactora de la sección local y sigue la actualidad municipal y sanitaria.", "Antes trabajó diez años en una emisora de radio regional.",
         "Escribe sobre tribunales y sucesos y vive en {U}.", "Puedes escribirle a través del formulario de contacto de la redacción."],
    about_author="Sobre la autora",
    bylines=["Por {P}", "{P} | Redacción", "Por {P}, corresponsal", "Texto: {P}"],
    agency=["Por EFE", "EFE", "Agencia EFE", "Europa Press", "Por Europa Press"],
    dateline=["MADRID (EFE).-", "{T}, {D} mar (EFE).-", "{T} —"],
    dates=["{D}/{MO}/{Y} {H}:{MI}", "Actualizado: {D}/{MO}/{Y} - {H}:{MI}", "{D} de marzo de {Y}", "Publicado el {D}/{MO}/{Y}"],
    updated=["Actualizado a las {H}:{MI}", "Hace {N} minutos"],
    live="EN DIRECTO",
    captions=["Vecinos ante la piscina municipal de {T} el martes", "El escaparate dañado, el domingo por la mañana", "{P}, durante el pleno"],
    credits=["Foto: {Q}", "EFE/{Q}", "Foto: Europa Press", "(Foto: cedida)"],
    fontsize=["Tamaño de letra: A A A", "A- A+", "Tamaño del texto: A- A+"],
    copyq=["El folleto repartido en el pleno terminaba con la frase «© {Y} {Q}. Todos los derechos reservados.», lo que provocó risas entre el público.",
           "«© {Y} {Q}. Todos los derechos reservados.» aparecía bajo cada una de las fotografías, según declaró la testigo, aunque ninguna tenía licencia.",
           "La carta de {Q} se cerraba con «Copyright {Y} {Q}, todos los derechos reservados.» y la petición de no difundirla."],
    crumb=["Portada > Local > {T}", "Inicio › Deportes › Fútbol", "Estás en: Portada / Provincia / {T}"],
    portal_nav=["Portada | Local | Deportes | Economía | Cultura | Gente | Vídeos", "NOTICIAS  DEPORTES  TIEMPO  VÍDEOS"],
    tagline=["Noticias de {T} y su comarca", "Tu diario desde 1911"],
    source=["Fuente: EFE", "Fuente: {S}"],
    wire_credit=["(Información de {Q}; edición de {P})", "Con información de {Q}."],
    wp=["Publicado el", "Publicado en", "Etiquetado", "Deja una respuesta", "Funciona gracias a WordPress"],
)
L["es"]["sent"] += [
    "Los vecinos de {T} han dado la alcaldía a {P}, la primera candidatura independiente que gana en la ciudad.",
    "La participación alcanzó el 41 %, la más alta en unas municipales en más de veinte años.",
    "En su discurso de victoria prometió poner la vivienda y el autobús urbano en el centro de su mandato.",
    "El candidato derrotado reconoció su derrota y anunció que mantendrá su acta de concejal.",
    "Los fruticultores de la comarca de {T} prevén una cosecha de manzana un tercio menor tras el verano seco.",
    "Muchos árboles tiraron la fruta antes de tiempo y las manzanas que quedan son más pequeñas de lo que pide el mercado.",
    "Los productores pedirán a los supermercados que acepten calibres menores en lugar de desperdiciarlos.",
    "Algunas fincas ya están pagando camiones cisterna para regar.",
    "El Hospital de {T} ha inaugurado un nuevo paritorio tras dos años de obras.",
    "Cuenta con {N} camas, una bañera de partos y habitaciones donde las parejas pueden pasar la noche.",
    "Las matronas llevaban años reclamando sustituir la antigua unidad, construida en los años sesenta.",
    "El primer bebé nacido en las nuevas instalaciones, una niña, llegó el lunes poco después de medianoche.",
]
L["es"]["heads"] += ["Una candidatura independiente gana la alcaldía de {T}", "La sequía hunde la cosecha de manzana en {T}", "El Hospital de {T} estrena paritorio"]
L["es"]["heads2"] = [
    "Pese a las protestas, la piscina cerrará", "Un cabezazo en el descuento da el empate", "Hasta 60 litros por metro cuadrado el jueves",
    "La panadería creará {M} empleos", "La exdirectora robó a {N} residentes", "Un análisis sencillo para el hígado",
    "Tres semanas de obras en el centro de {T}", "Menos alumnos, dos colegios en uno", "Buscan testigos del accidente de la furgoneta",
    "Entrada gratis en la reapertura del museo", "Se investigan las causas del incendio en la planta de reciclaje", "Participación récord en las municipales",
    "Los frutales sufren tras el verano más seco", "Nace el primer bebé en el nuevo paritorio"]

L["pt"] = dict(
    persons=["Ana Paula Ribeiro", "Marcelo Tavares", "Juliana Peixoto", "Rodrigo Figueiredo", "Fernanda Lacerda", "Thiago Bastos", "Luciana Prado"],
    towns=["Uberlândia", "Caruaru", "Joinville", "Petrolina", "Londrina", "Itajaí", "Feira de Santana"],
    sites=["Portal do Interior", "Jornal da Região", "Notícias do Vale", "Gazeta Paulista Online", "Agência Litoral"],
    sent=[
        "A Câmara Municipal de {T} aprovou na noite de terça-feira, por {N} votos a 3, o fechamento da antiga piscina pública no fim do verão.",
        "Segundo a prefeitura, a reforma do telhado e do aquecimento custaria mais do que o próprio prédio vale.",
        "Dezenas de moradores lotaram a galeria, e alguns levantaram cartazes escritos à mão.",
        "\"Foi uma decisão dolorosa, mas inevitável\", disse {P}, presidente da comissão de finanças.",
        "Um novo centro esportivo na periferia deve ser inaugurado em dois anos, mas o financiamento ainda não está garantido.",
        "A lista de clubes e turmas afetados será divulgada no mês que vem.",
        "O {T} Esporte Clube buscou o empate por 2 a 2 no clássico regional depois de sair perdendo por dois gols.",
        "O gol de empate saiu aos 49 minutos do segundo tempo, de cabeça, com o reserva {Q}.",
        "O técnico admitiu depois da partida que o time foi claramente inferior no primeiro tempo.",
        "Pouco mais de {M} torcedores acompanharam o jogo debaixo de chuva.",
        "O clube segue em quarto lugar, três pontos atrás do G-4, a oito rodadas do fim.",
        "A Defesa Civil emitiu alerta amarelo para chuva forte em toda a região a partir de quinta-feira de manhã.",
        "Podem cair até 60 milímetros nas áreas mais altas, com risco de alagamento em vias baixas.",
        "A orientação é que os motoristas saiam mais cedo e não atravessem trechos alagados.",
        "As temperaturas devem voltar a subir no fim de semana, quando o tempo fica mais seco.",
        "A rede de padarias anunciou na segunda-feira que vai abrir {N} lojas no próximo ano e gerar cerca de {M} empregos.",
        "As vendas cresceram 7% no primeiro semestre, puxadas pela linha de café da manhã.",
        "As ações da empresa fecharam em alta de 4% após o anúncio.",
        "Para analistas, a alta dos custos de energia e de insumos continua sendo o maior risco para o lucro.",
        "O presidente da empresa, {P}, disse que a expansão vai priorizar cidades de médio porte.",
        "A Justiça condenou a três anos de prisão a ex-gerente de um asilo por desviar dinheiro de idosos.",
        "De acordo com a denúncia, ela retirou mais de R$ {M} mil das contas de {N} moradores ao longo de quatro anos.",
        "Na sentença, o juiz fala em grave quebra de confiança contra pessoas que não podiam se defender.",
        "A defesa alegou que a ré estava muito endividada e demonstrou arrependimento.",
        "Na saída do fórum, parentes das vítimas disseram estar aliviados.",
        "Pesquisadores da Universidade Federal de {T} afirmam que um exame de sangue simples pode detectar mais cedo uma doença comum do fígado.",
        "O estudo acompanhou mais de {M} pacientes por cinco anos e foi publicado nesta semana em uma revista científica.",
        "A equipe ressalta que o exame ainda precisa ser testado em um grupo maior antes de chegar aos hospitais.",
        "{P}, que coordenou a pesquisa, diz que o diagnóstico precoce pode poupar muitos pacientes de anos de tratamento.",
        "Especialistas independentes elogiaram os resultados, mas pedem cautela.",
        "A principal avenida de acesso ao centro será interditada por três semanas a partir de segunda-feira para recapeamento.",
        "Os ônibus serão desviados pelo anel viário, e haverá um ponto provisório em frente à biblioteca.",
        "Os comerciantes dizem que o momento, às vésperas das férias escolares, não poderia ser pior.",
        "A obra estava prevista para o ano passado, mas foi adiada por falta de material.",
        "Duas escolas municipais de {T} serão unificadas no próximo ano por causa da queda no número de alunos.",
        "Os pais foram avisados por meio de um bilhete enviado na sexta-feira.",
        "A diretora garante que nenhum professor perderá o emprego com a mudança.",
        "A polícia procura testemunhas depois que uma van invadiu a vitrine de uma loja na madrugada de domingo.",
        "Ninguém ficou ferido, mas o prédio foi interditado pela Defesa Civil.",
        "O museu municipal reabre no sábado depois de dezoito meses de reforma.",
        "A entrada será gratuita no primeiro mês, com agendamento pela internet.",
        "Os bombeiros passaram boa parte da madrugada combatendo o incêndio no galpão de reciclagem.",
        "As causas do incêndio ainda são desconhecidas, e a Polícia Civil abriu inquérito.",
    ],
    heads=["{T} vai fechar piscina pública após 60 anos", "{T} Esporte Clube busca empate nos acréscimos",
           "Defesa Civil emite alerta de chuva forte para {T}", "Rede de padarias vai abrir {N} lojas",
           "Ex-gerente de asilo é condenada por desviar dinheiro de idosos", "Exame de sangue pode detectar doença do fígado mais cedo, diz estudo",
           "Avenida principal de {T} fica interditada por três semanas", "Duas escolas de {T} serão unificadas", "Van invade vitrine de loja em {T}",
           "Museu de {T} reabre após reforma", "Incêndio atinge galpão de reciclagem em {T}"],
    stand=["Decisão veio depois de meses de protestos de moradores", "Gol de cabeça nos acréscimos garante um ponto",
           "Podem cair até 60 milímetros nas áreas mais altas", "Linha de café da manhã puxa as vendas da rede",
           "Juiz fala em grave quebra de confiança", "Exame ainda precisa ser testado em mais pacientes",
           "Comerciantes temem prejuízo nas férias", "Pais foram avisados por bilhete na sexta-feira",
           "Ninguém ficou ferido, mas o prédio foi interditado", "Entrada será gratuita no primeiro mês",
           "Bombeiros trabalharam durante toda a madrugada", "Comparecimento foi o maior em vinte anos",
           "Produtores culpam o verão mais seco em anos", "Unidade tem banheira para parto e quartos para acompanhantes"],
    menu=["Início", "Notícias", "Esportes", "Economia", "Política", "Polícia", "Entretenimento", "Região", "Tempo", "Vagas", "Assine", "Vídeos"],
    latest=["Últimas", "Últimas notícias", "Agora", "Mais lidas"],
    readmore=["Leia também:", "Leia mais:", "Veja também:", "Saiba mais:"],
    related=["Notícias relacionadas", "Mais de {T}", "Mais lidas", "Você pode gostar"],
    share=[["Compartilhe", "Facebook", "Twitter", "WhatsApp", "E-mail"], ["Compartilhar no WhatsApp", "Enviar por e-mail", "Copiar link"]],
    cookie=["Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa política de privacidade.", "Aceitar", "Configurações"],
    newsletter=["Receba as notícias no seu e-mail", "Cadastre-se na nossa newsletter gratuita e fique por dentro.", "Seu e-mail", "Quero receber"],
    footer=["© {Y} {S}. Todos os direitos reservados.", "Copyright © {Y} {S} Ltda. É proibida a reprodução do conteúdo."],
    footer_links=["Quem somos | Fale conosco | Anuncie | Política de privacidade | Termos de uso", "Privacidade · Termos · Acessibilidade"],
    ad="Publicidade",
    pagination=["1 2 3 Próxima", "« Anterior 1 2 3 Próxima »", "Página 1 de 3", "Carregar mais"],
    tags=["câmara", "lazer", "futebol", "clima", "economia", "justiça", "saúde", "trânsito", "educação", "polícia", "{T}"],
    tags_label="Tags:",
    comment_labels=["Comentários", "Deixe seu comentário", "Participe da conversa", "{N} comentários", "Comente"],
    comments=["Uma vergonha, aprendi a nadar nessa piscina.", "Valeu, rapaziada, não desistiram nunca!", "Todo ano é a mesma coisa, ninguém limpa os bueiros.",
              "E quem paga a conta? A gente, como sempre.", "Que bom que o museu voltou a abrir.", "Fecham tudo e depois reclamam que o centro está morto."],
    says=["{Q} disse:", "{Q} em {D}/{MO}/{Y}", "Resposta de {Q}", "{Q} · {N} curtidas"],
    reply="Responder",
    reply_form=["O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *", "Nome *", "E-mail *", "Publicar comentário"],
    bio=["{P} é repórter da editoria de cidades e cobre política municipal e saúde.", "Antes, trabalhou dez anos em uma rádio regional.",
         "Escreve sobre justiça e segurança e mora em {U}.", "Sugestões de pauta podem ser enviadas pelo WhatsApp da redação."],
    about_author="Sobre a autora",
    bylines=["Por {P}", "Por {P}, da redação", "{P}, repórter", "Por {P}, especial para o {S}"],
    agency=["Por Agência Brasil", "Agência Brasil", "Por Estadão Conteúdo", "Da Agência Brasil", "Por Folhapress"],
    dateline=["BRASÍLIA (Reuters) -", "{T} —", "SÃO PAULO, {D} mar (Agência Brasil) -"],
    dates=["{D}/{MO}/{Y} {H}h{MI}", "Atualizado em {D}/{MO}/{Y} às {H}h{MI}", "Publicado em {D} de março de {Y}", "{D}/{MO}/{Y} - {H}:{MI}"],
    updated=["Atualizado às {H}h{MI}", "Há {N} minutos"],
    live="AO VIVO",
    captions=["Moradores em frente à piscina pública de {T}", "A vitrine destruída na manhã de domingo", "{P} durante a sessão da Câmara"],
    credits=["Foto: {Q}", "Foto: Divulgação", "Foto: {Q}/Agência Brasil", "Reprodução/Redes sociais"],
    fontsize=["Tamanho da fonte: A A A", "A- A+", "Tamanho do texto: A- A+"],
    copyq=["O panfleto distribuído na sessão terminava com a frase \"© {Y} {Q}. Todos os direitos reservados.\", o que arrancou risos do público.",
           "\"© {Y} {Q}. Todos os direitos reservados.\" aparecia abaixo de cada uma das fotos, segundo a testemunha, embora nenhuma tivesse sido licenciada.",
           "A carta de {Q} terminava com \"Copyright {Y} {Q}, todos os direitos reservados.\" e um pedido para não ser compartilhada."],
    crumb=["Início > Notícias > {T}", "Home › Esportes › Futebol", "Você está em: Início / Região / {T}"],
    portal_nav=["g1 | ge | gshow | globoplay | Assine", "UOL  Notícias  Esporte  Economia  Entretenimento  Assine UOL"],
    tagline=["Notícias de {T} e região", "O jornal da sua cidade desde 1954"],
    source=["Fonte: Agência Brasil", "Fonte: {S}"],
    wire_credit=["(Reportagem de {Q}; edição de {P})", "Colaborou {Q}."],
    wp=["Publicado em", "Publicado em", "Marcado com", "Deixe uma resposta", "Orgulhosamente mantido com WordPress"],
)
L["pt"]["sent"] += [
    "Os eleitores de {T} elegeram {P}, a primeira candidatura sem partido a vencer na cidade.",
    "O comparecimento chegou a 41%, o maior em uma eleição municipal em mais de vinte anos.",
    "No discurso da vitória, {P} prometeu priorizar moradia e transporte público.",
    "O candidato derrotado reconheceu a derrota e disse que vai continuar na Câmara.",
    "Os produtores de maçã da região de {T} esperam uma safra um terço menor depois da estiagem.",
    "Muitas árvores perderam os frutos antes do tempo, e as maçãs que restaram são menores do que o mercado quer.",
    "Os agricultores vão pedir aos supermercados que aceitem frutas menores em vez de deixá-las estragar.",
    "Alguns pomares já estão pagando caminhões-pipa para irrigar.",
    "O Hospital Regional de {T} inaugurou uma nova maternidade depois de dois anos de obras.",
    "A unidade tem {N} leitos, banheira para parto e quartos onde os acompanhantes podem dormir.",
    "As parteiras pediam havia anos a substituição da antiga ala, construída nos anos 1960.",
    "O primeiro bebê nascido na nova maternidade, uma menina, chegou na segunda-feira, pouco depois da meia-noite.",
]
L["pt"]["heads"] += ["Candidatura sem partido vence eleição em {T}", "Estiagem derruba safra de maçã em {T}", "Hospital de {T} inaugura nova maternidade"]
L["pt"]["heads2"] = [
    "Mesmo com protestos, piscina vai fechar", "Gol de cabeça nos acréscimos garante empate", "Previsão é de até 60 milímetros de chuva",
    "Padaria vai gerar {M} empregos", "Ex-gerente desviou dinheiro de {N} idosos", "Exame simples pode ajudar no diagnóstico do fígado",
    "Três semanas de obras no centro de {T}", "Com menos alunos, escolas serão unificadas", "Polícia procura testemunhas de acidente com van",
    "Entrada gratuita na reabertura do museu", "Causa do incêndio em galpão ainda é desconhecida", "Eleição tem comparecimento recorde",
    "Pomares sofrem com o verão mais seco em anos", "Nasce o primeiro bebê da nova maternidade"]

L["ru"] = dict(
    persons=["Ирина Соколова", "Дмитрий Черных", "Ольга Малахова", "Сергей Латышев", "Наталья Кравец", "Алексей Горбунов", "Елена Шилова"],
    cases={"Вологда": ("Вологды", "Вологде"), "Кострома": ("Костромы", "Костроме"), "Сызрань": ("Сызрани", "Сызрани"),
           "Бийск": ("Бийска", "Бийске"), "Череповец": ("Череповца", "Череповце"), "Златоуст": ("Златоуста", "Златоусте"), "Ковров": ("Коврова", "Коврове")},
    towns=["Вологда", "Кострома", "Сызрань", "Бийск", "Череповец", "Златоуст", "Ковров"],
    sites=["Вести Поволжья", "Городские новости", "Северный край", "Регион-Инфо", "Наш город"],
    sent=[
        "Городская дума {TG} во вторник вечером {N} голосами против трёх решила закрыть старый бассейн в конце лета.",
        "По данным администрации, ремонт крыши и отопления обошёлся бы дороже, чем стоит само здание.",
        "На заседание пришли десятки жителей, некоторые держали самодельные плакаты.",
        "«Решение далось нам нелегко, но другого выхода не было», — сказал председатель бюджетного комитета {P}.",
        "Новый спортивный комплекс на окраине должны открыть через два года, однако финансирование пока не утверждено.",
        "Список секций и кружков, которых коснётся закрытие, опубликуют в следующем месяце.",
        "Футбольный клуб «{T}» в субботу отыгрался с 0:2 и сыграл вничью с соседями по региону.",
        "Ничью на четвёртой добавленной минуте спас удар головой игрока, вышедшего на замену.",
        "Главный тренер после матча признал, что в первом тайме команда заметно уступала сопернику.",
        "Игру под проливным дождём посмотрели чуть более {M} зрителей.",
        "Клуб остаётся на четвёртом месте, в трёх очках от зоны повышения, за восемь туров до конца.",
        "Синоптики объявили жёлтый уровень опасности из-за сильных дождей с утра четверга.",
        "На возвышенностях может выпасть до 60 миллиметров осадков, в низинах возможны подтопления дорог.",
        "Водителей просят закладывать больше времени на дорогу и не въезжать в залитые участки.",
        "К выходным температура снова поднимется, установится сухая погода.",
        "Сеть пекарен в понедельник объявила о планах открыть в следующем году новые точки, где будет создано около {M} рабочих мест.",
        "Выручка компании за первое полугодие выросла на 7 процентов благодаря спросу на завтраки.",
        "После объявления акции компании подорожали на 4 процента.",
        "Аналитики считают главным риском для прибыли рост цен на энергию и сырьё.",
        "По словам руководства, компания сделает ставку на небольшие города.",
        "Бывшая директор дома престарелых приговорена к трём годам колонии за хищение денег у пенсионеров.",
        "Как установил суд, за четыре года она сняла со счетов {N} постояльцев более {M} тысяч рублей.",
        "Судья назвал её действия грубым злоупотреблением доверием беззащитных людей.",
        "Адвокат подсудимой заявил, что она оказалась в больших долгах и искренне раскаялась.",
        "Родственники пострадавших после оглашения приговора сказали, что испытывают облегчение.",
        "Учёные университета {TG} утверждают, что простой анализ крови поможет раньше выявлять распространённое заболевание печени.",
        "В исследовании в течение пяти лет участвовали более {M} пациентов, результаты опубликованы на этой неделе.",
        "Авторы подчёркивают, что прежде чем тест появится в больницах, его нужно проверить на большей выборке.",
        "Руководитель исследования {P} считает, что ранняя диагностика избавит многих пациентов от многолетнего лечения.",
        "Независимые эксперты приветствуют результаты, но призывают не торопиться с выводами.",
        "С понедельника центральную улицу на три недели перекроют из-за ремонта дорожного покрытия.",
        "Автобусы пустят в объезд по окружной дороге, временную остановку оборудуют у библиотеки.",
        "Предприниматели говорят, что сроки перед школьными каникулами выбраны крайне неудачно.",
        "Ремонт планировали ещё прошлой осенью, но перенесли из-за нехватки материалов.",
        "Две начальные школы {TG} в следующем году объединят из-за резкого сокращения числа учеников.",
        "Родителей предупредили об этом в письме, которое дети принесли домой в пятницу.",
        "Директор заверила, что никто из учителей не потеряет работу.",
        "Полиция ищет свидетелей ДТП: в ночь на воскресенье фургон въехал в витрину магазина на центральной улице.",
        "Никто не пострадал, однако здание признано аварийным, часть улицы остаётся перекрытой.",
        "Краеведческий музей в субботу вновь откроется после полуторагодовой реставрации.",
        "В первый месяц вход будет бесплатным, время посещения нужно заранее забронировать на сайте.",
        "Пожарные почти всю ночь боролись с огнём на мусоросортировочной станции.",
        "Причины возгорания пока не установлены, проводится проверка.",
    ],
    heads=["В {TP} закроют бассейн, работавший 60 лет", "«{T}» спасся от поражения в добавленное время",
           "В {TP} объявлен жёлтый уровень опасности из-за ливней", "Сеть пекарен откроет новые точки",
           "Бывшую директора дома престарелых приговорили к трём годам", "Анализ крови поможет раньше выявлять болезни печени",
           "Центральную улицу {TG} перекроют на три недели", "Две школы {TG} объединят", "Фургон въехал в витрину магазина в {TP}",
           "Краеведческий музей {TG} открывается после реставрации", "Пожар на мусоросортировочной станции потушен"],
    stand=["Решение приняли после нескольких месяцев протестов", "Гол головой в компенсированное время принёс очко",
           "На возвышенностях ожидают до 60 миллиметров осадков", "Выручку компании подняли завтраки",
           "Суд назвал хищения злоупотреблением доверием", "Тест ещё предстоит проверить на большей выборке",
           "Предприниматели опасаются за летний сезон", "Родителей предупредили письмом в пятницу",
           "Никто не пострадал, но здание признано аварийным", "В первый месяц вход будет бесплатным",
           "Пожарные боролись с огнём всю ночь", "Явка стала рекордной за двадцать лет",
           "Садоводы винят самое засушливое лето за много лет", "Ванна для родов и палаты для партнёров"],
    menu=["Главная", "Новости", "Спорт", "Экономика", "Политика", "Происшествия", "Культура", "Общество", "Погода", "Афиша", "Объявления", "Видео"],
    latest=["Последние", "Лента", "Новости", "Сейчас"],
    readmore=["Читайте также:", "Читайте также", "По теме:", "Смотрите также:"],
    related=["Похожие новости", "Ещё новости {TG}", "Самое читаемое", "Другие материалы рубрики"],
    share=[["Поделиться", "ВКонтакте", "Одноклассники", "Telegram", "WhatsApp"], ["Поделиться в Telegram", "Отправить по почте", "Скопировать ссылку"]],
    cookie=["Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", "Принять", "Подробнее"],
    newsletter=["Подпишитесь на нашу рассылку", "Главные новости региона каждое утро в вашей почте.", "Ваш e-mail", "Подписаться"],
    footer=["© {Y} {S}. Все права защищены.", "© {S}, 2005–{Y}. При использовании материалов ссылка обязательна.", "Сетевое издание «{S}». 18+"],
    footer_links=["О проекте | Контакты | Реклама | Политика конфиденциальности", "Редакция · Реклама · Правила · Карта сайта"],
    ad="Реклама",
    pagination=["1 2 3 Далее", "« Назад 1 2 3 Вперёд »", "Страница 1 из 3", "Показать ещё"],
    tags=["гордума", "досуг", "футбол", "погода", "экономика", "суд", "здоровье", "транспорт", "образование", "происшествия", "{T}"],
    tags_label="Теги:",
    comment_labels=["Комментарии", "Оставить комментарий", "Обсуждение", "Комментарии: {N}", "Присоединяйтесь к обсуждению"],
    comments=["Позор, я в этом бассейне плавать учился.", "Молодцы, парни, не сдались!", "Каждую зиму одно и то же, ливнёвки никто не чистит.",
              "А платить кто будет? Мы, как всегда.", "Наконец-то музей открывают, очень рада.", "Всё закроют, а потом удивляются, что центр пустой."],
    says=["{Q} пишет:", "{Q}, {D}.{MO}.{Y}", "Ответ пользователю {Q}", "{Q} · отметок: {N}"],
    reply="Ответить",
    reply_form=["Ваш адрес email не будет опубликован. Обязательные поля помечены *", "Имя *", "Email *", "Отправить комментарий"],
    bio=["{P} — корреспондент отдела городских новостей, пишет о местной власти и здравоохранении.", "До этого десять лет работала на областном радио.",
         "Пишет о судах и происшествиях, живёт в городе {U}.", "Сообщить новость можно через форму обратной связи."],
    about_author="Об авторе",
    bylines=["Автор: {P}", "{P}, корреспондент", "Текст: {P}", "{P}, специально для «{S}»"],
    agency=["ТАСС", "РИА Новости", "Интерфакс", "Источник: ТАСС", "По данным РИА Новости"],
    dateline=["МОСКВА, {D} марта. /ТАСС/.", "{T}, {D} марта — РИА Новости.", "{T}. —"],
    dates=["{D}.{MO}.{Y} {H}:{MI}", "Опубликовано: {D}.{MO}.{Y}", "{D} марта {Y}, {H}:{MI}", "Обновлено {D}.{MO}.{Y} в {H}:{MI}"],
    updated=["Обновлено в {H}:{MI}", "{N} мин. назад"],
    live="ОНЛАЙН",
    captions=["Жители у бассейна в {TP} во вторник вечером", "Повреждённая витрина в воскресенье утром", "{P} на заседании думы"],
    credits=["Фото: {Q}", "Фото: пресс-служба администрации", "Фото: ТАСС/{Q}", "Фото из открытых источников"],
    fontsize=["Размер шрифта: А А А", "А- А+", "Размер текста: А- А+"],
    copyq=["Листовка, которую раздавали на заседании, заканчивалась строкой «© {Y} {Q}. Все права защищены.», что вызвало смех в зале.",
           "«© {Y} {Q}. Все права защищены.» — такая подпись стояла под каждой фотографией, рассказала свидетельница, хотя лицензии ни на одну не было.",
           "Письмо {Q} заканчивалось фразой «Copyright {Y} {Q}. Все права защищены.» и просьбой никому его не пересылать."],
    crumb=["Главная > Новости > {T}", "Главная / Спорт / Футбол", "Вы здесь: Главная › Общество"],
    portal_nav=["Главная | Новости | Спорт | Экономика | Происшествия | Афиша | Видео", "НОВОСТИ  СПОРТ  ПОГОДА  ВИДЕО"],
    tagline=["Новости {TG} и области", "Городская газета с 1918 года"],
    source=["Источник: ТАСС", "Источник: пресс-служба администрации"],
    wire_credit=["(Корреспондент {Q}, редактор {P})", "При участии {Q}."],
    wp=["Опубликовано", "Рубрика:", "Метки:", "Добавить комментарий", "Сайт работает на WordPress"],
)
L["ru"]["sent"] += [
    "Жители {TG} избрали мэром {P} — впервые в истории города этот пост займёт самовыдвиженец.",
    "Явка составила 41 процент, это рекорд для местных выборов за последние двадцать лет.",
    "В первой речи после победы новый мэр пообещал заняться жильём и общественным транспортом.",
    "Проигравший кандидат поздравил соперника и сохранит мандат депутата.",
    "Садоводы в окрестностях {TG} ожидают, что после засушливого лета урожай яблок будет на треть меньше обычного.",
    "Многие деревья сбросили плоды раньше времени, а оставшиеся яблоки мельче, чем хотят закупщики.",
    "Фермеры попросят торговые сети принимать мелкие плоды, чтобы урожай не пропал.",
    "Некоторые хозяйства уже оплачивают подвоз воды цистернами.",
    "В городской больнице {TG} после двух лет строительства открылось новое родильное отделение.",
    "В отделении есть ванна для родов и палаты, где может остаться на ночь партнёр.",
    "Акушерки несколько лет добивались замены старого отделения, построенного в шестидесятые годы.",
    "Первый ребёнок в новом отделении, девочка, родился в понедельник вскоре после полуночи.",
]
L["ru"]["heads"] += ["Мэром {TG} впервые стал самовыдвиженец", "Засуха сократила урожай яблок под {T}", "В больнице {TG} открылся новый роддом"]
L["ru"]["heads2"] = [
    "Бассейн закроют, несмотря на протесты", "Гол головой в добавленное время принёс ничью", "До 60 миллиметров осадков ожидается в четверг",
    "Сеть пекарен создаст {M} рабочих мест", "Бывшая директор обокрала пенсионеров", "Учёные предложили простой тест для печени",
    "Три недели ремонта в центре {TG}", "Учеников меньше — школы объединят", "Полиция ищет очевидцев ДТП с фургоном",
    "В музей в первый месяц пустят бесплатно", "Причины пожара на сортировочной станции выясняют", "Рекордная явка на выборах мэра {TG}",
    "Сады страдают после самого сухого лета", "В новом роддоме появился первый малыш"]

L["zh"] = dict(
    persons=["王建国", "李晓梅", "陈志强", "刘芳", "张海涛", "赵静", "周文博"],
    towns=["绵阳", "宜昌", "赣州", "柳州", "潍坊", "湖州", "遵义"],
    sites=["江南都市报", "新浪新闻", "网易新闻", "城市晚报", "大河网"],
    sent=[
        "{T}市人大常委会周二晚间以{N}票赞成、3票反对，决定在夏季结束后关闭老游泳馆。",
        "市政府表示，屋顶和供暖系统的维修费用已经超过了这座建筑本身的价值。",
        "数十名市民到场旁听，有人举起了手写的标语。",
        "财政委员会负责人{P}说：“这个决定很艰难，但别无选择。”",
        "城郊的新体育中心预计两年后建成，但资金尚未完全落实。",
        "受影响的俱乐部和培训班名单将于下月公布。",
        "周六下午，{T}队在0比2落后的情况下连扳两球，与同城对手战平。",
        "扳平比分的进球出现在补时第四分钟，由替补登场的{Q}头球破门。",
        "主教练赛后承认，球队上半场几乎一直处于下风。",
        "约{M}名球迷冒雨观看了这场比赛。",
        "目前该队仍排名第四，距离升级区还差三分，联赛还剩八轮。",
        "市气象台发布暴雨黄色预警，预计周四上午起全市将出现强降雨。",
        "山区累计雨量可达60毫米，低洼路段有积水风险。",
        "交警提醒驾驶员提前出行，不要冒险驶入积水路段。",
        "周末气温将逐步回升，天气转好。",
        "这家连锁面包店周一宣布，明年将新开{N}家门店，预计带动约{M}个就业岗位。",
        "上半年公司营收同比增长7%，早餐产品销售表现突出。",
        "消息公布后，公司股价收涨4%。",
        "分析人士认为，能源和原材料价格上涨仍是利润面临的最大风险。",
        "公司总经理{P}表示，扩张将主要面向中小城市。",
        "一名养老院前负责人因侵占老人钱款，被法院判处有期徒刑三年。",
        "法院审理查明，她在四年间从{N}名老人的账户中取走了{M}余万元。",
        "审判长指出，被告人的行为严重辜负了无力自我保护的老人的信任。",
        "辩护律师称，被告人负债累累，且已真诚悔罪。",
        "宣判后，受害老人的家属表示终于松了一口气。",
        "{T}大学的研究人员称，一项简单的血液检测有望更早发现一种常见的肝脏疾病。",
        "该研究对{M}多名患者进行了为期五年的跟踪，成果已于本周在学术期刊上发表。",
        "研究团队强调，这项检测还需在更大规模人群中验证，才能进入临床使用。",
        "项目负责人{P}表示，早期诊断可以让许多患者免受多年治疗之苦。",
        "独立专家对研究结果表示欢迎，但提醒公众不要期待过高。",
        "进入市中心的主干道将从下周一起封闭施工三周，进行路面翻修。",
        "公交线路将改经环城路绕行，并在图书馆门前设置临时站点。",
        "沿街商户认为，暑假前夕施工的时机选得非常糟糕。",
        "这项工程原计划去年秋天开工，因材料短缺被迫推迟。",
        "由于生源大幅减少，{T}的两所小学将于明年合并。",
        "学校已于周五通过致家长的一封信告知了合并计划。",
        "校长表示，合并后不会有教师因此失去工作。",
        "周日凌晨，一辆面包车撞上步行街一家商店的橱窗，警方正在寻找目击者。",
        "事故未造成人员伤亡，但该建筑已被鉴定为危房，部分路段仍在封闭。",
        "市博物馆经过一年半的修缮，将于本周六重新对外开放。",
        "开馆首月免费参观，市民需提前在网上预约时段。",
        "消防人员连夜奋战，直到凌晨才将垃圾分拣中心的大火扑灭。",
        "目前起火原因仍在调查中。",
    ],
    heads=["{T}老游泳馆将于夏末关闭", "补时绝平！{T}队主场逼平同城对手", "{T}发布暴雨黄色预警",
           "连锁面包店明年将新开{N}家门店", "侵占老人钱款 养老院前负责人获刑三年", "研究称血液检测可更早发现肝病",
           "{T}市中心主干道封闭施工三周", "生源减少 {T}两所小学明年合并", "面包车撞入商店橱窗 警方寻找目击者",
           "{T}博物馆修缮后重新开放", "垃圾分拣中心大火被扑灭"],
    stand=["经过数月争议，市人大常委会作出决定", "替补球员补时头球破门", "山区累计雨量可达60毫米", "早餐产品带动营收增长", "法院：严重辜负老人信任", "研究团队称仍需更大规模验证", "沿街商户担心暑期生意受影响",
           "学校已致信告知家长", "无人受伤 建筑被鉴定为危房", "开馆首月免费参观", "消防人员连夜奋战", "投票率创二十多年新高", "果农：多年来最干旱的夏天", "设有分娩池和家属陪护房"],
    menu=["首页", "新闻", "国内", "国际", "财经", "体育", "娱乐", "科技", "汽车", "房产", "教育", "视频"],
    latest=["最新", "滚动", "要闻", "热点"],
    readmore=["延伸阅读：", "相关阅读", "推荐阅读：", "相关新闻："],
    related=["相关新闻", "热门推荐", "更多{T}新闻", "24小时排行", "猜你喜欢"],
    share=[["分享到：", "微信", "微博", "QQ空间"], ["分享到微信朋友圈", "复制链接"], ["扫一扫 分享到微信"]],
    cookie=["本网站使用Cookie以改善您的浏览体验，继续浏览即表示您同意我们使用Cookie。", "同意", "了解更多"],
    newsletter=["关注我们的微信公众号", "每天早上为您推送本地要闻", "扫码关注"],
    footer=["Copyright © 1997-{Y} {S} 版权所有", "{S} 版权所有 未经授权禁止转载", "京ICP证000000号"],
    footer_links=["关于我们 | 联系我们 | 广告服务 | 隐私政策 | 网站地图", "违法和不良信息举报电话：12377"],
    ad="广告",
    pagination=["上一页 1 2 3 下一页", "第1页 共3页", "加载更多"],
    tags=["人大", "体育", "足球", "天气", "财经", "法院", "健康", "交通", "教育", "社会", "{T}"],
    tags_label="标签：",
    comment_labels=["网友评论", "发表评论", "评论", "{N}条评论", "参与讨论"],
    comments=["太可惜了，我小时候就是在这个游泳馆学会游泳的。", "好样的，坚持到最后！", "每年都这样，下水道就没人管。",
              "最后还不是老百姓买单。", "博物馆终于开了，周末带孩子去看看。", "什么都关了，还说要振兴老城区。"],
    says=["{Q}：", "{T}网友 {Q}", "来自{T}的网友", "{Q} 回复"],
    reply="回复",
    reply_form=["您的邮箱地址不会被公开。", "昵称", "邮箱", "发表评论"],
    bio=["{P}，本报记者，长期关注城市治理和公共卫生。", "此前曾在地方电台工作十年。", "主要报道司法和社会新闻，现居{U}。", "欢迎通过报料热线提供新闻线索。"],
    about_author="作者简介",
    bylines=["记者 {P}", "本报记者 {P}", "文/{P}", "{P} 报道"],
    agency=["新华社", "中新社", "来源：新华社", "据新华社报道", "央视新闻"],
    dateline=["新华社北京{MO}月{D}日电", "中新网{T}{MO}月{D}日电（记者 {Q}）", "本报{T}讯"],
    dates=["{Y}-{MO:02d}-{D:02d} {H:02d}:{MI:02d}", "{Y}年{MO}月{D}日 {H}:{MI}", "发布时间：{Y}-{MO:02d}-{D:02d}"],
    updated=["更新于 {H:02d}:{MI:02d}", "{N}分钟前"],
    live="直播",
    captions=["市民在{T}老游泳馆外", "周日上午的事故现场", "{P}在会上发言"],
    credits=["图片来源：视觉中国", "摄影：{Q}", "（图/{Q}）", "图片来自网络"],
    fontsize=["字号：大 中 小", "【字体：大 中 小】", "字号 大 中 小 打印", "字体：小 中 大"],
    copyq=["会上散发的传单末尾印着“© {Y} {Q}. All rights reserved.”字样，引得旁听席一阵哄笑。",
           "据证人陈述，每张照片下方都标有“© {Y} {Q} 版权所有”，但这些照片均未获得授权。",
           "{Q}的信以“版权所有 © {Y} {Q}，保留一切权利。”结尾，并要求收件人不得转发。"],
    crumb=["首页 > 新闻 > {T}", "当前位置：首页 > 社会 > 正文", "新浪首页 > 新闻中心 > 国内新闻"],
    portal_nav=["新浪首页 | 新闻 | 体育 | 财经 | 娱乐 | 科技 | 博客 | 视频", "网易首页 > 新闻中心 > 国内新闻", "首页 新闻 体育 娱乐 财经 汽车 科技 时尚"],
    tagline=["{T}人自己的新闻网站", "权威 · 及时 · 本地"],
    source=["来源：新华网", "来源：{S}", "责任编辑：{Q}"],
    wire_credit=["（编辑：{Q}）", "【责任编辑：{P}】"],
    wp=["发布于", "分类：", "标签：", "发表回复", "自豪地采用WordPress"],
)
L["zh"]["sent"] += [
    "{T}市民选出{P}担任新一届社区委员会主任，这是该职位首次由无党派人士出任。",
    "此次投票率达到41%，创下二十多年来当地选举的最高纪录。",
    "{P}在当选后表示，将把住房和公共交通作为首要工作。",
    "落选的候选人向其表示祝贺，并将继续担任委员。",
    "受夏季干旱影响，{T}周边果农预计今年苹果产量将比往年减少三分之一。",
    "许多果树提前落果，剩下的苹果个头也比收购商要求的小。",
    "果农希望超市能够收购小果，避免造成浪费。",
    "一些果园已经开始花钱用水车运水灌溉。",
    "经过两年建设，{T}市人民医院新产科病房正式启用。",
    "新病房设有{N}张床位、一个分娩池，以及可供家属陪护过夜的单人间。",
    "多年来，助产士们一直呼吁更换建于上世纪六十年代的旧病房。",
    "新病房迎来的第一个宝宝是一名女婴，于周一凌晨刚过零点出生。",
]
L["zh"]["heads"] += ["{T}社区委员会选举 无党派人士当选", "干旱致{T}苹果减产三成", "{T}市人民医院新产科病房启用"]
L["zh"]["heads2"] = [
    "市民反对无效 老游泳馆仍将关闭", "补时头球扳平 同城德比握手言和", "周四局地雨量可达60毫米",
    "连锁面包店将新增{M}个岗位", "养老院前负责人侵占{N}名老人钱款", "科学家：简单验血或可查出肝病",
    "{T}市中心将施工三周", "学生减少 两校合并", "警方寻找面包车撞橱窗事故目击者",
    "博物馆重新开放 首月免费", "垃圾分拣中心起火原因仍在调查", "{P}当选 投票率创新高",
    "史上最干夏季 果园叫苦", "新产科病房迎来第一个宝宝"]


# ----------------------------------------------------------------------------------------------- page builder

class Builder:
    def __init__(self, rng: random.Random, cls: str, lang: str, index: int):
        self.r, self.cls, self.lang, self.D = rng, cls, lang, L[lang]
        self.page = Page(cls, lang, index)
        self.zh = lang == "zh"
        self.person, self.town = rng.choice(self.D["persons"]), rng.choice(self.D["towns"])
        self.n, self.m, self.year = rng.randint(4, 39), rng.randint(12, 90) * 10, rng.randint(2018, 2025)
        self.site = rng.choice(self.D["sites"])
        self.style = rng.choice(STYLES)
        self.noblank = rng.random() < 0.15
        self.caps = rng.random() < 0.2
        self.twice = rng.random() < 0.2
        self.md = self.style == "markdown"
        # the headline's story first, then the neighbouring ones: a run of sentences reads like one story
        self.head_i = rng.randrange(len(self.D["heads"]))
        k = TOPIC_STARTS[self.head_i] if rng.random() < 0.85 else rng.randrange(len(self.D["sent"]))
        self.sent_pool = (self.D["sent"][k:] + self.D["sent"][:k])[::-1]
        self.used_heads = {self.head_i}
        self.used_sents: set[str] = set()

    # --- small helpers
    def f(self, s: str) -> str:
        cases = self.D.get("cases", {})  # Russian: genitive and prepositional forms of the towns
        tg, tp = cases.get(self.town, (self.town, self.town))
        others = [p for p in self.D["persons"] if p != self.person]
        towns = [t for t in self.D["towns"] if t != self.town]
        return s.format(TG=tg, TP=tp, P=self.person, Q=self.r.choice(others), T=self.town, U=self.r.choice(towns), N=self.n,
                        M=self.m, Y=self.year, S=self.site, H=self.r.randint(0, 23), MI=self.r.randint(0, 59),
                        D=self.r.randint(1, 28), MO=self.r.randint(1, 12))

    def pick(self, key: str):
        return self.f(self.r.choice(self.D[key]))

    def picks(self, key: str, k: int) -> list[str]:
        pool = self.D[key]
        return [self.f(s) for s in self.r.sample(pool, min(k, len(pool)))]

    def lab(self, s: str) -> str:
        return s.upper() if self.caps and not self.zh else s

    def add(self, kind: str, *lines: str) -> None:
        self.page.add(kind, *lines)

    def block(self, kind: str, *lines: str) -> None:
        if self.noblank:
            self.page.add(kind, *lines)
        else:
            self.page.block(kind, *lines)

    def link(self, title: str) -> str:
        if self.md:
            slug = re.sub(r"\W+", "-", title.lower()).strip("-")[:40] if not self.zh else f"{self.r.randint(100000, 999999)}"
            return f"* [{title}](https://{self.site.lower().replace(' ', '')}.example/{slug})"
        return self.r.choice([title, f"- {title}", f"• {title}", title])

    def teaser(self) -> str:
        return self.teaser_topic()[0]

    def teaser_topic(self) -> tuple[str, int]:
        """A headline of another story: related lists, teasers."""
        saved = self.person, self.town
        self.person, self.town = self.r.choice(self.D["persons"]), self.r.choice(self.D["towns"])
        free = [i for i in range(len(self.D["heads"])) if i not in self.used_heads] or list(range(len(self.D["heads"])))
        i = self.r.choice(free)
        self.used_heads.add(i)
        h = self.f(self.r.choice((self.D["heads"][i], self.D["heads2"][i])))
        self.person, self.town = saved
        return h, i

    def sentences(self, k: int) -> list[str]:
        out = []
        for _ in range(k):
            if not self.sent_pool:
                break
            raw = self.sent_pool.pop()
            self.used_sents.add(raw)
            out.append(self.f(raw))
        return out

    def join(self, sents: list[str]) -> str:
        return ("" if self.zh else " ").join(sents)

    def paragraphs(self, lo: int, hi: int, short: bool = False) -> list[str]:
        n = self.r.randint(lo, hi)
        paras = []
        for _ in range(n):
            k = 1 if short or self.r.random() < 0.3 else self.r.randint(2, 4)
            s = self.sentences(k)
            if s:
                paras.append(self.join(s))
        return paras

    def date(self) -> str:
        return self.pick("dates")

    # --- chrome
    def top(self) -> None:
        D, st = self.D, self.style
        if st == "mailing":
            self.block(JUNK, "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]")
            self.add(NEUTRAL, f"From: {self.person} <{self.r.choice(['news', 'editor', 'desk'])}@{self.site.lower().replace(' ', '')}.example>")
            self.add(NEUTRAL, f"Date: {self.date()}")
            return
        if st == "portal":
            self.block(JUNK, self.r.choice(D["portal_nav"]))
        else:
            self.block(JUNK, self.site)
            if st == "wordpress":
                self.add(JUNK, self.pick("tagline"))
        menu = self.r.sample(D["menu"], self.r.randint(4, min(9, len(D["menu"]))))
        if st == "markdown":
            self.block(JUNK, *[f"* [{m}](/{i})" for i, m in enumerate(menu)])
        elif self.r.random() < 0.5:
            self.block(JUNK, *[self.lab(m) for m in menu])
        else:
            self.block(JUNK, self.r.choice([" | ", " · ", "  "]).join(self.lab(m) for m in menu))
        if self.r.random() < 0.4:
            self.block(JUNK, *self.picks("cookie", self.r.randint(1, 2)))
        if st in ("regional", "portal") or self.r.random() < 0.3:
            self.block(NEUTRAL, self.pick("crumb"))

    def headline(self, h: str) -> None:
        if self.style == "mailing":
            self.add(NEUTRAL, f"Subject: [{self.site.split()[0].lower()}-news] {h}")
            self.block(ARTICLE, h)
            return
        if self.twice:
            self.block(NEUTRAL, h)  # the <title> printed above the page's h1
        self.block(ARTICLE, ("# " + h) if self.md else h)

    def byline(self, agency: bool = False) -> None:
        lines = []
        if agency:
            lines.append(self.pick("agency"))
        else:
            lines.append(self.pick("bylines"))
        if self.r.random() < 0.7:
            lines.append(self.date())
        if self.style == "wordpress" and not agency:
            lines = [self.f(self.D["wp"][0]) + " " + self.date(), self.pick("bylines")]
        self.block(NEUTRAL, *lines)
        if self.style == "portal" and self.r.random() < 0.6:
            self.add(NEUTRAL, self.pick("source"))

    def caption(self) -> None:
        self.block(NEUTRAL, self.pick("captions"))
        if self.r.random() < 0.6:
            self.add(NEUTRAL, self.pick("credits"))

    def body(self, paras: list[str], wrap: bool = False, inserts: dict[int, callable] | None = None) -> None:
        inserts = inserts or {}
        ad_at = self.r.randint(1, max(1, len(paras) - 1)) if len(paras) > 2 and self.r.random() < 0.4 else -1
        for i, p in enumerate(paras):
            if i in inserts:
                inserts[i]()
            if i == ad_at:
                self.block(JUNK, self.lab(self.D["ad"]))
            elif i > 0 and self.r.random() < 0.08:  # a photo inside the story: caption and credit
                self.caption()
            if wrap:
                width = self.r.choice((36, 39, 30)) if self.zh else self.r.choice((72, 78, 64, 70))
                lines = [p[k:k + width] for k in range(0, len(p), width)] if self.zh else textwrap.wrap(p, width)
                self.block(ARTICLE, *lines)
            else:
                self.block(ARTICLE, p)
        if len(paras) in inserts:
            inserts[len(paras)]()

    def related(self, heading: str | None = None, k: int | None = None, dated: bool = False) -> None:
        k = k or self.r.randint(3, 6)
        items = [self.teaser() for _ in range(k)]
        if dated:
            items = [f"{t} ({self.date()})" if self.r.random() < 0.5 else f"{self.date()} {t}" for t in items]
        head = heading or self.pick("related")
        self.block(JUNK, ("## " + head) if self.md else self.lab(head), *[self.link(t) for t in items])

    def comments(self, k: int | None = None) -> None:
        D, r = self.D, self.r
        self.block(JUNK, self.lab(self.pick("comment_labels")))
        forum = r.random() < 0.35  # a forum thread: numbered posts, vote counts
        for n, c in enumerate(self.picks("comments", k or r.randint(1, 3)), 1):
            if forum:
                self.block(JUNK, f"#{n}", self.f("{Q}"), f"▲ {r.randint(0, 90)}  ▼ {r.randint(0, 20)}", c)
            else:
                self.block(JUNK, self.pick("says"), self.f(D["dates"][0]), c, self.lab(D["reply"]))

    def tail(self) -> None:
        D, st = self.D, self.style
        parts = []
        if self.r.random() < 0.6:
            tags = [self.f(t) for t in self.r.sample(D["tags"], self.r.randint(3, 5))]
            if st == "wordpress":
                parts.append(lambda: self.block(JUNK, f"{D['wp'][1]} {self.r.choice(D['menu'])} | {D['wp'][2]} {', '.join(tags)}"))
            else:
                parts.append(lambda: self.block(JUNK, self.lab(D["tags_label"]) + " " + ", ".join(tags)))
        parts.append(lambda: self.block(JUNK, *self.r.choice(D["share"])))
        if self.r.random() < 0.6:
            parts.append(lambda: self.related())
        if self.r.random() < 0.4:
            parts.append(lambda: self.block(JUNK, *self.picks("newsletter", 2)))
        if self.r.random() < 0.3:
            parts.append(lambda: self.block(JUNK, self.r.choice(D["pagination"])))
        self.r.shuffle(parts)
        for p in parts:
            p()
        if st == "wordpress" and self.r.random() < 0.6:
            self.block(JUNK, self.lab(D["wp"][3]))
            self.add(JUNK, *self.picks("reply_form", 3))
        if st == "mailing":
            self.block(JUNK, "-- ", f"{self.person}", f"{self.site}")
            self.block(JUNK, f"Previous message (by thread): {self.teaser()}", f"Next message (by thread): {self.teaser()}")
            self.block(JUNK, f"More information about the {self.site.split()[0].lower()}-news mailing list")
            return
        self.block(JUNK, self.pick("footer"), self.r.choice(D["footer_links"]))
        if st == "wordpress":
            self.add(JUNK, D["wp"][4])

    # --- the classes
    def build(self) -> Page:
        r, D, cls = self.r, self.D, self.cls
        head = self.f(r.choice((D["heads"][self.head_i], D["heads2"][self.head_i])))
        self.top()
        if cls == "fontsize_widget":
            self.block(JUNK, self.pick("fontsize"))
        if cls == "latest_menu":
            self.latest_menu()
        if cls == "liveblog":
            return self.liveblog(head)
        if self.style != "mailing" and r.random() < 0.2:  # a kicker: the section above the headline
            self.block(NEUTRAL, self.lab(r.choice(D["menu"])))
        self.headline(head)
        if cls == "standfirst" or r.random() < 0.25:
            self.block(ARTICLE, self.f(D["stand"][self.head_i]))
        if cls == "fontsize_widget" and r.random() < 0.4:
            self.block(JUNK, self.pick("fontsize"))  # some portals print it again under the headline
        self.byline(agency=cls == "agency_byline")
        if r.random() < 0.4:
            self.caption()
        short = cls == "short_vs_sidebar"
        paras = self.paragraphs(1, 2, short=r.random() < 0.5) if short else self.paragraphs(1, 10)
        if cls in ("comment_label", "aside6", "quoted_copyright") and len(paras) < 2:
            paras += self.paragraphs(1, 2)
        if cls == "agency_byline" or (self.style == "wire" and r.random() < 0.7):
            paras[0] = self.pick("dateline") + " " + paras[0]
        pos = self.position(len(paras))
        inserts = {}
        if cls == "aside6":
            inserts[pos] = self.aside6
        elif cls == "comment_label":
            inserts[max(1, pos)] = lambda: self.block(JUNK, self.lab(r.choice(D["comment_labels"])))
        elif cls == "quoted_copyright":
            paras.insert(pos, self.pick("copyq"))
        self.body(paras, wrap=cls == "hardwrap" or r.random() < 0.1, inserts=inserts)
        if self.style == "wire" and r.random() < 0.6:
            self.block(NEUTRAL, self.pick("wire_credit"))
        if short:
            self.sidebar()
        elif cls == "comment_label" and r.random() < 0.5:
            self.comments()
        self.tail()
        return self.page

    def position(self, n: int) -> int:
        where = self.r.choice(("early", "middle", "late"))
        return {"early": min(1, n), "middle": n // 2, "late": max(n - 1, 0)}[where]

    def aside6(self) -> None:
        r, D = self.r, self.D
        k = r.randint(6, 8)
        kind = r.choice(("readmore", "dated", "inline", "stacked"))
        if kind == "readmore":
            self.related(heading=r.choice(D["readmore"]), k=k)
        elif kind == "dated":
            self.related(heading=r.choice(D["related"]), k=k, dated=True)
        elif kind == "stacked":  # three related stories, each its title and date on lines of their own
            self.block(JUNK, self.lab(self.pick("related")))
            for _ in range(3):
                (self.add if self.md else self.block)(JUNK, self.link(self.teaser()), self.date())
        else:  # "Read more: title" on each line
            rm = r.choice(D["readmore"]).rstrip(":：")
            self.block(JUNK, *[f"{self.lab(rm)}: {self.teaser()}" if not self.zh else f"{rm}：{self.teaser()}" for _ in range(k)])

    def latest_menu(self) -> None:
        r, D = self.r, self.D
        word = r.choice(D["latest"])
        menu = r.sample(D["menu"], 4) + [word]
        r.shuffle(menu)
        self.block(JUNK, *[self.lab(m) for m in menu])
        if r.random() < 0.5:
            self.block(JUNK, *[self.lab(m) for m in r.sample(D["menu"], 3)])
        heads = [self.teaser() for _ in range(r.randint(3, 6))]
        timed = r.random() < 0.5
        lines = [f"{r.randint(6, 23):02d}:{r.randint(0, 59):02d} {h}" if timed else self.link(h) for h in heads]
        self.block(JUNK, self.lab(word), *lines)

    def sidebar(self) -> None:
        r = self.r
        parts = [self.bio, lambda: self.comments(r.randint(2, 4)), self.teasers]
        r.shuffle(parts)
        for p in parts[: r.randint(2, 3)]:
            p()

    def bio(self) -> None:
        self.block(JUNK, self.lab(self.D["about_author"]))
        self.block(JUNK, self.join(self.picks("bio", 2)))

    def teasers(self) -> None:
        self.block(JUNK, self.lab(self.pick("related")))
        for _ in range(self.r.randint(3, 5)):
            head, i = self.teaser_topic()
            end = TOPIC_STARTS[i + 1] if i + 1 < len(TOPIC_STARTS) else len(self.D["sent"])
            lead = [x for x in self.D["sent"][TOPIC_STARTS[i]:end] if x not in self.used_sents][:1]  # the story's lead
            self.used_sents.update(lead)
            self.block(JUNK, self.link(head), *[self.f(x) for x in lead])

    def liveblog(self, head: str) -> Page:
        r, D = self.r, self.D
        self.headline(head)
        if r.random() < 0.6:
            self.block(ARTICLE, self.f(D["stand"][self.head_i]))
        self.block(NEUTRAL, self.pick("bylines"), self.pick("updated"))
        if r.random() < 0.5:
            self.block(JUNK, self.lab(D["live"]))
        t = r.randint(60, 24 * 60 - 1) + r.randint(200, 500)
        same_line, dot = r.random() < 0.35, r.random() < 0.2 and not self.zh
        for _ in range(r.randint(5, 14)):
            hh, mm = divmod(t % (24 * 60), 60)
            stamp = f"{hh:02d}.{mm:02d}" if dot else f"{hh:02d}:{mm:02d}"
            s = self.sentences(r.choice((1, 1, 2, 3)))
            if not s:
                break
            if same_line:
                self.block(ARTICLE, f"{stamp} {self.join(s)}")
            else:
                self.block(ARTICLE, stamp, self.join(s))
            t -= r.randint(2, 35)
        if r.random() < 0.4:
            self.block(JUNK, r.choice(D["pagination"]))
        self.tail()
        return self.page


def generate(seed: int, cls: str, lang: str, index: int) -> Page:
    rng = random.Random(f"holdout:{seed}:{cls}:{lang}:{index}")
    b = Builder(rng, cls, lang, index)
    page = b.build()
    page.traits = [b.style] + [m for m, on in (("no-blank-lines", b.noblank), ("caps-labels", b.caps), ("headline-twice", b.twice)) if on]
    texts = {k: {s.strip() for s, kk in zip(page.lines, page.kinds) if kk == k and s.strip()} for k in (ARTICLE, JUNK)}
    both = texts[ARTICLE] & texts[JUNK]
    assert not both, f"{cls}/{lang}/{index}: lines labelled both article and junk: {sorted(both)[:2]}"
    return page


# ----------------------------------------------------------------------------------------------- report

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-cell", type=int, default=10, help="pages per class and language")
    ap.add_argument("--lang", default=",".join(L))
    ap.add_argument("--class", dest="classes", default=",".join(CLASSES))
    ap.add_argument("--show-failures", type=int, default=0, metavar="N")
    ap.add_argument("--dump", metavar="DIR")
    ap.add_argument("--worst", type=int, default=10, help="list the N worst cells after the table")
    args = ap.parse_args(argv)
    langs = [x for x in args.lang.split(",") if x]
    classes = [x for x in args.classes.split(",") if x]
    bad = [x for x in langs if x not in L] + [x for x in classes if x not in CLASSES]
    if bad:
        ap.error(f"unknown language or class: {', '.join(bad)}")
    from cleaner import clean

    t0 = time.perf_counter()
    cells: dict = defaultdict(list)
    fails: dict = defaultdict(list)
    by_rule: dict = defaultdict(Counter)
    examples: dict = {}
    traits: dict = defaultdict(list)
    for cls in classes:
        for lang in langs:
            for i in range(args.per_cell):
                page = generate(args.seed, cls, lang, i)
                result = clean(page.text)
                s = score(page, result)
                cells[cls, lang].append(s)
                for t in page.traits:
                    traits[t].append(s)
                for j in s.lost:
                    rm = removal_of(result, j)
                    key = (rm.rule if rm else "(no removal record)", cls, lang)
                    by_rule[key[0]][(cls, lang)] += 1
                    examples.setdefault(key, (page.lines[j], rule_of(result, j)))
                if s.lost:
                    fails[cls, lang].append((s, page, result))
                if args.dump:
                    out = Path(args.dump) / f"{cls}_{lang}_{i:03d}.txt"
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_text(page.text, encoding="utf-8")
    elapsed = time.perf_counter() - t0
    rows = {k: summarise(v) for k, v in cells.items()}
    print(f"Holdout trap pages, seed {args.seed}, {args.per_cell} a cell, {sum(map(len, cells.values()))} pages in {elapsed:.1f} s\n")
    print("| class | lang | pages | mean recall | severe (<0.5) | any line lost | headline lost | junk removed |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")

    def row(name, lang, r):
        return (f"| {name} | {lang} | {r['pages']} | {r['recall']:.3f} | {r['severe']:.0%} | {r['any_loss']:.0%} | "
                f"{r['headline_lost']:.0%} | {r['junk_removed']:.1%} |")
    for cls in classes:
        for lang in langs:
            print(row(cls, lang, rows[cls, lang]))
    total = summarise([s for v in cells.values() for s in v])
    print(row("**all**", "", total))
    print("\nBy class:\n")
    print("| class | | pages | mean recall | severe (<0.5) | any line lost | headline lost | junk removed |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for cls in classes:
        print(row(cls, "", summarise([s for lang in langs for s in cells[cls, lang]])))
    print("\nBy site style and modifier (a page has one style and any modifiers):\n")
    print("| style | | pages | mean recall | severe (<0.5) | any line lost | headline lost | junk removed |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for t in (*STYLES, "no-blank-lines", "caps-labels", "headline-twice"):
        if traits[t]:
            print(row(t, "", summarise(traits[t])))
    print(f"\nThe {args.worst} worst cells (by mean recall, then any-loss):\n")
    for k in sorted(rows, key=lambda k: (rows[k]["recall"], -rows[k]["any_loss"]))[: args.worst]:
        print(row(*k, rows[k]))
    print("\nArticle lines lost, by rule (top cells):\n")
    print("| rule | lines | cells (lines) |")
    print("| --- | --- | --- |")
    for rule, per in sorted(by_rule.items(), key=lambda kv: -sum(kv[1].values())):
        top = ", ".join(f"{c}/{l} {n}" for (c, l), n in per.most_common(6))
        print(f"| `{rule}` | {sum(per.values())} | {top} |")
    print("\nMost common losses (rule, class, language), with one lost line:\n")
    combos = Counter({(rule, c, l): n for rule, per in by_rule.items() for (c, l), n in per.items()})
    for (rule, c, l), n in combos.most_common(args.worst):
        line, why = examples[rule, c, l]
        print(f"- {c}/{l}, {n} lines: {line[:80]!r} <- {why}")
    if args.show_failures:
        for key in sorted(fails, key=lambda k: rows[k]["recall"]):
            print(f"\n## {key[0]} / {key[1]}: mean recall {rows[key]['recall']:.3f}")
            for s, page, result in sorted(fails[key], key=lambda f: f[0].recall)[: args.show_failures]:
                print(f"- page {s.index} (recall {s.recall:.2f}, {len(s.lost)} of {s.article} article lines lost)")
                for j in s.lost[:6]:
                    print(f"    line {j + 1}: {page.lines[j][:90]!r}\n      <- {rule_of(result, j)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
