/**
 * What every config field means, in plain Dutch for webmasters. The build adds these to the
 * JSON Schema (dist/digiplein.schema.json), so an editor shows them next to the field, and
 * `scripts/config-reference.ts` writes them into docs/config-reference.md.
 * Not part of the browser bundles.
 *
 * Keys are paths: `offers[].contact.phone` (`[]` is any item of a list, `{}` any key of a map).
 * Opening hours per weekday (`…openingHours.ma` to `.zo`) are explained once, by rule.
 */
export const fieldDescriptions: Record<string, string> = {
  $schema: 'Adres van dit JSON Schema. Zet het erin, dan helpt uw editor met aanvullen en controleren.',
  version: 'Versie van het config-formaat. Altijd 1.',
  organisation: 'Wie deze DigiPlein aanbiedt: een gemeente, een regio, een CJG of een wijkteam.',
  'organisation.name': 'Naam van de organisatie, zoals ouders die zien.',
  'organisation.kind': 'Soort organisatie.',
  'organisation.website': 'Website van de organisatie.',
  'organisation.privacyStatementUrl': 'Adres van uw privacyverklaring. De widgets linken hiernaar.',
  'organisation.email': 'Algemeen e-mailadres.',
  'organisation.phone': 'Algemeen telefoonnummer.',
  gemeenten:
    'De gemeenten van de regio, met hun postcodegebieden. Zo vindt de hulpzoeker lokale hulp bij een postcode, zonder dat er iets naar buiten gaat.',
  'gemeenten[].code': 'CBS-gemeentecode, zoals GM0363.',
  'gemeenten[].name': 'Naam van de gemeente.',
  'gemeenten[].postcodes': 'Postcodegebieden van vier cijfers, of reeksen zoals "1011-1019".',
  'gemeenten[].wijkteam': 'Id van het aanbod (in offers) dat de hulpzoeker toont als niets anders past: meestal het wijkteam.',
  themes:
    'Eigen onderwerpen naast de landelijke (kinderen, geld, wonen, juridisch, emoties, veiligheid). Een onderwerp met hetzelfde id vervangt het landelijke.',
  'themes[].id': 'Id van het onderwerp; aanbod en vragen verwijzen hiernaar.',
  'themes[].label': 'Naam van het onderwerp, zoals ouders die zien.',
  'themes[].description': 'Korte uitleg bij het onderwerp.',
  offers:
    'Hulpaanbod van de gemeente of regio. Komt bij het landelijke aanbod; een aanbod met hetzelfde id als een landelijk aanbod vervangt dat.',
  'offers[].id': 'Id van het aanbod: kleine letters, cijfers en streepjes.',
  'offers[].name': 'Naam van het aanbod.',
  'offers[].organisation': 'Organisatie die het aanbod geeft.',
  'offers[].description': 'Korte uitleg voor ouders: wat is het en voor wie.',
  'offers[].keywords':
    'Extra zoekwoorden waarmee ouders dit aanbod vinden: woorden die niet in de naam of uitleg staan, ook in het Engels. Elk zoekwoord telt op zichzelf, dus een korte woordgroep zoals ouders die typen ("ex betaalt niet") werkt goed.',
  'offers[].themes': 'Onderwerpen (ids uit themes of de landelijke onderwerpen). Minstens één.',
  'offers[].level': 'Zwaarte: licht (informatie, eerste gesprek), midden (begeleiding) of zwaar (veel zorgen of onveilig).',
  'offers[].audience': 'Voor wie: ouder, kind en/of naaste. Minstens één.',
  'offers[].gemeenten': 'Alleen voor inwoners van deze gemeenten (CBS-codes). Leeg of weg: de hele regio.',
  'offers[].contact': 'Hoe ouders het aanbod bereiken. Minstens één van phone, email, website, chat of spreekuur.',
  'offers[].contact.phone': 'Telefoonnummer zoals mensen het bellen, bijvoorbeeld 0800-2000.',
  'offers[].contact.phoneNote': 'Korte tekst naast het nummer, bijvoorbeeld "gratis, dag en nacht".',
  'offers[].contact.email': 'E-mailadres.',
  'offers[].contact.website': 'Website met meer informatie.',
  'offers[].contact.chat': 'Adres van een chat van de aanbieder.',
  'offers[].contact.spreekuur': 'Id van een spreekuur in spreekuren: de widget toont dan "meld u aan".',
  'offers[].cost': 'Kosten. Weg als u het niet zeker weet: de widget verwijst dan naar de website.',
  'offers[].cost.free': 'true als het aanbod gratis is.',
  'offers[].cost.note': 'Uitleg over de kosten, bijvoorbeeld "eigen bijdrage naar inkomen".',
  'offers[].openingHours': 'Openingstijden per dag (ma tot en met zo). Een dag die ontbreekt is gesloten.',
  'offers[].openingNote': 'Uitleg bij de openingstijden, bijvoorbeeld "op afspraak".',
  'offers[].address': 'Bezoekadres.',
  'offers[].address.street': 'Straat en huisnummer.',
  'offers[].address.postcode': 'Postcode.',
  'offers[].address.city': 'Plaats.',
  'offers[].coordinates': 'Plaats op de kaart (breedte- en lengtegraad).',
  'offers[].coordinates.lat': 'Breedtegraad, bijvoorbeeld 52.37.',
  'offers[].coordinates.lon': 'Lengtegraad, bijvoorbeeld 4.89.',
  'offers[].source': 'Webadres waar de gegevens van dit aanbod gecontroleerd zijn.',
  'offers[].example': 'true voor een verzonnen voorbeeld (demo): de widget toont dan het label "Verzonnen voorbeeld".',
  synonyms:
    'Groepen woorden die voor ouders hetzelfde betekenen, zoals ["omgangsregeling", "zorgregeling"]. De zoekfunctie vindt dan met elk woord hetzelfde.',
  knowledgeBase:
    'Vragen en antwoorden die de chat gebruikt. De chat antwoordt alleen met deze teksten en de landelijke, nooit met verzonnen tekst.',
  'knowledgeBase[].id': 'Id van de vraag.',
  'knowledgeBase[].question': 'De vraag, zoals een ouder die stelt.',
  'knowledgeBase[].answer':
    'Het antwoord. Een witregel maakt een nieuwe alinea, een regel met "- " een lijst, en [tekst](https://…) een link.',
  'knowledgeBase[].alternatives':
    'Andere manieren waarop ouders dezelfde vraag stellen, in hun eigen woorden en in elke taal (ook met tikfouten of in het Engels). De chat zoekt ook hierin.',
  'knowledgeBase[].keywords': 'Extra zoekwoorden waarmee de chat deze vraag vindt.',
  'knowledgeBase[].themes': 'Onderwerpen van deze vraag (ids).',
  'knowledgeBase[].links': 'Links onder het antwoord.',
  'knowledgeBase[].links[].label': 'Tekst van de link.',
  'knowledgeBase[].links[].url': 'Adres van de link.',
  'knowledgeBase[].source': 'Webadres waar het antwoord gecontroleerd is, of een lijst van webadressen.',
  conversations: 'Gesprekken met vaste stappen in de chat (zoals "ik wil weten waar ik moet beginnen").',
  'conversations[].id': 'Id van het gesprek.',
  'conversations[].title': 'Titel, zoals ouders die als onderwerp zien.',
  'conversations[].start': 'Id van de eerste stap in nodes.',
  'conversations[].nodes': 'De stappen van het gesprek, per id.',
  'conversations[].nodes{}.type':
    'Soort stap: message (tekst), choice (keuze), question (vraag met invulveld), jump (ga naar), widget (open een widget) of handoff (naar een medewerker).',
  'conversations[].nodes{}.text': 'Tekst van de stap.',
  'conversations[].nodes{}.next': 'Id van de volgende stap.',
  'conversations[].nodes{}.choices': 'De keuzes bij een choice-stap. Minstens één.',
  'conversations[].nodes{}.choices[].label': 'Tekst van de keuze.',
  'conversations[].nodes{}.choices[].next': 'Id van de stap na deze keuze.',
  'conversations[].nodes{}.input': 'Soort antwoord bij een question-stap: text of postcode.',
  'conversations[].nodes{}.store': 'Naam waaronder het antwoord tijdens het gesprek onthouden wordt.',
  'conversations[].nodes{}.to': 'Id van de stap waar een jump-stap naartoe gaat.',
  'conversations[].nodes{}.widget': 'Welke widget een widget-stap opent: hulpzoeker, spreekuur-aanmelding of stap-tracker.',
  'conversations[].nodes{}.options': 'Attributen voor de geopende widget, bijvoorbeeld {"spreekuur": "wijkteam"}.',
  safety: 'Veiligheid: woorden die direct de veiligheidskaart tonen, en waar "Snel weg" naartoe gaat.',
  'safety.phrases': 'Extra woorden of zinnen die op gevaar wijzen (sterk signaal). Komen bij de landelijke lijst.',
  'safety.signals': 'Extra gevaarsignalen met een categorie en sterkte, in de syntax van de landelijke lijst (zie docs/safety.md).',
  'safety.signals[].category':
    'Soort gevaar: acute-violence, threats, suicide-self-harm, child-danger, child-abduction, stalking-coercive-control of sexual-violence. Bepaalt welke hulp eerst komt.',
  'safety.signals[].strength':
    'strong: de veiligheidskaart komt eerst. possible: het antwoord blijft en er komt een rustige regel met hulp boven.',
  'safety.signals[].match':
    'Patronen: woorden dicht bij elkaar in elke volgorde; | scheidt alternatieven, * staat voor de rest van een woord.',
  'safety.signals[].unless': 'Woorden die het signaal onschuldig maken als ze dichtbij staan (zoals "advocaat" bij "dreigt").',
  'safety.signals[].window': 'Binnen hoeveel woorden de woorden van een patroon moeten staan (standaard 6).',
  'safety.quickExitUrl': 'Neutrale website waar de knop "Snel weg" naartoe gaat.',
  route: 'Het stappenplan bij scheiden: eigen fasen en stappen naast de landelijke.',
  'route.phases': 'Fasen van het stappenplan.',
  'route.phases[].id': 'Id van de fase.',
  'route.phases[].title': 'Titel van de fase.',
  'route.steps': 'Stappen. Een stap met hetzelfde id als een landelijke stap vervangt die.',
  'route.steps[].id': 'Id van de stap.',
  'route.steps[].phase': 'Id van de fase waar de stap bij hoort.',
  'route.steps[].title': 'Titel van de stap.',
  'route.steps[].why': 'Waarom deze stap belangrijk is (informatie, geen advies).',
  'route.steps[].todo': 'Wat ouders doen. Bij juridische en geldzaken: waar ze advies krijgen.',
  'route.steps[].links': 'Links met meer informatie.',
  'route.steps[].links[].label': 'Tekst van de link.',
  'route.steps[].links[].url': 'Adres van de link.',
  'route.steps[].offers': 'Ids van aanbod (eigen of landelijk) dat bij deze stap helpt.',
  'route.steps[].appliesTo': 'Voor welke gezinnen de stap geldt. Weg: voor iedereen.',
  'route.steps[].requiredFor': 'Voor welke gezinnen de stap verplicht is (bij wet).',
  'route.steps[].appliesTo.relation': 'Alleen voor deze relaties: getrouwd, geregistreerd en/of samenwonend. Weg: alle.',
  'route.steps[].appliesTo.minorChildren': 'true: alleen voor gezinnen met kinderen onder 18; false: alleen zonder.',
  'route.steps[].appliesTo.hasHelp':
    'true: alleen voor ouders die al een begeleider, mediator of advocaat hebben; false: alleen voor wie die nog niet heeft.',
  'route.steps[].requiredFor.relation': 'Verplicht voor deze relaties: getrouwd, geregistreerd en/of samenwonend.',
  'route.steps[].requiredFor.minorChildren': 'true: verplicht voor gezinnen met kinderen onder 18; false: voor gezinnen zonder.',
  'route.steps[].requiredFor.hasHelp': 'true: verplicht voor ouders met een begeleider, mediator of advocaat; false: voor ouders zonder.',
  'route.steps[].requiredNote': 'Uitleg als de plicht afhangt van iets wat de startvragen niet vragen (zoals gezamenlijk gezag).',
  'route.steps[].source': 'Webadres waar de feiten van deze stap gecontroleerd zijn.',
  spreekuren: 'Spreekuren en bijeenkomsten waar ouders zich voor aanmelden.',
  'spreekuren[].id': 'Id van het spreekuur; aanbod verwijst hiernaar met contact.spreekuur.',
  'spreekuren[].name': 'Naam van het spreekuur.',
  'spreekuren[].organisation': 'Organisatie die het spreekuur houdt.',
  'spreekuren[].kind': 'spreekuur (één op één) of bijeenkomst (groep).',
  'spreekuren[].description': 'Uitleg voor ouders.',
  'spreekuren[].location': 'Plaats van het spreekuur.',
  'spreekuren[].online': 'true als het ook online kan.',
  'spreekuren[].gemeenten': 'Voor inwoners van deze gemeenten (CBS-codes). Weg: de hele regio.',
  'spreekuren[].email': 'Zonder server: een aanmelding wordt een ingevulde e-mail aan dit adres.',
  'spreekuren[].slots': 'Vaste tijden, voor gemeenten zonder server.',
  'spreekuren[].slots[].start': 'Begin, datum en tijd met tijdzone: 2026-12-01T09:00:00+01:00.',
  'spreekuren[].slots[].end': 'Einde, datum en tijd met tijdzone.',
  'spreekuren[].slots[].capacity': 'Aantal plaatsen.',
  hide: 'Ids van landelijke onderdelen (aanbod, vragen, gesprekken, stappen, onderwerpen) die u niet wilt tonen.',
  endpoints: 'Adressen van diensten.',
  'endpoints.api':
    'Adres van een DigiPlein-server (de referentieserver of uw eigen), of een pad op dezelfde site zoals "/api". Nodig voor aanmelden via de server, chat met een medewerker en een gedeeld stappenplan.',
  theme: 'Eigen thema-waarden, als u iets anders wilt dan uw NL Design System-thema.',
  'theme.tokens':
    'Waarden voor de gedocumenteerde --digiplein-* custom properties, bijvoorbeeld {"--digiplein-accent-color": "#00636b"}: kleuren, maten, getallen en lettertypen; url(…) en andere manieren om iets van een andere site te laden mogen niet.',
  hulpzoeker: 'Instellingen van de hulpzoeker.',
  'hulpzoeker.questions': 'Welke vragen de hulpzoeker stelt, in deze volgorde: voorWie, themas, situatie, woonplaats.',
  'hulpzoeker.pdok':
    'true: zoek postcodes die niet in gemeenten staan op bij PDOK (Locatieserver van de overheid). Dan gaat de postcode naar PDOK; zet dit in uw privacyverklaring en in uw CSP.',
  'hulpzoeker.pdokUrl': 'Ander adres voor de PDOK Locatieserver (voor testen).',
  chat: 'Instellingen van de chat.',
  'chat.openingHours': 'Wanneer een medewerker de chat kan overnemen, per dag (Nederlandse tijd).',
  'chat.closedDays': 'Dagen zonder medewerkers, zoals feestdagen (2026-12-25).',
  'chat.botName': 'Naam van de chat-assistent.',
  'chat.organisation':
    'Id van uw organisatie op de DigiPlein-server. Zonder dit (of zonder endpoints.api) toont de chat uw contactgegevens in plaats van een live chat.',
  'chat.starters': 'Ids van de gesprekken die de chat als onderwerpen aanbiedt bij het openen. Weg: alle.',
  stapTracker: 'Instellingen van het stappenplan.',
  'stapTracker.title': 'Kop boven het stappenplan.',
  'stapTracker.share': 'Delen met de andere ouder en een begeleider aanbieden (nodig: endpoints.api). Standaard true.',
  'stapTracker.pollSeconds':
    'Seconden tussen twee controles op wijzigingen als het stappenplan gedeeld is en de server ze niet live doorgeeft (standaard 3; met een live verbinding elke 30 s als reserve).',
  training:
    'Instellingen van de training voor ouders (`<digiplein-training>`). Zonder dit blok: de landelijke training van vier hoofdstukken.',
  'training.title': 'Kop boven de training (standaard de landelijke titel).',
  'training.intro': 'Korte uitleg onder de kop (standaard de landelijke tekst).',
  'training.chapters':
    'Eigen hoofdstukken. Met het id van een landelijk hoofdstuk vervangt u dat hoofdstuk; een nieuw id voegt er een toe. Een landelijk hoofdstuk weglaten: zet het id in hide.',
  'training.chapters[].id': 'Unieke naam van het hoofdstuk.',
  'training.chapters[].title': 'Titel van het hoofdstuk.',
  'training.chapters[].intro': 'Eén of twee zinnen over wat de ouder in dit hoofdstuk leest.',
  'training.chapters[].minutes': 'Ongeveer hoeveel minuten het lezen duurt.',
  'training.chapters[].sections': 'De korte delen die de ouder één voor één leest.',
  'training.chapters[].sections[].id': 'Unieke naam van het deel.',
  'training.chapters[].sections[].title': 'Kop van het deel.',
  'training.chapters[].sections[].body': 'De tekst (B1). Een lege regel begint een nieuwe alinea.',
  'training.chapters[].sections[].source': 'De openbare bronnen van de feiten in dit deel (https-adressen).',
  'training.chapters[].reflections': 'Vragen om over na te denken. De antwoorden blijven op het apparaat van de ouder.',
  'training.chapters[].reflections[].id': 'Unieke naam van de vraag.',
  'training.chapters[].reflections[].prompt': 'De vraag.',
  'training.chapters[].selfCheck': 'Korte zelftoets zonder cijfer: bij elk antwoord een vriendelijke uitleg.',
  'training.chapters[].selfCheck[].id': 'Unieke naam van de vraag.',
  'training.chapters[].selfCheck[].question': 'De vraag.',
  'training.chapters[].selfCheck[].options': 'De antwoorden (minstens twee).',
  'training.chapters[].selfCheck[].options[].id': 'Unieke naam van het antwoord.',
  'training.chapters[].selfCheck[].options[].label': 'Het antwoord zoals de ouder het ziet.',
  'training.chapters[].selfCheck[].options[].feedback': 'Wat de ouder leest na dit antwoord (informatie, geen oordeel).',
  'training.chapters[].suggestedSteps': 'Volgende stappen die de ouder op het stappenplan kan zetten.',
  'training.chapters[].suggestedSteps[].id': 'Unieke naam van de stap.',
  'training.chapters[].suggestedSteps[].title': 'Titel van de stap.',
  'training.chapters[].suggestedSteps[].description': 'Wat er bij deze stap te doen is.',
  'training.followUp':
    'Wie neemt contact op als de ouder daarom vraagt (met endpoints.api: via de DigiPlein-server; zonder: een maillink naar organisation.email).',
  'training.followUp.organisation': 'Het id van de organisatie op de DigiPlein-server (zoals in de balie).',
  'training.followUp.byGemeente':
    'Per gemeente (CBS-code) een andere organisatie, bijvoorbeeld het wijkteam van die gemeente. De postcode van de ouder bepaalt de gemeente.',
  'training.followUp.consent': 'De toestemmingstekst waar de ouder een vinkje bij zet (standaard de tekst van de widget).',
  'training.order': 'De volgorde van de hoofdstukken (ids); hoofdstukken die er niet in staan, komen erachter.',
  spreekuurAanmelding: 'Instellingen van het aanmelden voor een spreekuur.',
  'spreekuurAanmelding.questionMaxLength': 'Hoe lang de vraag van een ouder mag zijn (aantal tekens).',
};

const days: Record<string, string> = {
  ma: 'maandag',
  di: 'dinsdag',
  wo: 'woensdag',
  do: 'donderdag',
  vr: 'vrijdag',
  za: 'zaterdag',
  zo: 'zondag',
};

/** The description of a field path, or undefined when none is written yet. */
export function describeField(path: string): string | undefined {
  const known = fieldDescriptions[path];
  if (known) return known;
  const day = /\.openingHours\.(ma|di|wo|do|vr|za|zo)$/.exec(path)?.[1];
  if (day) return `Tijden op ${days[day]}, zoals ["09:00-12:00", "13:00-17:00"].`;
  return undefined;
}

type Node = Record<string, unknown>;

/** Calls `visit` for every field of a JSON Schema with its path (`offers[].contact.phone`). */
export function walkSchema(schema: Node, visit: (path: string, node: Node, parent: Node) => void, path = ''): void {
  const properties = schema.properties as Record<string, Node> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) {
    const childPath = path ? `${path}.${key}` : key;
    visit(childPath, child, schema);
    walkSchema(child, visit, childPath);
  }
  if (schema.items && typeof schema.items === 'object') walkSchema(schema.items as Node, visit, `${path}[]`);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    walkSchema(schema.additionalProperties as Node, visit, `${path}{}`);
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    for (const variant of (schema[key] as Node[] | undefined) ?? []) walkSchema(variant, visit, path);
  }
}

/** Adds the descriptions to a JSON Schema of the config (in place) and returns it. */
export function describeSchema<T extends Node>(schema: T): T {
  walkSchema(schema, (path, node) => {
    const description = describeField(path);
    if (description && node.description === undefined) node.description = description;
  });
  return schema;
}
