"""Demo recommendations, drawn from the organisation's policy work (shared/seeds): diversity in
school staff, correspondence tests on the rental market, ethnic profiling, inclusive VDAB
services, local policy participation, the anti-racism action plan and nuanced media imaging."""

import datetime

D = datetime.date

INDEX = {
    "nl": {
        "title": "Beleidsadviezen",
        "intro": "Onze adviezen aan ministers, administraties en adviesraden, en wat er vandaag mee gebeurd is.",
        "status_explainer": "<p>Elk advies volgen we op: <b>verstuurd</b>, <b>besproken</b>, en dan <b>(gedeeltelijk) overgenomen</b> of <b>niet overgenomen</b>. Filter op thema, beleidsniveau en status.</p>",
    },
    "fr": {
        "title": "Avis politiques",
        "slug": "avis-politiques",
        "intro": "Nos avis aux ministres, administrations et conseils consultatifs, et ce qu'il en est advenu.",
        "status_explainer": "<p>Nous suivons chaque avis : <b>envoyé</b>, <b>discuté</b>, puis <b>(partiellement) adopté</b> ou <b>non adopté</b>. Filtrez par thème, niveau de pouvoir et statut.</p>",
    },
    "en": {
        "title": "Policy advice",
        "slug": "policy-advice",
        "intro": "Our advice to ministers, administrations and advisory councils, and what became of it.",
        "status_explainer": "<p>We follow up every piece of advice: <b>sent</b>, <b>discussed</b>, then <b>(partially) adopted</b> or <b>not adopted</b>. Filter by theme, policy level and status.</p>",
    },
}

# slug, meta (themes, audiences, regions, level, addressee kind, date), history [(date, status, nl note)],
# texts per language: title, intro, summary, addressed_to, recommendations [(title, explanation)],
# notes (translated history notes, same order), response.
RECOMMENDATIONS = [
    (
        "diversiteit-onderwijspersoneel",
        {
            "themes": ["onderwijs"],
            "audiences": ["onderwijsactoren", "beleidsmakers"],
            "regions": ["vlaanderen", "brussel"],
            "level": "vlaams",
            "kind": "minister",
            "date": D(2025, 10, 12),
            "response_url": "https://example.org/beleidsnota-onderwijs",
        },
        [
            (D(2025, 12, 5), "besproken", "Toegelicht in de Vlaamse Onderwijsraad (VLOR) en op het kabinet Onderwijs."),
            (
                D(2026, 6, 20),
                "gedeeltelijk-overgenomen",
                "Zij-instroom en mentorschap staan in de beleidsnota; streefcijfers niet.",
            ),
        ],
        {
            "nl": {
                "title": "Meer diversiteit bij het onderwijspersoneel",
                "intro": "Leerlingen hebben leerkrachten nodig die de superdiverse klas weerspiegelen.",
                "summary": "<p>Het onderwijspersoneel weerspiegelt de superdiverse leerlingenpopulatie niet. We vragen de minister van Onderwijs om de aanwerving en begeleiding van onderwijsprofessionals met een buitenlandse herkomst actief te ondersteunen.</p>",
                "addressed_to": "Vlaams minister van Onderwijs",
                "recommendations": [
                    (
                        "Open zij-instroom voor mensen met een buitenlands diploma",
                        "<p>Erken buitenlandse diploma's sneller en bied taaltrajecten op maat.</p>",
                    ),
                    (
                        "Voorzie mentorschap voor startende leerkrachten",
                        "<p>Startende leerkrachten met een migratieachtergrond haken vaker af; een mentor helpt hen blijven.</p>",
                    ),
                    (
                        "Maak inspirerende praktijken bekend bij jongeren",
                        "<p>Toon jongeren met een buitenlandse herkomst dat het onderwijs ook hun plek is.</p>",
                    ),
                    (
                        "Volg de diversiteit van het personeel op met streefcijfers",
                        "<p>Wat niet gemeten wordt, verandert niet.</p>",
                    ),
                ],
                "notes": [
                    "Toegelicht in de Vlaamse Onderwijsraad (VLOR) en op het kabinet Onderwijs.",
                    "Zij-instroom en mentorschap staan in de beleidsnota; streefcijfers niet.",
                ],
                "response": "<p>De minister neemt zij-instroom en mentorschap op in de beleidsnota, maar kiest niet voor streefcijfers.</p>",
            },
            "fr": {
                "title": "Plus de diversité parmi le personnel enseignant",
                "slug": "diversite-personnel-enseignant",
                "intro": "Les élèves ont besoin d'enseignants qui reflètent la classe super-diverse.",
                "summary": "<p>Le personnel enseignant ne reflète pas la population scolaire super-diverse. Nous demandons au ministre de l'Enseignement de soutenir activement le recrutement et l'accompagnement de professionnels issus de l'immigration.</p>",
                "addressed_to": "Ministre flamand de l'Enseignement",
                "recommendations": [
                    (
                        "Ouvrir les reconversions aux diplômés étrangers",
                        "<p>Reconnaître plus vite les diplômes étrangers et proposer des trajets linguistiques sur mesure.</p>",
                    ),
                    (
                        "Prévoir un mentorat pour les enseignants débutants",
                        "<p>Les débutants issus de l'immigration décrochent plus souvent ; un mentor les aide à rester.</p>",
                    ),
                    (
                        "Faire connaître les pratiques inspirantes aux jeunes",
                        "<p>Montrer aux jeunes issus de l'immigration que l'enseignement est aussi leur place.</p>",
                    ),
                    (
                        "Suivre la diversité du personnel avec des objectifs chiffrés",
                        "<p>Ce qui n'est pas mesuré ne change pas.</p>",
                    ),
                ],
                "notes": [
                    "Présenté au Conseil flamand de l'enseignement (VLOR) et au cabinet de l'Enseignement.",
                    "Reconversion et mentorat figurent dans la note politique ; les objectifs chiffrés non.",
                ],
                "response": "<p>Le ministre reprend la reconversion et le mentorat dans sa note politique, mais pas les objectifs chiffrés.</p>",
            },
            "en": {
                "title": "More diversity among teaching staff",
                "slug": "diversity-teaching-staff",
                "intro": "Pupils need teachers who mirror the super-diverse classroom.",
                "summary": "<p>Teaching staff do not mirror the super-diverse pupil population. We ask the Minister of Education to actively support recruiting and coaching education professionals with a migration background.</p>",
                "addressed_to": "Flemish Minister of Education",
                "recommendations": [
                    (
                        "Open career-switch routes to people with foreign degrees",
                        "<p>Recognise foreign degrees faster and offer tailored language courses.</p>",
                    ),
                    (
                        "Provide mentoring for new teachers",
                        "<p>New teachers with a migration background drop out more often; a mentor helps them stay.</p>",
                    ),
                    (
                        "Showcase inspiring practices to young people",
                        "<p>Show young people with a migration background that education is their place too.</p>",
                    ),
                    ("Monitor staff diversity with targets", "<p>What is not measured does not change.</p>"),
                ],
                "notes": [
                    "Presented to the Flemish Education Council (VLOR) and the Minister's office.",
                    "Career switching and mentoring are in the policy paper; targets are not.",
                ],
                "response": "<p>The minister includes career switching and mentoring in the policy paper, but not targets.</p>",
            },
        },
    ),
    (
        "praktijktesten-huurmarkt",
        {
            "themes": ["wonen", "antidiscriminatie-en-antiracisme"],
            "audiences": ["huisvestingsactoren", "lokale-besturen", "beleidsmakers"],
            "regions": ["vlaanderen"],
            "level": "vlaams",
            "kind": "minister",
            "date": D(2025, 5, 3),
            "response_url": "https://example.org/decreet-praktijktesten",
        },
        [
            (
                D(2025, 9, 18),
                "besproken",
                "Hoorzitting in de commissie Wonen van het Vlaams Parlement, samen met het Vlaams Huurdersplatform en Unia.",
            ),
            (
                D(2026, 2, 9),
                "overgenomen",
                "Praktijktesten worden wettelijk verankerd en lokale besturen krijgen middelen om ze uit te voeren.",
            ),
        ],
        {
            "nl": {
                "title": "Praktijktesten tegen discriminatie op de huurmarkt",
                "intro": "Een buitenlandse naam mag geen reden zijn om een woning te weigeren.",
                "summary": "<p>Of je een gezonde en betaalbare woning vindt, mag niet afhangen van je afkomst, naam of huidskleur. Praktijktesten tonen discriminatie aan en schrikken af.</p>",
                "addressed_to": "Vlaams minister van Wonen",
                "recommendations": [
                    (
                        "Veranker praktijktesten in de regelgeving",
                        "<p>Geef lokale besturen een duidelijke rechtsgrond om praktijktesten uit te voeren.</p>",
                    ),
                    ("Koppel vaststellingen aan sancties", "<p>Zonder gevolg verandert er niets.</p>"),
                    (
                        "Informeer slachtoffers over hun rechten",
                        "<p>Samen met het Vlaams Huurdersplatform en Unia.</p>",
                    ),
                ],
                "notes": [
                    "Hoorzitting in de commissie Wonen van het Vlaams Parlement, samen met het Vlaams Huurdersplatform en Unia.",
                    "Praktijktesten worden wettelijk verankerd en lokale besturen krijgen middelen om ze uit te voeren.",
                ],
                "response": "<p>Het decreet over praktijktesten werd goedgekeurd; lokale besturen krijgen middelen.</p>",
            },
            "fr": {
                "title": "Des tests de situation contre la discrimination sur le marché locatif",
                "slug": "tests-de-situation-logement",
                "intro": "Un nom à consonance étrangère ne peut justifier le refus d'un logement.",
                "summary": "<p>Trouver un logement sain et abordable ne peut dépendre de son origine, de son nom ou de sa couleur de peau. Les tests de situation prouvent la discrimination et dissuadent.</p>",
                "addressed_to": "Ministre flamand du Logement",
                "recommendations": [
                    (
                        "Ancrer les tests de situation dans la réglementation",
                        "<p>Donner aux pouvoirs locaux une base juridique claire pour les réaliser.</p>",
                    ),
                    ("Lier les constats à des sanctions", "<p>Sans conséquences, rien ne change.</p>"),
                    ("Informer les victimes de leurs droits", "<p>Avec le Vlaams Huurdersplatform et Unia.</p>"),
                ],
                "notes": [
                    "Audition en commission Logement du Parlement flamand, avec le Vlaams Huurdersplatform et Unia.",
                    "Les tests de situation sont ancrés dans la loi et les pouvoirs locaux reçoivent des moyens.",
                ],
                "response": "<p>Le décret sur les tests de situation a été adopté ; les pouvoirs locaux reçoivent des moyens.</p>",
            },
            "en": {
                "title": "Correspondence tests against discrimination in the rental market",
                "slug": "correspondence-tests-rental-market",
                "intro": "A foreign-sounding name must never be a reason to refuse a home.",
                "summary": "<p>Finding a healthy, affordable home must not depend on your origin, name or skin colour. Correspondence tests prove discrimination and deter it.</p>",
                "addressed_to": "Flemish Minister of Housing",
                "recommendations": [
                    (
                        "Anchor correspondence tests in the rules",
                        "<p>Give local governments a clear legal basis to run them.</p>",
                    ),
                    ("Link findings to sanctions", "<p>Without consequences nothing changes.</p>"),
                    ("Inform victims of their rights", "<p>Together with the Flemish tenants' platform and Unia.</p>"),
                ],
                "notes": [
                    "Hearing in the Housing committee of the Flemish Parliament, with the tenants' platform and Unia.",
                    "Correspondence tests are anchored in law and local governments receive funding.",
                ],
                "response": "<p>The decree on correspondence tests was adopted; local governments receive funding.</p>",
            },
        },
    ),
    (
        "etnisch-profileren",
        {
            "themes": ["antidiscriminatie-en-antiracisme"],
            "audiences": ["beleidsmakers", "middenveldorganisaties"],
            "regions": ["federaal", "brussel"],
            "level": "federaal",
            "kind": "minister",
            "date": D(2026, 2, 15),
            "response_url": "",
        },
        [
            (D(2026, 5, 7), "besproken", "Besproken met het kabinet Binnenlandse Zaken."),
            (D(2026, 10, 2), "niet-overgenomen", "Het registreren van identiteitscontroles werd niet weerhouden."),
        ],
        {
            "nl": {
                "title": "Stop etnisch profileren bij identiteitscontroles",
                "intro": "Wie jong is en een migratieachtergrond heeft, wordt veel vaker gecontroleerd.",
                "summary": "<p>Etnisch profileren tast het vertrouwen in de politie aan en raakt de menswaardigheid. We vragen registratie van controles en een ontvangstbewijs.</p>",
                "addressed_to": "Federaal minister van Binnenlandse Zaken",
                "recommendations": [
                    (
                        "Registreer elke identiteitscontrole",
                        "<p>Met reden en uitkomst, zodat patronen zichtbaar worden.</p>",
                    ),
                    (
                        "Geef een ontvangstbewijs aan wie gecontroleerd wordt",
                        "<p>Zo kan een burger een klacht onderbouwen.</p>",
                    ),
                    ("Vorm agenten rond etnisch profileren", "<p>In de basisopleiding en daarna.</p>"),
                ],
                "notes": [
                    "Besproken met het kabinet Binnenlandse Zaken.",
                    "Het registreren van identiteitscontroles werd niet weerhouden.",
                ],
                "response": "<p>De minister kiest voor vorming, maar niet voor registratie of een ontvangstbewijs.</p>",
            },
            "fr": {
                "title": "Stop au profilage ethnique lors des contrôles d'identité",
                "slug": "profilage-ethnique",
                "intro": "Les jeunes issus de l'immigration sont bien plus souvent contrôlés.",
                "summary": "<p>Le profilage ethnique mine la confiance envers la police et porte atteinte à la dignité. Nous demandons l'enregistrement des contrôles et un récépissé.</p>",
                "addressed_to": "Ministre fédéral de l'Intérieur",
                "recommendations": [
                    (
                        "Enregistrer chaque contrôle d'identité",
                        "<p>Avec le motif et le résultat, pour rendre les schémas visibles.</p>",
                    ),
                    ("Remettre un récépissé à la personne contrôlée", "<p>Pour qu'elle puisse étayer une plainte.</p>"),
                    ("Former les agents au profilage ethnique", "<p>Dans la formation de base et ensuite.</p>"),
                ],
                "notes": [
                    "Discuté avec le cabinet de l'Intérieur.",
                    "L'enregistrement des contrôles d'identité n'a pas été retenu.",
                ],
                "response": "<p>Le ministre opte pour la formation, mais pas pour l'enregistrement ni le récépissé.</p>",
            },
        },
    ),
    (
        "inclusieve-dienstverlening-vdab",
        {
            "themes": ["werk"],
            "audiences": ["werkgevers", "beleidsmakers"],
            "regions": ["vlaanderen"],
            "level": "vlaams",
            "kind": "adviesraad",
            "date": D(2026, 9, 10),
            "response_url": "",
        },
        [],
        {
            "nl": {
                "title": "Inclusieve dienstverlening bij VDAB",
                "intro": "Werkzoekenden met een migratieachtergrond verdienen begeleiding die bij hen past.",
                "summary": "<p>Om de etnische kloof op de arbeidsmarkt te dichten, vragen we via de SERV een dienstverlening die drempels wegwerkt: taal, erkenning van competenties en discriminatie door werkgevers.</p>",
                "addressed_to": "Sociaal-Economische Raad van Vlaanderen (SERV)",
                "recommendations": [
                    (
                        "Erken competenties, niet alleen diploma's",
                        "<p>Gebruik competentietests die taalonafhankelijk zijn.</p>",
                    ),
                    ("Combineer werk en taalleren", "<p>Wachten tot de taal perfect is, vertraagt de instroom.</p>"),
                    (
                        "Pak discriminerende vacatures aan",
                        "<p>Weiger vacatures met discriminerende criteria en begeleid werkgevers.</p>",
                    ),
                ],
                "notes": [],
                "response": "",
            },
            "fr": {
                "title": "Des services VDAB inclusifs",
                "slug": "services-vdab-inclusifs",
                "intro": "Les demandeurs d'emploi issus de l'immigration méritent un accompagnement adapté.",
                "summary": "<p>Pour combler le fossé ethnique sur le marché du travail, nous demandons via le SERV des services qui lèvent les obstacles : langue, reconnaissance des compétences et discrimination à l'embauche.</p>",
                "addressed_to": "Conseil socio-économique de Flandre (SERV)",
                "recommendations": [
                    (
                        "Reconnaître les compétences, pas seulement les diplômes",
                        "<p>Utiliser des tests de compétences indépendants de la langue.</p>",
                    ),
                    (
                        "Combiner travail et apprentissage de la langue",
                        "<p>Attendre une langue parfaite retarde l'accès à l'emploi.</p>",
                    ),
                    (
                        "S'attaquer aux offres d'emploi discriminatoires",
                        "<p>Refuser les critères discriminatoires et accompagner les employeurs.</p>",
                    ),
                ],
                "notes": [],
                "response": "",
            },
        },
    ),
    (
        "beleidsparticipatie-lokale-besturen",
        {
            "themes": ["beleidsparticipatie"],
            "audiences": ["lokale-besturen", "middenveldorganisaties"],
            "regions": ["vlaanderen", "antwerpen", "limburg"],
            "level": "lokaal",
            "kind": "administratie",
            "date": D(2026, 3, 1),
            "response_url": "",
        },
        [(D(2026, 6, 12), "besproken", "Voorgesteld aan lokale besturen op een studiedag met de VVSG.")],
        {
            "nl": {
                "title": "Beleidsparticipatie van burgers met een migratieachtergrond in lokale besturen",
                "intro": "Mensen met een buitenlandse herkomst worden aandeelhouder van het lokale beleid.",
                "summary": "<p>Lokale besturen bereiken burgers met een migratieachtergrond nog te weinig. Met burgerpanels, sleutelfiguren en brugfiguren kan het anders.</p>",
                "addressed_to": "Lokale besturen en de VVSG",
                "recommendations": [
                    (
                        "Werk met brug- en sleutelfiguren",
                        "<p>Zij kennen de realiteit van de buurt en bouwen vertrouwen op.</p>",
                    ),
                    (
                        "Organiseer burgerpanels die de bevolking weerspiegelen",
                        "<p>Nodig gericht uit en vergoed deelname.</p>",
                    ),
                    (
                        "Koppel terug wat er met de inbreng gebeurde",
                        "<p>Wie niets terughoort, doet geen tweede keer mee.</p>",
                    ),
                ],
                "notes": ["Voorgesteld aan lokale besturen op een studiedag met de VVSG."],
                "response": "",
            },
        },
    ),
    (
        "actieplan-tegen-racisme",
        {
            "themes": ["antidiscriminatie-en-antiracisme", "beleidsparticipatie"],
            "audiences": ["beleidsmakers", "middenveldorganisaties"],
            "regions": ["federaal", "vlaanderen", "brussel"],
            "level": "federaal",
            "kind": "staatssecretaris",
            "date": D(2024, 6, 21),
            "response_url": "https://example.org/napar",
        },
        [
            (D(2024, 9, 30), "besproken", "Overleg met de federale staatssecretaris voor Gelijke Kansen."),
            (
                D(2024, 12, 15),
                "gedeeltelijk-overgenomen",
                "Het nationaal actieplan tegen racisme (NAPAR) neemt een deel van onze voorstellen over.",
            ),
        ],
        {
            "nl": {
                "title": "Een ambitieus nationaal actieplan tegen racisme (NAPAR)",
                "intro": "Racisme is een structureel probleem dat een structurele aanpak vraagt.",
                "summary": "<p>Discriminatie en racisme zijn een dagelijkse realiteit. Een nationaal actieplan moet meetbare doelen, middelen en een onafhankelijke opvolging hebben.</p>",
                "addressed_to": "Federale staatssecretaris voor Gelijke Kansen",
                "recommendations": [
                    ("Leg meetbare doelen vast per beleidsdomein", "<p>Werk, wonen, onderwijs, politie en media.</p>"),
                    (
                        "Betrek mensen met ervaringsdeskundigheid",
                        "<p>In het opstellen én in de opvolging van het plan.</p>",
                    ),
                    ("Voorzie een onafhankelijke evaluatie", "<p>Met een openbaar verslag elk jaar.</p>"),
                ],
                "notes": [
                    "Overleg met de federale staatssecretaris voor Gelijke Kansen.",
                    "Het nationaal actieplan tegen racisme (NAPAR) neemt een deel van onze voorstellen over.",
                ],
                "response": "<p>Het NAPAR bevat doelen per domein, maar geen onafhankelijke evaluatie.</p>",
            },
            "fr": {
                "title": "Un plan d'action national ambitieux contre le racisme (NAPAR)",
                "slug": "plan-action-contre-le-racisme",
                "intro": "Le racisme est un problème structurel qui demande une approche structurelle.",
                "summary": "<p>La discrimination et le racisme sont une réalité quotidienne. Un plan d'action national doit avoir des objectifs mesurables, des moyens et un suivi indépendant.</p>",
                "addressed_to": "Secrétaire d'État fédérale à l'Égalité des chances",
                "recommendations": [
                    (
                        "Fixer des objectifs mesurables par domaine",
                        "<p>Emploi, logement, enseignement, police et médias.</p>",
                    ),
                    ("Associer des experts du vécu", "<p>Dans la rédaction et dans le suivi du plan.</p>"),
                    ("Prévoir une évaluation indépendante", "<p>Avec un rapport public chaque année.</p>"),
                ],
                "notes": [
                    "Concertation avec la secrétaire d'État fédérale à l'Égalité des chances.",
                    "Le plan d'action national contre le racisme (NAPAR) reprend une partie de nos propositions.",
                ],
                "response": "<p>Le NAPAR contient des objectifs par domaine, mais pas d'évaluation indépendante.</p>",
            },
        },
    ),
    (
        "genuanceerde-beeldvorming-media",
        {
            "themes": ["beeldvorming-en-media"],
            "audiences": ["media", "beleidsmakers"],
            "regions": ["vlaanderen", "brussel"],
            "level": "vlaams",
            "kind": "minister",
            "date": D(2026, 11, 2),
            "response_url": "",
        },
        [],
        {
            "nl": {
                "title": "Genuanceerde beeldvorming in de media, voor en achter de schermen",
                "intro": "Een eerlijk beeld van onze superdiverse samenleving begint bij wie het maakt.",
                "summary": "<p>Genuanceerde beeldvorming kan enkel met evenredige participatie van mensen met een buitenlandse herkomst in de media, voor en achter de schermen.</p>",
                "addressed_to": "Vlaams minister van Media",
                "recommendations": [
                    (
                        "Neem diversiteitsdoelen op in de beheersovereenkomst van de openbare omroep",
                        "<p>Voor en achter de schermen.</p>",
                    ),
                    (
                        "Steun een databank van experten met een migratieachtergrond",
                        "<p>Zodat redacties niet altijd dezelfde stemmen horen.</p>",
                    ),
                ],
                "notes": [],
                "response": "",
            },
        },
    ),
]
