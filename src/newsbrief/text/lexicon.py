"""Word tables that several stages read: titles before names, role nouns, nouns for people, gendered nouns and
pronouns, speech verbs, particles, number words.

Why one module: the same knowledge (that "Sen." stands before a person's name, that "chairwoman" is a woman, that
"say" reports speech, that "van" goes on into a surname) was written out again in the summary, entity, quote and
event stages, so a word added to one copy was missing from the others. Each stage's list is built here from the
one table that holds its knowledge. Where a stage reads only part of a table, the part is an explicit
:func:`subset` (which fails at import on a word outside its table, so the part cannot drift from the whole), and
where it reads more, the extra words are added beside it, with the reason where it is known. The parts are kept
as they were measured: widening one to its whole table changes briefs, quotes or entities, and is a change to
measure, not a clean-up.

All words are lower case. Stages that read a token with a trailing period strip it first ("Sen." -> "sen"),
except for :data:`HONORIFICS`, which lists the dotted forms itself.
"""

from __future__ import annotations

import re
from collections.abc import Collection


def words(text: str) -> frozenset[str]:
    """A set from a whitespace-separated word list (long lists stay readable in the source)."""
    return frozenset(text.split())


def subset(table: Collection[str], text: str) -> frozenset[str]:
    """The words of ``text``, each of which must be in ``table``: a stage's part of a shared table.

    Raises ValueError at import on a word the table lacks: such a word is new knowledge, which belongs in the
    table itself (where every stage that reads the table sees it).
    """
    part = words(text)
    outside = sorted(part - set(table))
    if outside:
        raise ValueError(f"not in the table this is a part of: {' '.join(outside)}")
    return part


def phrases(table: Collection[str], *part: str) -> tuple[str, ...]:
    """The phrases ``part``, each of which must be in ``table``: :func:`subset` for a table of phrases of several
    words ("more than", "editor's note"), which a whitespace-separated list cannot hold.

    Raises ValueError at import on a phrase the table lacks, as :func:`subset` does.
    """
    outside = sorted(set(part) - set(table))
    if outside:
        raise ValueError(f"not in the table this is a part of: {' | '.join(outside)}")
    return part


# --- Titles and roles -----------------------------------------------------------------------------------------

#: Titles that belong to a name's form of address and are stripped from it ("Mr Corbyn" -> Corbyn).
HONORIFICS = words("mr mr. mrs mrs. ms ms. miss mx dr dr. sir lord lady dame baroness baron rev rev. reverend")

#: Titles before a person's name ("President", "Sen."): the name after one is a person's (the summary's test of
#: a person's name, :mod:`newsbrief.summarize.introduce`). The honorifics without their dotted forms, but for
#: "baroness", "baron" and "reverend" (never read here: adding them is a change to measure), and the titles of
#: office, rank, church and trade.
TITLES = frozenset(h for h in HONORIFICS if not h.endswith(".")) - words("baroness baron reverend") | words(
    """
    father sister brother saint st
    president vice minister prime secretary senator sen rep representative gov governor mayor judge justice
    chancellor prince princess king queen pope cardinal bishop emperor sheikh chairman chairwoman chair
    general gen colonel col captain capt lieutenant lt sergeant sgt officer detective agent coach speaker
    leader director chief ceo founder professor prof doctor deputy ambassador commissioner councillor
    councilman councilwoman sheriff attorney congressman congresswoman assemblyman premier chef
    """
)

#: Titles that only ever precede a person's name ("Prince Norodom Ranariddh" tagged ORG is a person): the
#: honorifics and the titles of a monarch, a pope, a sheikh, a president or a senator (not "judge", "general",
#: "speaker": "the Judge Advocate", "General Motors", "Speaker's Corner").
PERSON_TITLES = HONORIFICS | subset(TITLES, "prince princess king queen president pope sheikh senator")

#: Titles dropped from a speaker's name with whatever precedes them ("Green Beret Sgt Joe Serna" -> Joe Serna),
#: and "the" ("the Rev"): the quote stage's part of :data:`TITLES`. "Representative" and "Congressman" as well as
#: "Rep." (session 15: "Representative Steve Cohen" was shown as a name the rest of the article writes without it).
SPEAKER_TITLES = subset(
    TITLES,
    "mr mrs ms miss dr prof sir dame lord lady sen senator rep representative congressman congresswoman gov "
    "president rev father sgt judge",
) | words("the")

#: Nouns that name a role; an entity made only of these (and honorifics) is a title, not a name, and they stop a
#: first name being read into a surname ("Mayor Sadiq Khan"): the titles of office and rank, and the role nouns
#: of parliaments and forces that are no title before a name ("MPs", "backbencher", "colleague", "seaman").
ROLE_WORDS = subset(
    TITLES,
    "minister president vice chancellor secretary senator sen rep congressman congresswoman governor gov mayor "
    "judge justice chairman chairwoman chair leader deputy speaker prime chief general gen captain capt officer "
    "sergeant sgt detective commissioner councillor king queen prince princess pope bishop coach ambassador "
    "professor prof director founder lieutenant lt colonel col",
) | words(
    "mp mps mep meps msp msps am pm ministers leaders shadow inspector cllr archbishop spokesman spokeswoman "
    "spokesperson member members colleague colleagues backbencher backbenchers frontbencher whip peer peers "
    "lawmaker lawmakers chancellor's petty corporal cpl admiral adm commander cmdr seaman airman ensign trooper"
)


# --- Nouns for people -----------------------------------------------------------------------------------------

#: The summary's nouns for people: those that can be the referent of "he"/"she" without a name ("the mother said
#: her son..."; besides these, nouns ending in -ist, -ian, -man, -woman: ``summarize.names``).
REFERENT_NOUNS = words(
    """
    man woman boy girl child kid baby mother father mom dad son daughter wife husband brother sister
    uncle aunt grandmother grandfather widow widower friend family parent teen teenager person chief
    president senator judge official officer spokesperson attorney lawyer doctor nurse victim suspect
    coach star king queen prince princess pope bishop priest sheriff governor mayor candidate nominee
    host chef pilot soldier veteran agent guard detective witness patient athlete ceo founder reporter
    actor actress singer player manager leader owner worker teacher writer author director producer
    member minister lawmaker farmer driver passenger prosecutor investigator researcher professor
    student neighbor neighbour boss employee colleague partner winner survivor resident mother-of-two
    gunman shooter killer defendant plaintiff inmate prisoner rapper comedian
    """
)
#: Common nouns that stand for a person ("the mother", "quarterback Kain Colter", "the spokesperson"): kin, trades,
#: roles in a story. The summary and the entity stages had a list each (the summary's for a pronoun's referent,
#: the entity stage's for a person cue), 42 words shared, each missing the other's: the one table is the
#: summary's nouns and the entity stage's others, and each stage's list is a part of it.
PERSON_NOUNS = REFERENT_NOUNS | words(
    "musician anchor presenter journalist columnist correspondent editor novelist poet artist designer "
    "photographer quarterback striker goalkeeper pitcher champion boxer golfer swimmer runner skier surgeon "
    "scientist economist trooper activist billionaire businessman businesswoman entrepreneur executive fan celebrity"
)

#: Pronouns that deny a clause's happening as its subject ("nobody was hurt Monday": an absence, no event of the
#: timeline) and that negate a judgement's clause (summarize/judgement's features read three of them).
DENYING_PRONOUNS = words("nothing nobody none neither no-one")

#: Nouns for a person by the stage of life they name, after an age ("a one-year-old boy", "his 33-year-old
#: father"): two ages of a child and of a grown-up are of two people, whatever else their sentences share.
CHILD_NOUNS = words("boy girl child kid baby infant toddler newborn")
ADULT_NOUNS = words("man woman father mother dad mom husband wife grandfather grandmother grandma grandpa")

#: Nouns that say only that someone is a person: with no more than an article they describe no one ("Osama bin
#: Laden, the man ...", a relative clause cut off), so the entity stage gives no such description.
BARE_PERSON_NOUNS = subset(PERSON_NOUNS, "man woman person")

#: The entity stage's part: nouns that say "a person" when they stand before a name or in apposition to it
#: ("quarterback Kain Colter"), with the role words (:data:`ROLE_WORDS`) but "member", "members" and "chair".
PERSON_CUE_NOUNS = (ROLE_WORDS - words("member members chair")) | subset(
    PERSON_NOUNS,
    "man woman boy girl actor actress singer rapper musician comedian host anchor presenter reporter journalist "
    "columnist correspondent editor writer author novelist poet artist designer photographer director producer "
    "player quarterback striker goalkeeper pitcher athlete champion boxer golfer swimmer runner skier driver "
    "student teacher doctor nurse surgeon scientist researcher economist lawyer attorney prosecutor sheriff "
    "trooper soldier pilot suspect victim defendant gunman shooter veteran activist candidate nominee lawmaker "
    "billionaire businessman businesswoman entrepreneur executive ceo founder owner fan star celebrity",
)

# --- Gendered nouns -------------------------------------------------------------------------------------------

#: Nouns that tell a person's gender ("the congresswoman" is not the last man named): "m" or "f".
NOUN_GENDER: dict[str, str] = {
    **dict.fromkeys(
        "man boy father dad son husband brother uncle grandfather widower king prince pope congressman chairman "
        "spokesman businessman gunman actor".split(),
        "m",
    ),
    **dict.fromkeys(
        "woman girl mother mom wife daughter sister aunt grandmother widow queen princess congresswoman chairwoman "
        "spokeswoman businesswoman actress mother-of-two".split(),
        "f",
    ),
}

#: The quote stage's part of :data:`NOUN_GENDER`: the nouns that may stand for a speaker named before ("the
#: spokeswoman said") and whose gender picks among the people named; kin, roles and trades only (not "king",
#: "actor", "gunman", "uncle", ..., never measured there).
ROLE_GENDER: dict[str, str] = {
    w: NOUN_GENDER[w]
    for w in subset(
        NOUN_GENDER,
        "woman congresswoman chairwoman spokeswoman businesswoman mother wife daughter sister girl "
        "man congressman chairman spokesman businessman father husband son brother boy",
    )
}

#: The personal pronouns that tell their referent's gender ("he" stands for the last man named), and the plural
#: ones, which stand for no one person: read by the quote stage's speaker resolution and its ranker.
PRONOUN_GENDER: dict[str, str] = {
    **dict.fromkeys(("he", "him", "his"), "m"),
    **dict.fromkeys(("she", "her", "hers"), "f"),
}
PLURAL_PRONOUNS = words("they them their")
#: Pronouns that open a relative clause about a person or thing ("Sanders, who sits at zero endorsements, said"):
#: the quote stage reads them to find a speaker across such a clause.
RELATIVE_PRONOUNS = words("who whom whose which")


# --- Speech and reporting verbs --------------------------------------------------------------------------------

#: The entity stage's name words (moved from ``analyse/_entity_rules`` in session 16: the quotes' speakers and the
#: summary's antecedents read them too).
#: Kinship nouns: a lone first name right after one ("his son Tom", "her husband, Keith") names a
#: relative, not the person of that first name's full name.
KIN_WORDS = words(
    "son sons daughter daughters wife husband brother brothers sister sisters mother father mom dad child "
    "children grandson granddaughter grandmother grandfather nephew niece cousin boyfriend girlfriend partner "
    "fiance fiancé fiancee fiancée uncle aunt widow widower baby stepson stepdaughter stepfather stepmother"
)

#: Words that end an organisation's full name; "Stanford" beside "Stanford University" is the university.
ORG_SUFFIXES = words(
    "university college school institute committee council department agency association society union "
    "company corporation corp corp. inc inc. ltd ltd. llc group party airlines airways bank foundation "
    "church club team network news times post journal magazine trivia center centre hospital court league"
)

#: A sector's word at the end of a company's name ("Patriot Coal", "Murray Energy", "Tesla Motors"): the small model
#: tags such a name as a person (43 times for "Patriot Coal" in one story). Kept apart from :data:`ORG_SUFFIXES`: such
#: a word settles that a name with a capitalised word before it is no person, but not that any name holding it is a
#: body ("Big Oil", "Atomic Energy Act", "Children's Health Insurance Program"). Not "Power" nor "Steel": surnames
#: ("Samantha Power", "Danielle Steel").
SECTOR_WORDS = words(
    "coal energy mining oil petroleum gas motors industries holdings pharmaceuticals technologies enterprises "
    "partners capital media entertainment communications resources electric insurance financial securities "
    "investments ventures therapeutics logistics networks wireless telecom pictures software aerospace"
)

#: Words that make a name an organisation or place, never a person ("Wayne State", "Sandy Hook Elementary").
NOT_PERSON_WORDS = ORG_SUFFIXES | words(
    "state county city park street road avenue river lake mount mountain island beach airport station "
    "elementary high hall house tower bridge square valley apartments apartment hotel resort resorts plaza mall"
    " ranch buildings boulevard"
)

#: The last words of a legislature's or government body's name, never a surname ("Georgia Senate", "Virginia
#: Assembly" open with a given name; "Court", "Hall" are surnames too: "Margaret Court", "Tony Hall").
BODY_NOUNS = words("senate assembly parliament legislature congress ministry commission")

#: Nouns for a body, never a person: "the company said", "the committee said" points back to an organisation, so the
#: person named last ("Apple CEO Tim Cook ... the company said") is not its referent (issue 11). Not "campaign",
#: "family": PolNeAR credits those to the person they stand for, as a spokesman's words.
BODY_REFERENTS = (ORG_SUFFIXES | BODY_NOUNS | words("firm administration government organization organisation")) - (
    words("corp corp. inc inc. ltd ltd. llc news times post journal magazine trivia")
)

#: Words inside an organisation's name that say it is one ("Office of the Chief Medical Examiner"). The last
#: line, the bodies of wire copy ("Federal Reserve", "the House", "U.S. Embassy", "Coast Guard", "NATO alliance",
#: "the Cabinet"), is entities14's DUC 2004 reading: their rows were shown without a type for want of these. Not
#: "Co.": local news writes it for "County" ("Harris Co. deputies"), which the tagger calls ORG as it does "Walt
#: Disney Co.", so it settles nothing.
ORG_WORDS = BODY_NOUNS | words(
    "office service services police army navy force board authority administration "
    "institute proceedings research studio studios records press airport hospital clinic laboratory lab "
    "federation league fund trust bureau "
    "reserve house embassy consulate cabinet museum alliance guard plc initiative"
)

#: Nationalities, ethnicities and religions, as adjective or noun ("Latina", "Hispanic", "Cuban", "Sunni"): a group
#: of people, never one person, body or place. The small model tags "Latina" ORG or GPE, not ``NORP``, so the tagger
#: alone does not keep such a word out of the people-and-organisations table (session 19: "Latina" GPE). Plurals are
#: :func:`group_name`'s. Not the words that are given names or surnames too ("Christian", "Dane", "Finn", "Black",
#: "White", "English"), nor parties (the entity stage's ``PARTIES``: "Republican", "Tory" name a body).
GROUP_WORDS = words(
    "afghan african albanian algerian american angolan arab argentine argentinian armenian asian assyrian "
    "australian austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british "
    "bulgarian burmese cambodian cameroonian canadian caribbean chilean chinese colombian congolese croatian cuban "
    "cypriot czech danish dominican dutch ecuadorian egyptian emirati eritrean estonian ethiopian european "
    "filipino filipina finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian "
    "icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh "
    "kenyan korean kosovar kurdish kuwaiti kyrgyz laotian latvian lebanese liberian libyan lithuanian malaysian "
    "malian maltese mexican moldovan mongolian moroccan mozambican nepalese nicaraguan nigerian nigerien "
    "norwegian pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian "
    "russian rwandan salvadoran saudi scottish senegalese serbian singaporean slovak slovenian somali "
    "sudanese swedish swiss syrian taiwanese tajik tanzanian thai tibetan tunisian turkish turkmen ugandan "
    "ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean "
    "brit brits scots swede poles turk kurd finns danes "
    "latina latino latinx hispanic chicano chicana hmong roma pashtun tamil uighur uyghur yazidi "
    "afro caucasian native indigenous "
    "muslim islamic jew jewish catholic protestant evangelical mormon hindu sikh buddhist sunni shia shiite "
    "alawite druze coptic orthodox"
)
#: A plural of one of :data:`GROUP_WORDS` is ``word + "s"``, except after these endings (an adjective only:
#: "British", "Chinese", "Swiss", "Latinx").
_NO_PLURAL = ("sh", "ch", "ese", "s", "x")


def group_name(name: str) -> bool:
    """Whether a name is only words of :data:`GROUP_WORDS` or their plurals, joined by spaces or hyphens ("Latina",
    "Hispanics", "Cuban-American", "African Americans"): a group of people, not a row of the people-and-organisations
    table. "American Airlines", "Cuban Missile Crisis", "Latina magazine" hold another word and are names."""
    parts = [p for p in re.split(r"[\s-]+", name.lower()) if p]
    return bool(parts) and all(_group_word(p) for p in parts)


def _group_word(word: str) -> bool:
    """A word of :data:`GROUP_WORDS`, or its plural."""
    return word in GROUP_WORDS or (
        word.endswith("s") and word[:-1] in GROUP_WORDS and not word[:-1].endswith(_NO_PLURAL)
    )


#: Lemmas of verbs of saying: a quote's verb, and the verb whose subject speaks.
SPEECH_LEMMAS = words(
    """say tell add warn claim tweet write state explain insist declare announce note remark reply
    respond ask argue accuse admit acknowledge allege blast urge vow suggest describe praise
    joke tease quote report recall shout yell cry scream plead rap post predict promise concede
    confirm deny complain boast caution conclude emphasise emphasize stress demand mouth recount
    reference observe maintain contend assert threaten reveal quip testify wonder beg lament
    muse sneer chant call brand label dismiss criticise criticize pan slam mock lash agree read
    refer remember opine counter recount answer retort interject exclaim whisper mutter question"""
)

#: The inflected verbs of saying (and "according to") that mark a sentence as a report of speech, as written: the
#: stand-alone mask's attribution check (:mod:`newsbrief.summarize.standalone`) and a promo's test that it reports
#: nothing (:mod:`newsbrief.text.page_parts`) read the same words.
SPEECH_WORDS = (
    *"said says say told tells added adds asked asks wrote writes tweeted stated declared explained warned claimed "
    "insisted argued noted replied continued".split(),
    "according to",
)

#: Words before a name that make the person the one spoken to or about, not the speaker: the block statement after
#: "In a letter to Smith, the board wrote:" or "The governor told Smith:" is not Smith's
#: (:func:`newsbrief.summarize.speakers_shown.block_speaker`; review37).
NAME_AS_OBJECT = words("to for about of with against at toward towards on over told asked thanked urged")
#: Words after a name that make the person the one who was sent or shown what follows ("Smith received this note:",
#: "Smith was sent a letter:"): the block is another's (block_speaker; review37).
NAME_AS_RECIPIENT = words("received receives got gets obtained was were")
#: What a person's own words are called: "Here's Zuckerberg's full statement on the deal:" introduces his words, where
#: "Smith's lawyer wrote:" does not (block_speaker; review37).
UTTERANCE_NOUNS = words(
    "statement statements letter post posts tweet tweets words remarks email message note speech blog essay memo "
    "response reply testimony comments"
)

#: Verbs that report what was said, whose weekday is the day of the saying (the event stage): the plain
#: reporting verbs among :data:`SPEECH_LEMMAS`, not those that colour the words ("blast", "joke", "vow").
REPORTING_LEMMAS = subset(SPEECH_LEMMAS, "say tell announce report state add confirm deny write tweet reveal insist")

#: Verbs whose subject speaks or acts for a body ("NPR reported", "the CIA said", "LKAB plans", "LKAB spent"):
#: the speech verbs a body's statement uses, and what a body does (publishes, sues, spends, buys, votes).
BODY_VERBS = subset(
    SPEECH_LEMMAS, "say tell report announce confirm deny state add write claim warn accuse respond predict agree"
) | words(
    "release issue publish estimate sue find recommend decline comment air broadcast plan spend pay hire fire "
    "employ own operate fund sign launch invest build buy sell acquire order ban approve reject vote"
)


# --- Name particles --------------------------------------------------------------------------------------------

#: Words that open the particles of a family name ("de los", "van der", "von", "bin"); not "do", "ten", "ter",
#: "den" (English words: "Smith ten Republicans"), nor the articles "la"/"le"/"los"/"der" on their own: they
#: count only after another particle ("de la", "von der"). Not "al"/"el": "bin Laden's al Qaeda"; the tagger
#: keeps "al-Sistani" whole.
PARTICLES = words("de del della da das dos du van von bin ibn bint")
#: Articles that follow a particle: "de la", "de los", "de las", "van der", "von der", "van den".
AFTER_PARTICLE = words("la las los le der den")
#: Words after which a name goes on in lower case ("Mohammed Belgasim al-Zuwiy", "Ludwig van Beethoven"): the
#: summary then leaves the name alone, so it takes more than the entity stage does: "al", "el" and "di", and
#: the articles on their own.
NAME_GOES_ON = subset(PARTICLES, "bin ibn de del da van von") | subset(AFTER_PARTICLE, "der la le") | words("al el di")

#: Words before a role noun that set its holder apart from another holder of the role ("the other officer", "the
#: new coach", "the interim chief executive", "the second victim"): a role phrase holding one of them is no
#: back-reference to a person the article names in the plain role (quote_roles.role_holder; review45).
ROLE_CONTRAST = words(
    "other another second third fourth fifth next last new former previous then ex late interim acting incoming "
    "outgoing assistant deputy associate vice opposing rival fellow junior senior current future original"
)

#: The part of :data:`ROLE_CONTRAST` that sets a role's holder in the past: "former mayor Alan Brisk" no longer holds
#: it, so "the mayor said" is the present holder (quote_roles.current_holder; speakers27).
ROLE_PAST = subset(ROLE_CONTRAST, "former ex previous outgoing late then")


#: The photo agencies a picture's credit names: "(AP Photo/Charlie Neibergall)", "(Reuters Photo ...)", "... via
#: Getty Images)", "(EPA Photo/...)". One list for the cleaner's credits (``ingest/clean.py``) and the summary's
#: caption test (``summarize/standalone.py``): the copies had drifted (EPA in one, Getty in another).
PHOTO_AGENCIES = ("AP", "AFP", "Reuters", "EPA", "Getty Images", "Associated Press")
#: What may follow a photographer's name in a credit, "Name Name/Outlet": the agencies, and the image banks and
#: papers seen there ("/Bloomberg", "(Daron Taylor/The Washington Post)"; "William Wei, Business Insider" at a
#: paragraph's start). Only these: "Name/Outlet" in running prose is otherwise a poll ("an Ipsos/Reuters poll") or a
#: pairing, which must stay.
CREDIT_OUTLETS = (
    *PHOTO_AGENCIES,
    *("Bloomberg", "Shutterstock", "NurPhoto", "The Washington Post", "The New York Times", "Business Insider"),
)
#: Capitalised words that open a paragraph's prose and are no photographer's first name: "On Monday, Bloomberg News
#: reported ..." has the shape of the credit "William Wei, Business Insider Facebook is ..." (``ingest/clean.py``).
CREDIT_NOT_NAMES = tuple(
    "A An The In On At By This That Last Early Earlier Late Later Since After Before Until When Then Also And "
    "But".split()
)
#: News outlets a report names as the one a person spoke to ("In an interview with The Washington Post Trump said",
#: "Asked by the New York Times Sanders said"): the tagger runs such an outlet and the name after it into one span,
#: which is no one's name (``analyse/quote_names.py``). The credit outlets, the short forms ("the Post", "the Times")
#: and the broadcasters and papers PolNeAR's reports quote most.
NEWS_OUTLETS = (
    *CREDIT_OUTLETS,
    *("Washington Post", "New York Times", "Post", "Times", "Wall Street Journal", "Journal", "USA Today"),
    *("Los Angeles Times", "CNN", "Fox News", "Fox", "MSNBC", "NBC News", "NBC", "CBS News", "CBS", "ABC News"),
    *("ABC", "NPR", "Politico", "The Hill", "Breitbart News", "The Daily Caller", "BBC", "The Guardian"),
)
#: Short names a data set gives outlets, and the name a reader knows them by: PolNeAR's ``outlet`` field is a slug
#: ("usa-today", "wash-post"), which the notes showed as it was ("in the view of usa-today's writer", session 16's
#: blind reading). A slug that spells a name of :data:`NEWS_OUTLETS` ("usa-today", "politico") needs no entry here
#: (:func:`newsbrief.text.outlets.outlet_name` reads it so); these are the ones that do not. Their names are display
#: names too ("huffpost" is shown "HuffPost"), but not all are in :data:`NEWS_OUTLETS`, whose job is the speaker's
#: name glued after an outlet: there "HuffPost" would cut "HuffPost Pollster" (5 PolNeAR train mentions) to
#: "Pollster" (review35).
OUTLET_SLUGS = {
    "nyt": "The New York Times",
    "wash-post": "The Washington Post",
    "huff-post": "HuffPost",
    "breitbart": "Breitbart News",
    "west-journal": "The Western Journal",
}

#: Social platforms whose name, standing alone as a paragraph ("FACEBOOK.", "TWITTER."), labels a page's section of
#: readers' comments posted there (:mod:`newsbrief.text.reader_comments`). Matched case-blind.
SOCIAL_PLATFORMS = ("Facebook", "Twitter", "Instagram", "Google+", "Reddit", "YouTube", "Tumblr", "LinkedIn")

#: The wire services and broadcasters whose tag in brackets, after a city written in ordinary case, opens a report:
#: "Washington (AFP) – Donald Trump ...", "Tokyo (CNN) Seven US sailors ...", "Orlando (Reuters) - ...". Only these:
#: a city in ordinary case before any other bracket is a sentence ("Washington (state) lawmakers ...", "Paris
#: (Texas) police said ..."). On the free data: AFP 5 (PolNeAR train less the reserved, Breitbart's AFP copy), CNN 3
#: (val_raw), Xinhua with a date (DUC task 5); AP, Reuters and UPI there write the city in capitals.
WIRE_AGENCIES = ("AP", "AFP", "Reuters", "UPI", "CNN", "Xinhua", "dpa", "Kyodo", "Yonhap", "EFE", "ANSA", "IANS", "PTI")

#: The news agencies whose copy other outlets carry, by the names their datelines, bylines and credits use: a source
#: that declares itself their copy ("DALLAS (AP) — ", author "UPI", "By Jill Colvin, Associated Press") is a wire
#: report, not its host's writing (:mod:`newsbrief.text.wire`): the dateline tags of :data:`WIRE_AGENCIES` but CNN's
#: (it opens CNN's own reports), and the names their bylines and credits write in full.
NEWS_AGENCIES = (
    *(tag for tag in WIRE_AGENCIES if tag != "CNN"),
    "Associated Press",
    "Agence France-Presse",
    "Agence France Presse",
    "United Press International",
)


#: Media a page shows beside its text, which a brief's reader does not see (csa21): what "the following ...", "this
#: ..." and "... above/below" point at (:func:`newsbrief.summarize.standalone.points_at_page_media`).
PAGE_MEDIA = words(
    "picture photo photograph image video clip footage tweet chart graphic map gallery slideshow selfie audio podcast "
    "trailer post message statement"
)
#: The media among them that "this" points at on the page, not in a figure of speech ("this gallery of humanity",
#: "this picture" for a film, "this map of the race"); "this image" only as a caption opens.
POINTED_MEDIA = subset(PAGE_MEDIA, "photo photograph video clip footage selfie tweet")


def alternation(names: Collection[str], space: str = r"\s+") -> str:
    """A regex group matching any of ``names`` as written, a space in a name matching ``space`` (by default any run
    of spaces; ``" "`` for a stage that reads one space, as it was measured)."""
    return "(?:" + "|".join(re.escape(name).replace(r"\ ", space) for name in names) + ")"


# --- Notices about the page -------------------------------------------------------------------------------------

#: The headings of a notice that the page itself was put right: the summary's debris check reads one opening a
#: sentence ("Correction: ...", :mod:`newsbrief.summarize.standalone`), the page parts one opening a line near a
#: page's end, whose tail it then is (:func:`newsbrief.text.page_parts.correction_notices`). Each reads its part.
CORRECTION_HEADINGS = (
    "correction", "corrections", "clarification", "clarifications", "editor's note", "editor’s note", "for the record"
)  # fmt: skip


# --- Hedges before a number ---------------------------------------------------------------------------------------

#: Words before a number that make it a bound or a round figure, by the interval they allow: at or above it ("more
#: than 50"), at or below it ("nearly 2 million"), around it ("about 300"). The conflict slots read them before a
#: count (:mod:`newsbrief.compare.slots`: "about 300" does not disagree with "310") and before a clock time ("about
#: 10:30"), the timeline before a count of days ago (:func:`newsbrief.text.date_values.hedged_count`). Each stage
#: reads its part, as measured.
HEDGES_ABOVE = ("more than", "over", "at least", "upwards of", "in excess of", "exceeding", "just over")
HEDGES_BELOW = (
    "nearly", "almost", "up to", "less than", "under", "fewer than", "close to", "just under", "no more than",
    "as many as", "as much as", "at most",
)  # fmt: skip
HEDGES_AROUND = (
    "about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "or so", "approx.", "approx"
)  # fmt: skip
HEDGES = HEDGES_ABOVE + HEDGES_BELOW + HEDGES_AROUND


# --- Time still to come -------------------------------------------------------------------------------------------

#: Words that tell an event still to come ("will meet", "are expected to attend", "is set to", "plans to"), as the
#: timeline's story model reads them, anywhere in a sentence (a feature it was fitted with:
#: :mod:`newsbrief.analyse.story_features`).
FUTURE_WORDS = ("will", "'ll", "shall", "plans", "plan", "planned", "expected", "scheduled", "set to", "due to")
#: The same time in a clause's verb, which the brief's order reads (:mod:`newsbrief.summarize.upcoming`): an auxiliary
#: ("will attend"), or a participle after a form of "be" ("are expected to attend", "is set to meet", "is planning to
#: boycott"); "expected" or "plans" alone is no verb of the sentence ("a year expected to produce record turnout"
#: states a finding, "with plans to spend" reports a purchase).
FUTURE_AUXILIARIES = ("will", "won't", "won’t", "'ll", "’ll", "shall")
FUTURE_PLANS = ("expected", "scheduled", "set", "due", "planned", "planning", "slated", "poised", "going")


# --- Dashes -----------------------------------------------------------------------------------------------------

#: The long dashes set between words: the em dash, the en dash and the horizontal bar (U+2015), with which HuffPost
#: writes its datelines and asides ("WASHINGTON ― Donald Trump's ..."; 76 in 19 PolNeAR train articles, 17 of them
#: HuffPost's, none in val_raw or DUC 2004). The figure dash (U+2012), the small and full-width hyphen-minus
#: (U+FE58, U+FE63, U+FF0D) occur nowhere in the data, and the minus sign (U+2212) once, as a minus ("km s−1"), so
#: none of them is here. Every stage that reads a dash between words builds from this one string, so a dash added
#: here is read everywhere (the dateline patterns each had their own list, and none had the horizontal bar).
LONG_DASHES = "―—–"
#: What closes a dateline: a long dash, two hyphens, one, or the underscore the New York Times news service sends
#: for a dash ("ATLANTA _ "). Two hyphens before one, so that a match takes both.
DATELINE_DASHES = ("--", *LONG_DASHES, "-", "_")


# --- Number words -----------------------------------------------------------------------------------------------

#: The number words and their values, for every stage that reads a count written in words: the comparable values
#: of :mod:`newsbrief.compare.slots` ("twelve people", "a forty-year-old") and the relative dates of
#: :mod:`newsbrief.text.dates` ("twenty-two years ago"). The two had their own tables, and the date module's
#: stopped at "twelve" with three tens: "Twenty-two years ago" was read from its last word, two years. "dozen" is a
#: count of twelve ("a dozen years ago"); "zero" is not here (nobody writes "zero years ago" and the slots never
#: read it).
NUMBER_WORDS: dict[str, int] = {
    w: i + 1 for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen".split()
    )
} | {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())} | {
    "dozen": 12
}  # fmt: skip
#: The tens, which a unit may follow ("twenty-two", "thirty five").
TENS = frozenset(w for w, n in NUMBER_WORDS.items() if n >= 20)
#: The units a ten may take after it.
UNITS = frozenset(w for w, n in NUMBER_WORDS.items() if n < 10)
_COUNT_OF = re.compile(r"^(?:an?\s+)?(dozen|couple)(?:\s+of)?$")


def number_value(phrase: str) -> int | None:
    """The count a phrase of number words writes, or ``None`` when it writes none exactly.

    A word of :data:`NUMBER_WORDS` ("twelve"), a ten and a unit ("twenty-two", "twenty two"), "a dozen" (12),
    "a couple (of)" (2). "a few", "several", "dozens" are no count: ``None``, so a reader leaves them out rather
    than guess. Digits are not read here (the caller reads them, with its own commas and decimals).
    """
    t = " ".join(phrase.lower().replace("-", " ").split())
    if m := _COUNT_OF.match(t):
        return 12 if m[1] == "dozen" else 2
    parts = t.split()
    if len(parts) == 1:
        return NUMBER_WORDS.get(parts[0])
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


#: Verbs of a scheduled thing's or a day's time (it starts, opens, ends, airs; a day marks or falls on it): in the
#: simple present beside a date they tell a plan or what the day is ("a general public on-sale starts Feb. 14",
#: "Sunday 14 December ... also marks the legal deadline"), not a photo caption's past moment ("Bill Cosby performs
#: at the Buell Theater in Denver on Jan. 17, 2015."); see ``_event_rules.caption_in_present``.
SCHEDULED_TIME_LEMMAS = words(
    "start begin open close end expire run air premiere debut resume launch take kick go mark fall"
)

#: Lemmas of a contest still to be decided: a bare month beside one in a clause that does not report the past is
#: the next such month ("Cruz's chances of winning in November", "electability in November", "the November
#: election" in a spring story; session 15, free data: 13 such entries dated the November before, now the next).
#: Not "victory" nor the noun "vote", which as often tell a contest decided ("a crucial procedural vote in July",
#: "a come-from-behind victory in the June primary" in a November story): "vote" counts as a verb only.
CONTEST_AHEAD_LEMMAS = words("election elections electability ballot nominee re-election reelection elect win")
CONTEST_AHEAD_VERBS = words("vote")
#: Lemmas of a contest held on one day ("Monday's caucus", "elections Sunday"): a weekday that names its day in a
#: clause that does not report it done is the contest still to come, as a writer tells one held in the past tense
#: ("Monday's caucus was"). Not its outcome ("Tuesday's results show" reads a contest decided).
DAY_CONTEST_LEMMAS = words("caucus caucuses primary primaries election elections runoff referendum contest debate")
#: Verbs of intent whose infinitive looks ahead of them: "threatened to skip a debate Thursday", "hoped to shine at a
#: debate Thursday" tell a day after the threat or the hope, on either side of the day of writing (the blind
#: reading's, session 19: a Monday's "debate Thursday" read as the Thursday before). Not verbs of an attempt or a
#: start ("tried to burn herself Wednesday", "began to", "failed to"), which report what was done that day.
#: The model's lemma of "hoped" is "hop".
INTENT_LEMMAS = words("threaten vow promise pledge hope hop plan intend want wish aim expect agree decide")
#: Verbs that move a thing to another day ("His arraignment was postponed to July 6", "Johnson's arraignment was
#: continued to July 6"): the day after their "to", "until" or "for" is the thing's new day, later than the moving,
#: on either side of the day of writing: the nearest such day, not the one of the past the verb's tense suggests
#: (session 17, a June 2015 story's "postponed to July 6" read as July 2014). Only when they move a thing (an
#: object, a passive subject or a particle): "Protests continued until Friday" tells how long (review36).
PUT_OFF_LEMMAS = words("postpone delay adjourn reschedule defer continue push move put")

#: Words by which a sentence reports a poll's answers ("Asked whether Clinton '...,' 45 percent said yes"): the
#: quoted words in its "asked whether" clause are the question's wording, no one's speech (session 17, issue 11).
POLL_WORDS = words("percent % poll polls polled survey surveyed respondents")
