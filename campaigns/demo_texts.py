"""Demo campaigns from the organisation's communication work (shared/seeds): nuanced imaging in the
media, the right to housing, teachers with a migration background and the fight against racism.
Dates are relative to the day the demo is loaded (offsets in days), so one campaign is always
current, one upcoming and two past on a fresh demo site."""

INDEX = {
    "nl": {
        "title": "Campagnes",
        "intro": "Sensibiliseringscampagnes van LEVL en zijn partners voor een inclusieve samenleving.",
    },
    "fr": {
        "title": "Campagnes",
        "slug": "campagnes",
        "intro": "Les campagnes de sensibilisation de LEVL et de ses partenaires pour une société inclusive.",
    },
    "en": {
        "title": "Campaigns",
        "slug": "campaigns",
        "intro": "Awareness campaigns by LEVL and its partners for an inclusive society.",
    },
}

PARTNERS = [
    ("Unia", "https://www.unia.be/"),
    ("Vlaams Huurdersplatform", "https://www.huurdersplatform.be/"),
    ("VVSG", "https://www.vvsg.be/"),
    ("Agentschap Integratie en Inburgering", "https://www.integratiebeleid.be/"),
    ("VDAB", "https://www.vdab.be/"),
]

# slug, meta, texts per language (title, intro, key message, CTA labels, material descriptions, newsletter text)
CAMPAIGNS = [
    (
        "kijk-verder-dan-het-beeld",
        {
            "start": -45,
            "end": 120,
            "themes": ["beeldvorming-en-media"],
            "audiences": ["media", "middenveldorganisaties"],
            "regions": ["vlaanderen", "brussel"],
            "partners": ["Unia", "Agentschap Integratie en Inburgering"],
            "materials": [
                ("affiche", "Affiche Kijk verder dan het beeld"),
                ("sociale-media", "Beelden voor sociale media"),
            ],
            "related": ["genuanceerde-beeldvorming-media"],
            "cta_url": "https://example.org/kijk-verder",
        },
        {
            "nl": {
                "title": "Kijk verder dan het beeld",
                "intro": "Een campagne voor genuanceerde beeldvorming over onze superdiverse samenleving.",
                "key_message": "Mensen zijn meer dan één verhaal. Geef ze in de media de ruimte om dat te tonen.",
                "ctas": ["Lees ons advies", "Deel de campagne"],
                "materials": ["A3-affiche om op te hangen", "Vierkante beelden voor Instagram en Facebook"],
                "newsletter_heading": "Volg de campagne",
                "newsletter_text": "Ontvang nieuwe getuigenissen en materialen in je mailbox.",
            },
            "fr": {
                "title": "Regarder au-delà de l'image",
                "slug": "regarder-au-dela-de-l-image",
                "intro": "Une campagne pour une image nuancée de notre société super-diverse.",
                "key_message": "Chacun est plus qu'une seule histoire. Donnons-lui la place de le montrer dans les médias.",
                "ctas": ["Lire notre avis", "Partager la campagne"],
                "materials": ["Affiche A3 à afficher", "Visuels carrés pour Instagram et Facebook"],
                "newsletter_heading": "Suivez la campagne",
                "newsletter_text": "Recevez les nouveaux témoignages et supports dans votre boîte mail.",
            },
            "en": {
                "title": "Look beyond the image",
                "slug": "look-beyond-the-image",
                "intro": "A campaign for nuanced imaging of our super-diverse society.",
                "key_message": "People are more than one story. Give them room in the media to show it.",
                "ctas": ["Read our advice", "Share the campaign"],
                "materials": ["A3 poster to put up", "Square visuals for Instagram and Facebook"],
                "newsletter_heading": "Follow the campaign",
                "newsletter_text": "Get new testimonies and materials in your inbox.",
            },
        },
    ),
    (
        "iedereen-thuis",
        {
            "start": -400,
            "end": -300,
            "themes": ["wonen", "antidiscriminatie-en-antiracisme"],
            "audiences": ["huisvestingsactoren", "lokale-besturen"],
            "regions": ["vlaanderen"],
            "partners": ["Vlaams Huurdersplatform", "Unia", "VVSG"],
            "materials": [("affiche", "Affiche Iedereen thuis"), ("flyer", "Flyer Ken je rechten als huurder")],
            "related": ["praktijktesten-huurmarkt"],
            "cta_url": "https://example.org/meld-discriminatie",
        },
        {
            "nl": {
                "title": "Iedereen thuis: stop woondiscriminatie",
                "intro": "Een campagne tegen discriminatie op de huurmarkt.",
                "key_message": "Je naam of huidskleur mag nooit bepalen of je een woning vindt.",
                "ctas": ["Lees ons advies over praktijktesten", "Meld discriminatie"],
                "materials": [
                    "Affiche voor wachtzalen van OCMW's en sociale verhuurkantoren",
                    "Flyer met je rechten als huurder",
                ],
                "newsletter_heading": "",
                "newsletter_text": "",
            },
            "fr": {
                "title": "Chacun chez soi : stop à la discrimination au logement",
                "slug": "chacun-chez-soi",
                "intro": "Une campagne contre la discrimination sur le marché locatif.",
                "key_message": "Votre nom ou votre couleur de peau ne doivent jamais décider si vous trouvez un logement.",
                "ctas": ["Lire notre avis sur les tests de situation", "Signaler une discrimination"],
                "materials": [
                    "Affiche pour les salles d'attente des CPAS et agences immobilières sociales",
                    "Dépliant sur vos droits de locataire",
                ],
                "newsletter_heading": "",
                "newsletter_text": "",
            },
        },
    ),
    (
        "leraar-worden",
        {
            "start": 30,
            "end": 150,
            "themes": ["onderwijs"],
            "audiences": ["onderwijsactoren"],
            "regions": ["vlaanderen", "brussel"],
            "partners": ["Agentschap Integratie en Inburgering", "VDAB"],
            "materials": [("sociale-media", "Visuals Jij voor de klas")],
            "related": ["diversiteit-onderwijspersoneel"],
            "cta_url": "https://example.org/leraar-worden",
        },
        {
            "nl": {
                "title": "Jij voor de klas",
                "intro": "Een campagne die jongeren en volwassenen met een migratieachtergrond warm maakt voor het onderwijs.",
                "key_message": "De klas van morgen heeft leerkrachten nodig die op haar lijken. Misschien ben jij dat.",
                "ctas": ["Lees ons advies", "Ontdek hoe je leraar wordt"],
                "materials": ["Beelden met getuigenissen van leerkrachten"],
                "newsletter_heading": "Blijf op de hoogte",
                "newsletter_text": "We laten je weten wanneer de campagne start.",
            },
            "fr": {
                "title": "Toi devant la classe",
                "slug": "toi-devant-la-classe",
                "intro": "Une campagne qui donne envie d'enseigner aux jeunes et adultes issus de l'immigration.",
                "key_message": "La classe de demain a besoin d'enseignants qui lui ressemblent. C'est peut-être toi.",
                "ctas": ["Lire notre avis", "Découvrir comment devenir enseignant"],
                "materials": ["Visuels avec des témoignages d'enseignants"],
                "newsletter_heading": "Restez informé·e",
                "newsletter_text": "Nous vous préviendrons du lancement de la campagne.",
            },
        },
    ),
    (
        "samen-tegen-racisme",
        {
            "start": -250,
            "end": -220,
            "themes": ["antidiscriminatie-en-antiracisme", "beleidsparticipatie"],
            "audiences": ["middenveldorganisaties", "lokale-besturen", "werkgevers"],
            "regions": ["vlaanderen", "brussel", "federaal"],
            "partners": ["Unia", "VVSG"],
            "materials": [("handleiding", "Actiegids 21 maart")],
            "related": ["actieplan-tegen-racisme"],
            "cta_url": "https://example.org/21-maart",
        },
        {
            "nl": {
                "title": "Samen tegen racisme op 21 maart",
                "intro": "Rond de internationale dag tegen racisme kwamen organisaties en besturen in actie.",
                "key_message": "Racisme is geen mening. Samen maken we er werk van, elke dag.",
                "ctas": ["Lees ons advies over het actieplan", "Download de actiegids"],
                "materials": ["Actiegids met ideeën voor je organisatie of gemeente"],
                "newsletter_heading": "",
                "newsletter_text": "",
            },
        },
    ),
]
