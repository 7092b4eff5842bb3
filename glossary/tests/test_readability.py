from django.utils import translation

from glossary import readability

SHORT_NL = "Wij zoeken een huis. Het is te duur. Wij zoeken verder. De buurt is fijn. Wij blijven hier."
LONG_NL = (
    "De interinstitutionele beleidsafstemming inzake arbeidsmarktdiscriminatie veronderstelt een geïntegreerde, "
    "multidisciplinaire benadering van structurele ongelijkheidsmechanismen op verschillende bestuursniveaus."
)


def test_each_language_has_its_own_formula_and_plain_text_scores_higher():
    with translation.override("en"):
        easy, hard = readability.score(SHORT_NL, "nl"), readability.score(LONG_NL, "nl")
        assert easy.formula == "Flesch–Douma" and easy.band == "easy"
        assert hard.band == "very difficult" and hard.score < easy.score
        french = readability.score("La commune cherche des logements pour les nouveaux arrivants de la ville.", "fr")
        assert french.formula == "Kandel–Moles"
        english = readability.score("The city looks for homes for all the people who arrive in the town.", "en")
        assert english.formula == "Flesch reading ease" and english.score > 60


def test_too_little_text_gets_no_score():
    assert readability.score("Twee woorden.", "nl") is None
    assert readability.score(SHORT_NL, "de") is None
