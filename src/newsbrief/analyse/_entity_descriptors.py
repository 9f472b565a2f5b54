"""How a sentence describes a person: appositives, the noun a name stands in apposition to, premodifiers.

Method: dependency patterns over spaCy's parse, the classic appositive and premodifier extraction of
entity-description work (e.g. the "role/title" patterns of Stanford's deterministic coreference,
Lee et al. 2013, and of news quote attribution, Pareti 2015):

* an ``appos`` child right after the name: "Mike Gapes, a former chairman of the Committee";
* the noun the name is ``appos`` to, right before it: "Labour's deputy leader Tom Watson";
* the chain of ``compound``/``amod``/``nmod``/``poss``/``nummod`` tokens before the name whose heads lead
  into it: "Ilford South MP Mike Gapes", "Shadow chancellor John McDonnell". A chain must hold a proper
  noun, a role word or an agent noun, so that an adverbial the parser hung on the name ("At a
  sensational press conference Chuka Umunna") is not read as a title.

Phrases stop at relative clauses, conjuncts and paragraph breaks, and must sit next to the name
(at most a comma or dash between), which keeps lists of names ("Chris Leslie, Mike Gapes, ...") out.

One exception for lists: a *plural* premodifier before the first of a list of names describes every name
of the list ("LABOUR MPs Luciana Berger, Chris Leslie and Angela Smith": each is a "Labour MP"); it is
given to each in the singular, with words in capitals brought to title case. A singular one ("pregnant MP
Luciana Berger, Chris Leslie, ...") stays with the first name.
"""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING

from newsbrief.analyse._entity_rules import HONORIFICS, PARTIES, PRONOUNS, ROLE_WORDS, is_title_only
from newsbrief.text.lexicon import BARE_PERSON_NOUNS, CREDIT_OUTLETS, KIN_WORDS, LONG_DASHES, PERSON_CUE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Descriptors longer than this many words are clauses, not descriptions.
MAX_DESCRIPTOR_WORDS = 15

_PREMOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
# Entity types that make an appositive a list item or a place, not a description of the person.
_NOT_DESCRIPTOR = frozenset(
    {"PERSON", "GPE", "LOC", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "DATE", "TIME", "CARDINAL", "ORDINAL"}
    | {"MONEY", "PERCENT"}
)
#: Words that open a clause or a vague reference, never a description ("which 20-year-old gunman", "other").
_NOT_OPENING = frozenset({"which", "who", "whom", "whose", "that", "what", "where", "when", "other", "others"})
#: Web debris inside a phrase: links, tickers ("KORS.N"), words glued to digits ("region14,16,18", "KR17").
#: Possessives of the first person open a speaker's words, not the report's description of someone.
_FIRST_PERSON = frozenset({"my", "our"})
_DEBRIS = re.compile(r"https?:|www\.|\.com|pic\.|[A-Za-z]\d|\d[A-Za-z]|\b[A-Z]{2,}\.[A-Z]\b")
#: A photo credit run into the caption's next word ("Getty ImagesRepublican presidential candidate"): a caption's
#: debris, whatever follows it.
_GLUED_CREDIT = re.compile("(?:" + "|".join(re.escape(o) for o in CREDIT_OUTLETS) + ")[A-Z][a-z]")
_INITIAL = re.compile(r"[A-Z]\.")
_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj"})
_SPACE = re.compile(r"\s+")
#: Articles left at a phrase's end when the title they opened is counted into the name ("the Rev.").
_ARTICLES = frozenset({"the", "a", "an"})


def descriptors_of(name: Span) -> list[str]:
    """What the sentence says a person is: appositives, the noun they stand in apposition to, premodifiers."""
    doc = name.doc
    start, end = _with_honorific(name), name.end
    leading = _described_before(name, start)
    found = [_singular(p) if _plural(p) else p.text for p in leading]
    if not leading:
        found.extend(_list_share(name))
    for child in name.root.children:
        if child.dep_ == "appos" and child.i >= end and _describes(child):
            phrase = _phrase(child, stop_before=None)
            if phrase is None or not _adjacent(doc, end, phrase.start):
                continue
            if not _glued(phrase) and not _names_another(phrase) and not _names_its_own(child):
                found.append(_unhedged(phrase).text)  # "" when not a description: _tidy drops it
    return [d for d in (_tidy(f, name) for f in found) if d]


def _described_before(name: Span, start: int) -> list[Span]:
    """The descriptions right before a name (:func:`_leading`) less what is no description: a phrase begun inside
    a word, one that runs on into another person's, a caption's "From left", a hedge. One filter for a name's own
    phrases and for the plural phrase a list's later names share ("front-runners Clinton, Trump and Cruz" gave
    Trump and Cruz "runner", the part after the hyphen)."""
    leading = [_uncaptioned(p) for p in _leading(name, start) if not _glued(p) and not _names_another(p)]
    return [p for p in (_unhedged(p) for p in leading) if len(p)]


#: Nouns that describe a group of people (a band, a team): what is described by them is a body, not a person.
GROUP_NOUNS = frozenset("duo trio quartet quintet band group ensemble crew collective outfit team choir".split())
_PREPOSITIONS = frozenset("of from in with at for on by".split())


def describes_a_group(descriptors: list[str]) -> bool:
    """Whether most of a name's descriptions name a group ("legendary NY rap duo", "a band from Leeds"): the head,
    the last word before any preposition, is a group noun. A name so described is a body, however the tagger
    labelled it ("Mobb Deep" tagged PERSON)."""
    heads = []
    for d in descriptors:
        words = d.lower().split()
        cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
        if cut:
            heads.append(words[cut - 1])
    return bool(heads) and sum(h in GROUP_NOUNS for h in heads) * 2 > len(heads)


#: Nouns of one sex: a description headed by one of them cannot describe a person known to be of the other
#: ("John F. Kennedy Jr., his wife and sister-in-law": the parser hung the wife's words on him).
_SEXED_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "wife wives mother daughter daughters sister sisters widow girlfriend fiancee fiancée aunt niece grandmother "
        "granddaughter stepmother stepdaughter woman girl actress businesswoman chairwoman spokeswoman congresswoman "
        "queen princess mom".split(),
        "female",
    ),
    **dict.fromkeys(
        "husband husbands father son sons brother brothers widower boyfriend fiance fiancé uncle nephew grandfather "
        "grandson stepfather stepson man boy businessman king prince dad".split(),
        "male",
    ),
}


def of_other_sex(descriptor: str, gender: str | None) -> bool:
    """Whether a description names another person than the one it is given to: its head noun (the last word before
    a preposition or "and") names a person of the sex other than ``gender`` ("his wife" of "Mr. Kennedy"; ``None``,
    unknown, clashes with nothing), or it joins two relatives by "and" ("his wife and sister-in-law", "his wife and
    her sister": two people, where "a lobbyist and PR expert" is one)."""
    words = [w.strip(",.") for w in descriptor.lower().split()]
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS or w == "and"), len(words))
    if "and" in words and cut < len(words) and words[cut] == "and" and words[cut - 1] in KIN_WORDS:
        rest = words[cut + 1 :]
        end = next((i for i, w in enumerate(rest) if w in _PREPOSITIONS), len(rest))
        if end and (rest[end - 1] in KIN_WORDS or rest[end - 1].endswith("-in-law")):
            return True
    sex = _SEXED_NOUNS.get(words[cut - 1]) if cut and gender is not None else None
    return sex is not None and sex != gender


def _names_another(phrase: Span) -> bool:
    """Whether a phrase runs on past another person's name into a second description ("his conservative
    predecessor Park Geun-hye and Japanese PM" holds two people's words): a person the tagger found inside it,
    followed there by "and" or "&". A person named as part of the description stays ("Selznick's
    assistant", "the widow of John Lennon", "Harvard Law grad"), and so does a span that is only a title."""
    for ent in phrase.ents:
        if ent.label_ != "PERSON" or is_title_only([t.text for t in ent]) or ent.end >= phrase.end:
            continue
        if ent.doc[ent.end].lower_ in {"and", "&"}:
            return True
    return False


def _uncaptioned(phrase: Span) -> Span:
    """A phrase without a photo caption's "From left" ("From left actor Dijmon Hounsou, actress Cate Blanchett"
    gave Hounsou "left actor"). The caption's "From" opens its sentence or a bracket; inside a sentence "left" after
    "from" is the description's own ("a throw from left fielder Mookie Betts", review24)."""
    first, start = phrase[0], phrase.start
    if len(phrase) > 1 and first.lower_ in {"left", "right"} and start > 0 and _opens_caption(phrase.doc[start - 1]):
        return phrase[1:]
    return phrase


def _opens_caption(word: Token) -> bool:
    """Whether ``word`` is a caption's "From" ("From left", "(from left)"): capitalised (a caption on a line of its
    own may run into the sentence before it), at a sentence's start, or after a bracket."""
    if word.lower_ != "from":
        return False
    before = word.doc[word.i - 1].text if word.i > 0 else ""
    return word.text == "From" or word.is_sent_start or before in {"(", "["}


def _names_its_own(head: Token) -> bool:
    """Whether an appositive after a name is itself followed by another person's name in apposition, so that it
    describes that person, an item of a list: "John F. Kennedy Jr., his wife, Carolyn Bessette Kennedy, and her
    sister" ("his wife" is Carolyn's), "Richards, former FBI profiler James Fitzgerald and ..." (the profiler is
    Fitzgerald)."""
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children if c.i > head.i)


def _glued(phrase: Span) -> bool:
    """Whether a phrase starts inside a word ("[5-year-]old brother", "[first-]time feature helmer")."""
    if phrase.start == 0:
        return False
    prev = phrase.doc[phrase.start - 1]
    return not prev.whitespace_ and (prev.text in {"-", "–", "/"} or prev.is_alpha)


#: Words of a list that open a phrase before its description: "endorsed by both President Barack Obama and ..."
#: gave "both President".
_LIST_LEAD = frozenset({"both", "either", "neither"})
#: Adverbs of time that are part of a description ("now a former president", "formerly the chief executive",
#: "again the party's nominee", "ultimately its nominee": review29's look-alikes, dropped before); any other adverb
#: opening the phrase is a speaker's comment or hedge ("frankly", "arguably", "perhaps"). Not "only"/"just": "only
#: the second woman" is a description, but "only two German author" (entities17's free units) was debris.
_TIME_ADVERBS = frozenset(
    "now once formerly then still also previously currently later recently already briefly originally newly long "
    "until since soon again ultimately eventually finally".split()
)


def _unhedged(phrase: Span) -> Span:
    """The phrase without a list's "both" in front; empty when it opens with an adverb that is a speaker's comment
    ("Frankly the president, Barack Obama, and our military" gave "Frankly the president"): what the sentence says
    then is an opinion or a guess, not what the person is. An adverb of time stays ("now a former president",
    "again the party's nominee"). A phrase cut from its clause is none either: one that opens with a conjunction
    ("whether or not North Korea's supreme leader, Kim Jong-un, is ...") or, at a sentence's or line's start, a verb's
    bare form ("Call IndyStar reporter Holly Hays at ...": a contact line's imperative), or one that opens with a
    personal pronoun, the person again as a clause's subject or object ("the disrespect of Donald Trump, him
    disrespecting immigrants": the tagger's ``PRP``; a possessive, "her husband", is ``PRP$`` and stays)."""
    start = phrase.start
    while start < phrase.end and (phrase.doc[start].lower_ in _LIST_LEAD or phrase.doc[start].dep_ == "preconj"):
        start += 1
    lead = phrase.doc[start] if start < phrase.end else None
    if lead is not None and lead.pos_ == "ADV" and lead.dep_ == "advmod" and lead.lower_ not in _TIME_ADVERBS:
        return phrase.doc[start:start]
    if lead is not None and (lead.pos_ == "CCONJ" or (lead.tag_ == "VB" and _opens_line(lead))):
        return phrase.doc[start:start]  # "whether [or not North Korea's supreme leader]", "[Call IndyStar reporter]"
    if lead is not None and lead.tag_ == "PRP":
        return phrase.doc[start:start]  # "Donald Trump, [him disrespecting immigrants]": a clause about the person
    return phrase.doc[start : phrase.end]


def _opens_line(token: Token) -> bool:
    """Whether a token opens its sentence or line, where a verb's bare form is an imperative ("Call IndyStar
    reporter Holly Hays at ..."); inside a sentence the tagger's "VB" is often an adjective ("a top Clinton aide")."""
    return token.i == 0 or token.is_sent_start or token.doc[token.i - 1].is_space


#: Titles that belong to the name they open, not to its description: the honorifics and "Prof" (the abbreviation;
#: "Professor" says what the person is). "the British neuroscientist Prof Adrian Owen" gave "... neuroscientist Prof".
_NAME_TITLES = HONORIFICS | {"prof"}


def has_name_title(name: Span) -> bool:
    """Whether a title of the name stands right before it ("Dr.", "Prof"): a person's sign."""
    return _with_honorific(name) < name.start


def _with_honorific(name: Span) -> int:
    """Where the name starts once a title before it ("Mr", "Dr.") is counted in."""
    doc, start = name.doc, name.start
    while start > 0 and doc[start - 1].lower_.rstrip(".") in _NAME_TITLES:
        start -= 1
    return start


#: Finite verbs: a clause's own verb, not a participle that may describe ("the candidate Hillary Clinton, backed by").
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: What completes a verb: with one of them the verb after a name has its object, and the name is its subject.
_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "oprd", "prt", "agent"})


def _subject_after(name: Span, head: Token) -> bool:
    """Whether a name the parser hung as an appositive on the noun ``head`` before it (no comma between) is the
    subject of the clause right after it, and so the noun no description of it but a clause's own noun: a verb
    with no subject of its own after a preposition's noun ("To the undecided voter Hillary Clinton remains a
    puzzle"), a verb whose preposition lacks its noun ("the conservative justice Nixon had hoped for"), or a verb
    that lacks its object while a later verb with no subject of its own takes the noun ("Every voter Hillary
    Clinton met in Iowa asked": a relative clause without "that"). Not "The novelist Jane Austen wrote Emma",
    "... died in 1817 when she was 41" (that later verb has its own subject). A title chain before a name with no
    such appositive ("former House Majority Leader Eric Cantor promoted") is not asked: a title describes."""
    doc = name.doc
    if name.end >= len(doc) or doc[name.end].tag_ not in _FINITE:
        return False
    verb = doc[name.end]
    if verb.dep_ in {"aux", "auxpass"}:
        verb = verb.head  # "Nixon had hoped for": the clause's verb is "hoped"
    opening = head.dep_ == "pobj" and head.head.i == head.sent.start  # "To the undecided voter ...": a fronted phrase
    if opening and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return True
    if any(c.dep_ == "prep" and c.i > verb.i and not list(c.children) for c in verb.children):
        return True  # a preposition left without its noun: "hoped for", "talked to"
    if any(c.dep_ in _OBJECTS for c in verb.children):
        return False
    return any(
        t.tag_ in _FINITE
        and t.i > verb.i
        and t.dep_ not in {"conj", "aux", "auxpass"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children)
        for t in (*verb.children, verb.head)
    )


def _leading(name: Span, start: int) -> list[Span]:
    """The descriptions right before a name: its premodifier chain ("Ilford South MP Mike Gapes") and the
    noun phrase it stands in apposition to ("Labour's deputy leader Tom Watson")."""
    doc, root = name.doc, name.root
    found: list[Span] = []
    head = root.head
    if root.dep_ == "appos" and head.i < start and _describes(head) and _subject_after(name, head):
        return found  # "Every voter Hillary Clinton met ...", "the conservative justice Nixon had hoped for"
    premod = _premodifiers(doc, start, name.end)
    if premod is not None:
        found.append(premod)
    if root.dep_ == "appos" and head.i < start and _describes(head):
        # A plural noun right before the name's own words describes a list, and the name's title is no part of
        # it: "fellow GOP presidential candidates Sen. Ted Cruz (R-TX) and Sen. Marco Rubio" ends the list's phrase
        # before "Sen." (not "supporters of her opponent, Sen. Bernie Sanders": the plural is not the phrase's end)
        edge = min(start, root.left_edge.i)
        ends = all(t.is_punct for t in doc[head.i + 1 : edge]) and _plural(doc[head.i : head.i + 1])
        if ends and not _in_a_list(name):
            # one name, no list: the person is one of the plural's people, which a member's share does not say
            # ("one of the Vatican's leading canon lawyers, the Jesuit Rev. Gianfranco Ghirlanda" gave him
            # "Vatican 's leading canon lawyer"; review38, a val_raw cluster in no label set)
            return found
        own = edge if ends else start
        phrase = _phrase(head, stop_before=own)
        if phrase is not None and _adjacent(doc, phrase.end, own):
            found.append(_without_own_name(phrase, own))
    return found


def _in_a_list(name: Span) -> bool:
    """Whether ``name`` is one of a list of people: a conjunct hangs on it or it is one ("Sen. Ted Cruz (R-TX) and
    Sen. Marco Rubio"), or a person next to it is set apart by a list's glue only ("Tammy Baldwin, Chris Murphy and
    Tim Kaine", the glue :func:`_list_share` reads; "Florida lawyers Scott Richardson and Kendall Coffey", where the
    parser hangs the last name on the plural)."""
    root = name.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return True
    doc, people = name.doc, _people(name.doc)
    index = next((i for i, (start, _) in enumerate(people) if start == name.start), None)
    if index is None:
        return False
    pairs = [(index - 1, index), (index, index + 1)]
    return any(a >= 0 and b < len(people) and _glued_by_list(doc[people[a][1] : people[b][0]]) for a, b in pairs)


def _glued_by_list(glue: Span) -> bool:
    """Whether the words between two names are a list's glue only (a comma, "and"), in one paragraph."""
    return len(glue) > 0 and all(t.lower_ in _LIST_GLUE and "\n" not in t.whitespace_ for t in glue)


def _without_own_name(phrase: Span, start: int) -> Span:
    """A phrase before a name without the name's own first part, which the tagger set apart as a person of its
    own: 'the bespectacled nuclear physicist George "Jay" Keyworth' gave Keyworth 'the bespectacled nuclear
    physicist George "Jay'. Only a person's words (and a nickname's quote marks) that run into the name with no
    comma go (``start``: where the name begins); a phrase that then ends in a preposition or a possessive names
    the other person ("the widow of John Lennon") and is left whole."""
    doc, end = phrase.doc, phrase.end
    if end > start or not all(t.is_quote for t in doc[end:start]):
        return phrase
    cut = end
    while cut > phrase.start + 1 and (doc[cut - 1].ent_type_ == "PERSON" or doc[cut - 1].is_quote):
        cut -= 1
    if cut == end or doc[cut - 1].pos_ in {"ADP", "PART"} or doc[cut - 1].tag_ == "POS":
        return phrase
    return doc[phrase.start : cut]


def _adjacent(doc: Doc, left_end: int, right_start: int) -> bool:
    """True when at most punctuation (a comma, a dash) separates two token ranges in one paragraph."""
    between = doc[left_end:right_start]
    return len(between) <= 2 and all(t.is_punct and "\n" not in t.text for t in between)


#: What may separate two names of a list: "Chris Leslie, Mike Gapes and Ann Coffey".
_LIST_GLUE = frozenset({",", "and", "&"})


def _list_share(name: Span) -> list[str]:
    """What a plural description before the list that ``name`` is a later item of says of each item."""
    doc = name.doc
    people = _people(doc)
    index = next((i for i, (start, _) in enumerate(people) if start == name.start), None)
    if not index:
        return []
    first = index
    while first > 0:
        glue = doc[people[first - 1][1] : people[first][0]]
        if not len(glue) or any(t.lower_ not in _LIST_GLUE or "\n" in t.whitespace_ for t in glue):
            break
        first -= 1
    if first == index:
        return []
    head = doc[people[first][0] : people[first][1]]
    return [_singular(p) for p in _described_before(head, _with_honorific(head)) if _plural(p)]


#: The token ranges of each Doc's PERSON entities, listed once: spaCy builds ``Doc.ents`` anew at every access (a
#: pass over all tokens, a Span per entity), and :func:`_list_share` is asked once per person mention. Weak keys:
#: an entry goes with its Doc, so the values hold plain offsets, never a Span (a Span holds its Doc, and a value
#: holding its key keeps both alive for ever: 0.5 MB a request in the server's load test). The analysis never
#: sets a Doc's entities after the parse.
_PEOPLE: weakref.WeakKeyDictionary[Doc, list[tuple[int, int]]] = weakref.WeakKeyDictionary()


def _people(doc: Doc) -> list[tuple[int, int]]:
    if doc not in _PEOPLE:
        _PEOPLE[doc] = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    return _PEOPLE[doc]


#: An acronym in the plural: "MPs", "CEOs" (spaCy tags these NNP and leaves the lemma alone).
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
#: Members of a party or a people in the plural, which spaCy tags NNPS and leaves unlemmatised too: "Arizona
#: Republicans McCain and Jeff Flake" (each an "Arizona Republican"), "Senate Democrats", "Texans".
_MEMBERS_PLURAL = re.compile(r"(?:[A-Z][a-z]+ans|Democrats|Conservatives|Liberals)")


def _plural(chain: Span) -> bool:
    """Whether a premodifier chain ends in a plural noun ("Labour MPs", "Democratic senators")."""
    last = chain[-1]
    if _ACRONYM_PLURAL.fullmatch(last.text) or _members(last):
        return True
    return last.tag_ in {"NNS", "NNPS"} and last.lemma_.lower() != last.lower_


def _members(tok: Token) -> bool:
    return tok.tag_ == "NNPS" and _MEMBERS_PLURAL.fullmatch(tok.text) is not None


def _singular(chain: Span) -> str:
    """One list member's share of a plural chain: "LABOUR MPs" -> "Labour MP", "Three Democratic senators"
    -> "Democratic senator" (the count and the article describe the list, not the person)."""
    tokens = list(chain)
    count = max((i for i, t in enumerate(tokens[:-1]) if _a_count(t)), default=None)
    if count is not None:  # "At least two ASEAN leaders", "the last two Republican winners": the list's count
        tokens = tokens[count + 1 :]
    while len(tokens) > 1 and (tokens[0].tag_ == "CD" or tokens[0].lower_ in {"the", "these", "those", "all"}):
        tokens.pop(0)
    last = tokens[-1]
    if _ACRONYM_PLURAL.fullmatch(last.text) or _members(last):
        noun = last.text[:-1]
    else:
        noun = last.lemma_
        if last.text[:1].isupper():
            noun = noun[:1].upper() + noun[1:]
    words = [(t.text, t.whitespace_) for t in tokens[:-1]] + [(noun, "")]
    # each word's own spacing: "the Vatican's leading lawyers" gave "Vatican 's leading lawyer" (review38)
    return "".join((w.title() if len(w) > 3 and w.isupper() else w) + space for w, space in words)


def _a_count(tok: Token) -> bool:
    """Whether a number in a plural phrase counts its list ("two", "3"), not a year or a name's number ("2016
    candidates", "Fortune 500"). Decimal digits only: ``Token.is_digit`` (``str.isdigit``) also holds for a
    superscript ("2²", a footnote's mark), which ``int`` refuses (review38: the brief's analysis crashed)."""
    return tok.tag_ == "CD" and (tok.is_alpha or (tok.text.isdecimal() and int(tok.text) < 100))


def _premodifiers(doc: Doc, start: int, end: int) -> Span | None:
    """The chain of compound/amod/nmod/poss tokens right before a name ("Labour leader", "Ilford South MP")."""
    k = start - 1
    # Bounded by the paragraph, not the sentence: the parser sometimes ends a sentence inside "Tory MP | Nick Boles".
    floor = 0
    while k >= floor:
        tok = doc[k]
        if "\n" in tok.text or tok.is_space:
            break
        if tok.dep_ == "case" and k - 1 >= floor and doc[k - 1].dep_ == "poss":
            if k + 1 <= doc[k - 1].head.i < end:  # "Labour 's deputy leader"
                k -= 2
                continue
            break
        if tok.dep_ in _PREMOD_DEPS and k < tok.head.i < end and not tok.is_punct:
            k -= 1
            continue
        if k == start - 1 and tok.lower_ in ROLE_WORDS and tok.pos_ in {"NOUN", "PROPN"}:
            k -= 1  # "Tory MP Nick Boles" where the parser hung "MP" on the previous clause
            continue
        break
    chain = doc[k + 1 : start]
    if not len(chain) or not any(_is_role(t) for t in chain) or _owner_only(chain):
        return None
    return chain


def _owner_only(chain: Span) -> bool:
    """Whether a chain is only the name of a body the person works for ("NBC News' Lester Holt",
    "Lightspeed's Jeremy Liew"): proper nouns and possessives with no role, party or nationality among them
    ("Tory MP", "Labour's", "Democratic Sen." describe)."""
    words = [t for t in chain if not t.is_punct and t.tag_ != "POS"]
    return bool(words) and all(
        t.pos_ == "PROPN" and t.lower_ not in ROLE_WORDS and t.lower_ not in PARTIES and t.ent_type_ != "NORP"
        for t in words
    )


#: Endings of nouns that name a person by what they do ("campaigner", "activist", "chairwoman").
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|man|woman|person)s?$")
#: Nouns with an agent's ending that name places and things ("Goma, the rebel headquarters", "the border"; not
#: "center", a player).
_NOT_AGENTS = frozenset(
    "headquarters quarters border borders corner harbor harbour river tower theater theatre shelter "
    "sector corridor interior exterior water waters order orders number numbers paper papers letter letters chapter "
    "matter counter container trailer poster cancer weather winter summer floor door mirror error errors motor "
    "reactor tractor elevator factor factors territory restaurant plant server servers".split()
)


def _is_role(tok: Token) -> bool:
    """Whether a premodifier word can make a chain a description ("Labour leader", "pregnant MP").

    A chain with no proper noun, role word or agent noun is an adverbial the parser attached to the
    name ("At a sensational press conference Chuka Umunna").
    """
    return (
        tok.pos_ == "PROPN"
        or tok.lower_ in ROLE_WORDS
        or (tok.pos_ == "NOUN" and _AGENT.search(tok.lower_) is not None)
    )


#: Head nouns of a description of a person beyond roles, kin and the person nouns of the context cues.
_PERSON_HEADS = frozenset(
    "native national resident citizen graduate grad alumnus alumna patient survivor official officials staffer aide "
    "male female man woman mother father friend partner ceo cfo coo cto head".split()
)


def _describes(tok: Token) -> bool:
    """An appositive head that describes a person: a noun that names one (a role, a relative, a person noun,
    an agent noun: "a former chairman of ...", "her husband", "the band's publicist", "a tech executive"), not
    another name, a place, or a noun the parser hung on the name ("Joseph Smith, the Book of Abraham", "Zuck,
    a run for his money"). A description says what a person is; a head that names no person is evidence that
    the phrase is something else, and the brief then says nothing rather than something wrong."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in _NOT_DESCRIPTOR:
        return False
    return person_head(tok)


def person_head(tok: Token) -> bool:
    """Whether a noun names a person (see :func:`_describes`)."""
    words = {tok.lower_.rstrip("."), tok.lemma_.lower()}
    if words & (ROLE_WORDS | KIN_WORDS | PERSON_CUE_NOUNS | _PERSON_HEADS):
        return True
    return (
        tok.pos_ == "NOUN" and tok.is_lower and _AGENT.search(tok.lower_) is not None and tok.lower_ not in _NOT_AGENTS
    )


def _phrase(head: Token, stop_before: int | None) -> Span | None:
    """The head's phrase, without relative clauses, trailing conjuncts or what follows ``stop_before``."""
    drop: set[int] = set()
    shared = _shared_modifier(head)
    for child in head.children:
        if shared and child.dep_ in {"cc", "conj"}:
            continue  # "a child and adolescent psychology researcher": one description, not "a child"
        if child.dep_ in _CUT_DEPS and child.i > head.i:
            drop.update(t.i for t in child.subtree)
    toks = [t for t in head.subtree if t.i not in drop and (stop_before is None or t.i < stop_before)]
    # One contiguous run around the head, inside its paragraph, so the descriptor reads as a phrase.
    keep = {t.i for t in toks if "\n" not in t.text}
    if head.i not in keep:
        return None
    left = right = head.i
    while left - 1 in keep:
        left -= 1
    while right + 1 in keep:
        right += 1
    return head.doc[left : right + 1]


def _shared_modifier(head: Token) -> bool:
    """Whether the head is a modifier coordinated into the next noun's phrase ("a [child] and adolescent
    psychology researcher", parsed as "child" and "researcher"): "and"/"or" right after it, and the conjunct's
    phrase opens with no determiner of its own (unlike "a mother and a lawyer", two descriptions)."""
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if nxt is None or nxt.dep_ != "cc" or nxt.lower_ not in {"and", "or"}:
        return False
    conj = next((c for c in head.children if c.dep_ == "conj"), None)
    return conj is not None and conj.left_edge.tag_ != "DT" and conj.left_edge.i == nxt.i + 1


def _one_word_role(word: str) -> bool:
    """Whether one word alone describes a person: a role ("MP", "Senator"), an agent noun ("blogger"), or a
    lower-case noun ("coach"); not a name, a caption word or an abbreviation ("Oculus", "Photo", "OPAL")."""
    bare = word.strip(".").lower()
    if bare in ROLE_WORDS or bare in {"ceo", "cfo", "coo", "cto", "captain", "actor", "actress", "singer"}:
        return True
    return len(bare) >= 3 and (word.islower() or (_AGENT.search(bare) is not None and not word.isupper()))


def _tidy(text: str, name: Span) -> str:
    """One line, no edge punctuation; empty when it is too long, names nobody's role or holds the name."""
    text = _SPACE.sub(" ", text).strip(" ,;:-()'\"‘’“”" + LONG_DASHES)
    if "@" in text:  # a Twitter handle ("@RepSpeier") is an account, not a description
        text = " ".join(w for w in text.split() if not w.startswith("@")).strip(" ,;:-" + LONG_DASHES)
    words = text.split()
    while len(words) > 1 and words[-1].lower() in _ARTICLES:  # "the Vatican spokesman the [Rev.] Federico Lombardi"
        words.pop()
    text = " ".join(words)
    if not words or len(words) > MAX_DESCRIPTOR_WORDS or not any(c.isalpha() for c in text):
        return ""
    if words[0].lower() in _NOT_OPENING or _DEBRIS.search(text) or _GLUED_CREDIT.search(text):
        return ""
    if words[0].lower() in _FIRST_PERSON:
        return ""  # "my friend", "our dear friend": a speaker's words from a quote, not the report's description
    if _INITIAL.fullmatch(words[-1]) or sum(len(w) > 2 and w.isalpha() and w.isupper() for w in words) >= 2:
        return ""  # a name's initial cut off ("its president W."), a heading in capitals ("MAPLE LATTES")
    if len(words) == 1 and not _one_word_role(words[0]):
        return ""  # a fragment of a parse ("D", "co"), a name or a word from a caption ("Oculus", "Photo")
    lowered = [w.lower() for w in words]
    if any(lowered[i : i + 2] == lowered[j : j + 2] for i in range(len(words) - 1) for j in range(i + 2, len(words))):
        return ""  # a phrase that repeats itself is two phrases run together by the parser
    if all(w.lower() in HONORIFICS or w.lower() in PRONOUNS for w in words):
        return ""
    if all(w in _ARTICLES or w in BARE_PERSON_NOUNS for w in lowered):
        return ""  # "the man", "a woman": says only that the person is one
    # A descriptor holding the name itself is a misparse ("strongman Hun Sen") or someone else
    # ("Pinochet's son" is not Pinochet).
    own = {w.lower() for w in name.text.split() if len(w) > 1}
    if own & {w.lower().removesuffix("'s").removesuffix("’s").strip(".,") for w in words}:
        return ""
    return text
