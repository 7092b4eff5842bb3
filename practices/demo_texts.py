"""Demo good practices over all six themes, drawn from the organisation's network and
priorities (shared/seeds). Texts and rows only: the step that builds the pages from them is in
``practices/demo.py``."""

INDEX_SLUG = "goede-praktijken"
INDEX = {
    "nl": {
        "title": "Goede praktijken",
        "intro": "Wat organisaties, werkgevers en besturen in Vlaanderen en Brussel al deden, wat het opleverde en hoe jij het kan overnemen.",
    },
    "fr": {
        "title": "Bonnes pratiques",
        "slug": "bonnes-pratiques",
        "intro": "Ce que des organisations, employeurs et pouvoirs publics ont déjà fait, ce que cela a donné et comment le reproduire.",
    },
    "en": {
        "title": "Good practices",
        "slug": "good-practices",
        "intro": "What organisations, employers and governments in Flanders and Brussels have done, what it achieved and how to replicate it.",
    },
}


def _figures(*pairs):
    return [("figure", {"value": value, "label": label}) for value, label in pairs]


def _p(text):
    return f"<p>{text}</p>"


PRACTICES = [
    {
        "slug": "hands-on-inclusion-bootcamps",
        "partner": "VERSO",
        "sector": "zorg-en-welzijn",
        "start": "2022-01-01",
        "end": "2024-12-31",
        "themes": ["werk"],
        "audiences": ["werkgevers"],
        "regions": ["vlaanderen"],
        "nl": {
            "title": "Bootcamps inclusief ondernemen in de social profit",
            "intro": "Sociale ondernemingen volgden thematische vormingsreeksen en stelden een actieplan op maat op.",
            "context_text": _p(
                "Veel sociale ondernemingen wilden inclusiever werven maar wisten niet waar te beginnen."
            ),
            "approach": _p(
                "Vier bootcamps over werving, onthaal, loopbaan en leiderschap, gevolgd door coaching bij een actieplan."
            ),
            "results": _p(
                "De deelnemende organisaties pasten hun vacatures aan en werkten samen met nieuwe toeleiders."
            ),
            "key_figures": _figures(("42", "organisaties"), ("31", "actieplannen")),
            "lessons": _p("Een actieplan werkt pas als de directie het mee draagt."),
            "replication_time": "12 maanden",
            "replication_budget": "± 15.000 euro voor begeleiding",
            "replication_partners": "Een sectorfederatie, VDAB, een vormingspartner",
        },
        "fr": {
            "title": "Bootcamps entreprendre de manière inclusive dans le non-marchand",
            "slug": "bootcamps-inclusion",
            "intro": "Des entreprises sociales ont suivi des formations thématiques et établi un plan d'action sur mesure.",
            "context_text": _p(
                "Beaucoup d'entreprises sociales voulaient recruter de façon plus inclusive sans savoir par où commencer."
            ),
            "approach": _p(
                "Quatre bootcamps sur le recrutement, l'accueil, la carrière et le leadership, suivis d'un coaching."
            ),
            "results": _p(
                "Les organisations ont adapté leurs offres d'emploi et travaillé avec de nouveaux partenaires."
            ),
            "key_figures": _figures(("42", "organisations"), ("31", "plans d'action")),
            "lessons": _p("Un plan d'action ne fonctionne que si la direction le soutient."),
            "replication_time": "12 mois",
            "replication_budget": "± 15 000 euros d'accompagnement",
            "replication_partners": "Une fédération sectorielle, le service de l'emploi, un partenaire de formation",
        },
        "en": {
            "title": "Inclusive business bootcamps in the social-profit sector",
            "slug": "inclusive-business-bootcamps",
            "intro": "Social enterprises followed thematic training series and drew up a tailored action plan.",
            "context_text": _p(
                "Many social enterprises wanted to recruit more inclusively but did not know where to start."
            ),
            "approach": _p("Four bootcamps on recruitment, onboarding, careers and leadership, followed by coaching."),
            "results": _p("Participants rewrote their vacancies and worked with new referral partners."),
            "key_figures": _figures(("42", "organisations"), ("31", "action plans")),
            "lessons": _p("An action plan only works when management backs it."),
            "replication_time": "12 months",
            "replication_budget": "About 15,000 euros for coaching",
            "replication_partners": "A sector federation, the employment service, a training partner",
        },
    },
    {
        "slug": "buddywerking-zorg",
        "partner": "Atlas Antwerpen",
        "sector": "zorg-en-welzijn",
        "start": "2023-03-01",
        "themes": ["werk", "antidiscriminatie-en-antiracisme"],
        "audiences": ["werkgevers", "middenveldorganisaties"],
        "regions": ["antwerpen"],
        "nl": {
            "title": "Buddy's voor nieuwe zorgmedewerkers",
            "intro": "Een woonzorgcentrum koppelt nieuwe collega's met een migratieachtergrond aan een ervaren buddy.",
            "context_text": _p("Nieuwe medewerkers met een migratieachtergrond haakten vaak af in de eerste maanden."),
            "approach": _p(
                "Elke nieuwe collega krijgt een buddy, taalondersteuning op de werkvloer en een opvolggesprek na drie maanden."
            ),
            "results": _p("Meer nieuwe medewerkers blijven na hun proefperiode."),
            "key_figures": _figures(("85%", "blijft na een jaar"), ("24", "buddy's opgeleid")),
            "lessons": _p("Geef buddy's tijd in hun planning, anders blijft het bij goede bedoelingen."),
            "replication_time": "3 maanden voorbereiding",
            "replication_budget": "Geen extra budget, wel uren voor buddy's",
            "replication_partners": "Een taalpartner, de HR-dienst",
        },
        "fr": {
            "title": "Des parrains pour les nouveaux soignants",
            "slug": "parrains-soignants",
            "intro": "Une maison de repos associe les nouveaux collègues issus de l'immigration à un parrain expérimenté.",
            "context_text": _p(
                "Les nouveaux collaborateurs issus de l'immigration abandonnaient souvent dans les premiers mois."
            ),
            "approach": _p(
                "Chaque nouveau collègue reçoit un parrain, un soutien linguistique et un entretien de suivi après trois mois."
            ),
            "results": _p("Davantage de nouveaux collaborateurs restent après leur période d'essai."),
            "key_figures": _figures(("85%", "restent après un an"), ("24", "parrains formés")),
            "lessons": _p("Prévoyez du temps pour les parrains dans leur horaire."),
            "replication_time": "3 mois de préparation",
            "replication_budget": "Pas de budget supplémentaire, mais des heures pour les parrains",
            "replication_partners": "Un partenaire linguistique, le service RH",
        },
    },
    {
        "slug": "zij-instromers-onderwijs",
        "partner": "Agentschap Integratie en Inburgering",
        "sector": "onderwijs",
        "start": "2021-09-01",
        "end": "2023-06-30",
        "themes": ["onderwijs"],
        "audiences": ["onderwijsactoren"],
        "regions": ["brussel"],
        "nl": {
            "title": "Zij-instromers met een buitenlands diploma voor de klas",
            "intro": "Een scholengroep begeleidt nieuwkomers met een lerarendiploma van het buitenland naar een job in het onderwijs.",
            "context_text": _p(
                "Het lerarentekort is groot, terwijl nieuwkomers met een onderwijsdiploma elders werk doen."
            ),
            "approach": _p("Diplomaerkenning, Nederlands op niveau, een stage met mentor en een aangepast uurrooster."),
            "results": _p("Nieuwe leraren die de superdiversiteit van hun leerlingen weerspiegelen."),
            "key_figures": _figures(("18", "nieuwe leraren"), ("6", "scholen")),
            "lessons": _p("Taal is een drempel, maar mentorschap maakt het verschil."),
            "replication_time": "2 schooljaren",
            "replication_budget": "± 20.000 euro per jaar",
            "replication_partners": "Een lerarenopleiding, een taalcentrum, het Agentschap Integratie en Inburgering",
        },
        "fr": {
            "title": "Des enseignants diplômés à l'étranger dans nos classes",
            "slug": "enseignants-diplomes-etranger",
            "intro": "Un groupe scolaire accompagne des nouveaux arrivants diplômés en enseignement vers un emploi à l'école.",
            "context_text": _p(
                "La pénurie d'enseignants est forte, alors que des nouveaux arrivants diplômés travaillent ailleurs."
            ),
            "approach": _p(
                "Reconnaissance du diplôme, néerlandais au bon niveau, stage avec mentor et horaire adapté."
            ),
            "results": _p("De nouveaux enseignants qui reflètent la super-diversité de leurs élèves."),
            "key_figures": _figures(("18", "nouveaux enseignants"), ("6", "écoles")),
            "lessons": _p("La langue est un obstacle, mais le mentorat fait la différence."),
            "replication_time": "2 années scolaires",
            "replication_budget": "± 20 000 euros par an",
            "replication_partners": "Une formation d'enseignants, un centre de langues, l'Agence Intégration",
        },
    },
    {
        "slug": "praktijktesten-huurmarkt",
        "partner": "Vlaams Huurdersplatform",
        "sector": "huisvesting",
        "start": "2022-04-01",
        "themes": ["wonen", "antidiscriminatie-en-antiracisme"],
        "audiences": ["huisvestingsactoren", "lokale-besturen"],
        "regions": ["oost-vlaanderen"],
        "nl": {
            "title": "Praktijktesten tegen discriminatie op de huurmarkt",
            "intro": "Een stad laat correspondentietesten uitvoeren bij vastgoedmakelaars en volgt de resultaten op.",
            "context_text": _p(
                "Een buitenlandse naam blijkt nog te vaak een reden om niet uitgenodigd te worden voor een bezoek."
            ),
            "approach": _p(
                "Fictieve kandidaten met verschillende namen reageren op dezelfde advertenties; makelaars met opvallende resultaten krijgen een gesprek en vorming."
            ),
            "results": _p("De kloof in uitnodigingen werd kleiner bij de tweede testronde."),
            "key_figures": _figures(("1.200", "tests"), ("-40%", "kloof bij tweede ronde")),
            "lessons": _p("Testen werkt het best samen met sensibilisering en een duidelijk meldpunt."),
            "replication_time": "6 maanden per testronde",
            "replication_budget": "± 30.000 euro per ronde",
            "replication_partners": "Een universiteit, Unia, het huurdersplatform",
        },
    },
    {
        "slug": "burgerpanel-genk",
        "partner": "VVSG",
        "sector": "openbaar-bestuur",
        "start": "2023-01-15",
        "themes": ["beleidsparticipatie"],
        "audiences": ["lokale-besturen", "beleidsmakers"],
        "regions": ["limburg"],
        "image": "Burgerpanel",
        "nl": {
            "title": "Burgerpanel over het lokale integratiebeleid",
            "intro": "Een gemeente vroeg inwoners met een buitenlandse herkomst om mee het integratiebeleid te schrijven.",
            "context_text": _p("Het integratiebeleid werd geschreven zonder de mensen voor wie het bedoeld is."),
            "approach": _p(
                "Een burgerpanel van 30 inwoners, geworven via brugfiguren, kwam zes keer samen en formuleerde voorstellen."
            ),
            "results": _p("Twaalf voorstellen kwamen in het meerjarenplan, waaronder een meertalig onthaalloket."),
            "key_figures": _figures(("30", "panelleden"), ("12", "voorstellen in het beleid")),
            "lessons": _p("Terugkoppeling is essentieel: deelnemers willen weten wat er met hun voorstellen gebeurt."),
            "replication_time": "6 maanden",
            "replication_budget": "± 8.000 euro (tolken, vergoedingen, catering)",
            "replication_partners": "Lokale verenigingen, brugfiguren, de integratiedienst",
        },
        "fr": {
            "title": "Un panel citoyen sur la politique d'intégration locale",
            "slug": "panel-citoyen-integration",
            "intro": "Une commune a demandé à des habitants d'origine étrangère de coécrire sa politique d'intégration.",
            "context_text": _p("La politique d'intégration était rédigée sans les personnes à qui elle s'adresse."),
            "approach": _p(
                "Un panel de 30 habitants, recrutés via des personnes-relais, s'est réuni six fois et a formulé des propositions."
            ),
            "results": _p(
                "Douze propositions figurent dans le plan pluriannuel, dont un guichet d'accueil multilingue."
            ),
            "key_figures": _figures(("30", "membres du panel"), ("12", "propositions retenues")),
            "lessons": _p(
                "Le retour est essentiel : les participants veulent savoir ce que deviennent leurs propositions."
            ),
            "replication_time": "6 mois",
            "replication_budget": "± 8 000 euros (interprètes, défraiements, repas)",
            "replication_partners": "Des associations locales, des personnes-relais, le service intégration",
        },
        "en": {
            "title": "A citizens' panel on local integration policy",
            "slug": "citizens-panel-integration",
            "intro": "A municipality asked residents with a foreign background to co-write its integration policy.",
            "context_text": _p("Integration policy was written without the people it is meant for."),
            "approach": _p(
                "A panel of 30 residents, recruited through bridge figures, met six times and made proposals."
            ),
            "results": _p("Twelve proposals made it into the multi-year plan, including a multilingual welcome desk."),
            "key_figures": _figures(("30", "panel members"), ("12", "proposals adopted")),
            "lessons": _p("Feedback is essential: participants want to know what happened to their proposals."),
            "replication_time": "6 months",
            "replication_budget": "About 8,000 euros (interpreters, allowances, catering)",
            "replication_partners": "Local associations, bridge figures, the integration department",
        },
    },
    {
        "slug": "diverse-expertenlijst-redactie",
        "partner": "Odysee",
        "sector": "media-en-cultuur",
        "start": "2020-10-01",
        "themes": ["beeldvorming-en-media"],
        "audiences": ["media"],
        "regions": ["brussel", "vlaanderen"],
        "nl": {
            "title": "Een diverse expertenlijst voor de redactie",
            "intro": "Een nieuwsredactie bouwde een lijst van experten met een migratieachtergrond en meet wie aan het woord komt.",
            "context_text": _p(
                "In het nieuws kwamen mensen met een migratieachtergrond vooral aan bod als slachtoffer of probleem."
            ),
            "approach": _p(
                "Een gedeelde expertenlijst per thema, een jaarlijkse diversiteitsmeting en vorming voor journalisten."
            ),
            "results": _p("Het aandeel experten met een migratieachtergrond in het nieuws steeg."),
            "key_figures": _figures(("350", "experten op de lijst"), ("x2", "aandeel in het nieuws")),
            "lessons": _p("Meten maakt zichtbaar wat anders onopgemerkt blijft."),
            "replication_time": "Doorlopend, start in 3 maanden",
            "replication_budget": "Een halftijdse coördinator",
            "replication_partners": "Middenveldorganisaties die experten aanbrengen",
        },
        "fr": {
            "title": "Une liste d'experts diversifiée pour la rédaction",
            "slug": "liste-experts-diversifiee",
            "intro": "Une rédaction a constitué une liste d'experts issus de l'immigration et mesure qui prend la parole.",
            "context_text": _p(
                "Dans l'actualité, les personnes issues de l'immigration apparaissaient surtout comme victimes ou problèmes."
            ),
            "approach": _p(
                "Une liste partagée d'experts par thème, une mesure annuelle de la diversité et une formation des journalistes."
            ),
            "results": _p("La part d'experts issus de l'immigration dans l'actualité a augmenté."),
            "key_figures": _figures(("350", "experts sur la liste"), ("x2", "part dans l'actualité")),
            "lessons": _p("Mesurer rend visible ce qui passerait inaperçu."),
            "replication_time": "En continu, démarrage en 3 mois",
            "replication_budget": "Un coordinateur à mi-temps",
            "replication_partners": "Des organisations de la société civile qui proposent des experts",
        },
    },
    {
        "slug": "antiracisme-actieplan-stad",
        "partner": "Unia",
        "sector": "openbaar-bestuur",
        "start": "2024-02-01",
        "themes": ["antidiscriminatie-en-antiracisme", "beleidsparticipatie"],
        "audiences": ["lokale-besturen", "beleidsmakers", "middenveldorganisaties"],
        "regions": ["vlaams-brabant"],
        "nl": {
            "title": "Een lokaal actieplan tegen racisme, samen opgesteld",
            "intro": "Een stad schreef haar actieplan tegen racisme samen met middenveldorganisaties en inwoners met ervaring.",
            "context_text": _p("Meldingen van discriminatie bleven zonder gevolg en vertrouwen in de stad was laag."),
            "approach": _p(
                "Discussietafels met ervaringsdeskundigen, een laagdrempelig meldpunt en jaarlijkse rapportering aan de gemeenteraad."
            ),
            "results": _p("Meer meldingen, sneller opgevolgd, en een jaarlijkse publieke rapportering."),
            "key_figures": _figures(("9", "discussietafels"), ("3x", "meer meldingen")),
            "lessons": _p("Meer meldingen is eerst een teken van vertrouwen, niet van meer racisme."),
            "replication_time": "9 maanden",
            "replication_budget": "± 25.000 euro",
            "replication_partners": "Unia, lokale middenveldorganisaties, de politie",
        },
    },
    {
        "slug": "vacaturescreening-kmo",
        "partner": "Unizo",
        "sector": "dienstverlening",
        "start": "2024-09-01",
        "themes": ["werk"],
        "audiences": ["werkgevers"],
        "regions": ["west-vlaanderen"],
        "nl": {
            "title": "Vacaturescreening voor kmo's",
            "intro": "Kmo's laten hun vacatures gratis nalezen op drempels voor kandidaten met een migratieachtergrond.",
            "context_text": _p(
                "Kleine ondernemers vinden moeilijk personeel maar schrikken kandidaten af met onnodige eisen."
            ),
            "approach": _p(
                "Een screening in 48 uur, met concrete herschrijfvoorstellen en een lijst van toeleiders in de buurt."
            ),
            "results": _p("Herschreven vacatures kregen meer en diversere sollicitaties."),
            "key_figures": _figures(("210", "vacatures nagelezen"), ("+35%", "sollicitaties")),
            "lessons": _p("Snelheid telt: ondernemers willen hun vacature dezelfde week online."),
            "replication_time": "1 maand opstart",
            "replication_budget": "± 2 uur per vacature",
            "replication_partners": "Een werkgeversorganisatie, VDAB",
        },
        "en": {
            "title": "Vacancy screening for small businesses",
            "slug": "vacancy-screening-smes",
            "intro": "Small businesses have their vacancies checked for free for barriers to candidates with a migration background.",
            "context_text": _p(
                "Small employers struggle to find staff but put candidates off with needless requirements."
            ),
            "approach": _p("A 48-hour screening with concrete rewrites and a list of local referral partners."),
            "results": _p("Rewritten vacancies received more and more diverse applications."),
            "key_figures": _figures(("210", "vacancies screened"), ("+35%", "applications")),
            "lessons": _p("Speed matters: employers want their vacancy online the same week."),
            "replication_time": "1 month to set up",
            "replication_budget": "About 2 hours per vacancy",
            "replication_partners": "An employers' organisation, the employment service",
        },
    },
]
