"""The speaker written after the speech verb: inverted order ('"...," said Mr. Brock', "And, said Malkan, '...'"),
a name right after the closing mark, and the person nouns that name no one in particular ("Trump's lawyer", "an
IBM board member").

Split from :mod:`newsbrief.analyse.quote_speakers` (past ~500 lines): these rules read the order of the words after
the verb, the rest of that module reads the subject before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.analyse.quote_names import ArticleNames
from newsbrief.analyse.quote_verbs import HEARER_VERBS
from newsbrief.text.lexicon import (
    BODY_REFERENTS,
    KIN_WORDS,
    PERSON_CUE_NOUNS,
    ROLE_GENDER,
    SPEAKER_TITLES,
    SPEECH_LEMMAS,
    subset,
)
from newsbrief.text.lexicon import words as wordset

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs that put their speaker after them with no hearer between ("said Malkan,", "added Smith:").
_INVERTED = subset(
    SPEECH_LEMMAS, "say add write explain recall note reply respond insist declare state argue conclude"
) | wordset("continue")
NOT_PEOPLE = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "EVENT", "PRODUCT", "LAW"})
#: People named by their tie to someone ("Trump's lawyer", "her aide"), besides the entity rules' person and kin
#: nouns: whoever they are, they are not the one they are tied to. A body's people too ("an IBM board member", "a
#: Ford factory worker", "a Facebook representative"): one of its people speaks, not the body (the entity rules
#: leave "member" out of their person nouns for "party member" as a role).
_ASSOCIATES = wordset(
    "aide adviser advisor counsel counselor friend ally confidant staffer strategist consultant biographer assistant "
    "member employee worker engineer representative volunteer supporter insider"
)


def person_noun(tok: Token) -> bool:
    """Whether a common noun names a person ("lawyer", "son", "spokeswoman"), not a thing ("letter", "campaign")."""
    lemma = tok.lemma_.lower()
    people = PERSON_CUE_NOUNS | KIN_WORDS | _ASSOCIATES
    return tok.pos_ == "NOUN" and (lemma in people or lemma in ROLE_GENDER or "spokes" in lemma)


def body_noun(tok: Token) -> bool:
    """A common noun for an organisation ("company", "committee", :data:`BODY_REFERENTS`): "the company said" points
    back to a body, so no person is its referent ("Apple CEO Tim Cook ... the company said" is not Cook's)."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in BODY_REFERENTS and not person_noun(tok)


def age_end(doc: Doc, i: int) -> int | None:
    """The index just after an age written from token ``i`` ("46-year-old"), or None when no age starts there.

    "said the 46-year-old", "the 17-year-old said": an age is a description of a person the text named before,
    as a role noun is ("the judge said"); the tokenizer splits it into five tokens (46 - year - old).
    """
    words = [t.lower_ for t in doc[i + 1 : i + 5]]
    return i + 5 if doc[i].like_num and words == ["-", "year", "-", "old"] else None


def _compound_head(tok: Token) -> Token:
    """The noun a chain of compounds ends in: "member" for the "IBM" of "an IBM board member"."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def tied_noun(tok: Token) -> bool:
    """A person noun whose possessor is named or a pronoun: "Trump's lawyer", "his aide", "Google's executive"
    (somebody else than Trump, he or Google; the tagger may call Trump an organisation)."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    return poss is not None and (poss.pos_ in ("PRON", "PROPN") or poss.ent_type_ == "PERSON") and person_noun(tok)


#: Person nouns that stand for the one they speak for: "a spokesman for X said" is X's word by PolNeAR's convention
#: (the project credits such quotes to the principal), so :func:`role_of_another` leaves them to the other rules.
_VOICES = wordset("representative")


def role_of_another(tok: Token) -> bool:
    """A person noun whose "of"/"for" names another person: "The lawyer for Tom Reed", "the wife of Tom Reed", "a
    close friend of Reed". The one who speaks is that unnamed lawyer, wife or friend, not Tom Reed; a spokesman
    (or representative) is left out, as the principal's voice."""
    lemma = tok.lemma_.lower()
    if not person_noun(tok) or "spokes" in lemma or lemma in _VOICES:
        return False
    objs = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for o in c.children]
    # a person, not a body: "the chairwoman of the Hillsborough County GOP" holds a post, she is tied to nobody
    owners = [
        o for o in objs if o.dep_ == "pobj" and (o.ent_type_ == "PERSON" or (o.pos_ == "PROPN" and not o.ent_type_))
    ]
    # "An attorney for Reed, Mark Hill, said": the parser may hang the attorney's name on Reed; a name is given
    return bool(owners) and not any(c.dep_ == "appos" for o in owners for c in o.children)


class InvertedSpeakers(ArticleNames):
    """The rules that find a speaker written after the speech verb or the closing mark."""

    def inverted(self, verb: Token) -> str | None:
        """The name right after a verb of saying that has no subject of its own: "And, said Malkan, '...'".

        The verb must be finite and come after a mark or open its sentence, the name end at a comma or colon, and
        the verb be one that takes no hearer ("told Malkan, '...'" is said to Malkan): the order of the words alone
        says who spoke.
        """
        if verb.lemma_.lower() not in _INVERTED or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None  # not "saying Mr. Trump ''...''": a participle's next name is the subject of what follows
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        doc = verb.doc
        if verb.i > 0 and not doc[verb.i - 1].is_punct and not verb.is_sent_start:
            return None  # inverted after a mark or at the start ("And, said Malkan"); "... him and said John Smith, 34,
            # '...'" shares the sentence's subject (the parser may not show it: a conjunct across sentences)
        i = verb.i + 1
        while i < len(doc) and doc[i].lower_.rstrip(".") in SPEAKER_TITLES:
            i += 1
        ent = self.index.ent_of(doc[i]) if i < len(doc) else None
        if ent is None or ent.label_ != "PERSON" or ent.start != i or ent.end >= len(doc):
            return None
        if doc[ent.end].text not in (",", ":"):
            return None
        return self.canonical(ent.text, ent[-1])

    def after_quote(self, end: int) -> str | None:
        """A name written right after a closing mark, before a verb that lost its subject: '"...," Kathy
        Fairbanks with the No on 37 campaign, which ..., told us' (the tagger may miss such a name).

        Two to four capitalised proper nouns right after the mark and its comma, not an organisation or place.
        """
        toks = self.index.tokens_after(end, 8)[1:]
        while toks and toks[0].is_punct:
            toks = toks[1:]
        run = []
        for tok in toks:
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ in NOT_PEOPLE:
                break
            run.append(tok)
        if not 2 <= len(run) <= 4 or self.index.inside(run[0].idx):
            return None
        return self.canonical(" ".join(t.text for t in run), run[-1])

    def after_verb(self, verb: Token) -> str | None:
        """The speaker written after a verb that follows its quote: '"...," said Mr. Brock' (inversion).

        Only a name (or "the" + role noun) right after the verb counts; a parser that attached the name
        elsewhere does not matter here, since the order of the words alone says who spoke.
        """
        doc = verb.doc
        if verb.lemma_.lower() in HEARER_VERBS and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            # '"...," an intelligence source told Fox News': the subject spoke, unnamed; after "told" is the hearer
            return None
        people = []  # "said former Vermont governor Howard Dean": the last person before the phrase ends
        tied = False  # "said Trump's lawyer": the lawyer spoke, and the text does not name him
        for tok in doc[verb.i + 1 : verb.i + 9]:
            if tok.dep_ in ("amod", "compound") and tok.pos_ == "VERB" and tok.head.i > tok.i:
                continue  # "said Oversight ranking Democrat Elijah Cummings": a word of the phrase, not a verb
            if tok.is_punct or self.index.inside(tok.idx) or tok.pos_ in ("VERB", "AUX", "ADP"):
                if tok.text == "," and not people and tied:
                    return self._set_beside(tok)  # "said Clinton's introducer, actress Jamie Lee Curtis."
                break
            if tok.dep_ == "poss" and (tied_noun(tok.head) or tok.ent_type_ == "PERSON"):
                tied = True
                continue
            ent = self.index.ent_of(tok)
            if ent is not None and ent.label_ == "PERSON" and (not people or people[-1] is not ent):
                if ent.root.dep_ == "poss" and ent.root.head.pos_ == "NOUN":
                    tied = True  # "said Clinton's introducer": whoever introduced her, not Clinton
                    continue
                people.append(ent)
        if people:
            return self.canonical(people[-1].text, people[-1][-1])
        if tied:
            return None
        i = verb.i + 1
        while (
            i < len(doc) and i <= verb.i + 3 and (doc[i].lower_.rstrip(".") in SPEAKER_TITLES or doc[i].pos_ == "DET")
        ):
            i += 1
        if i >= len(doc) or self.index.inside(doc[i].idx):
            return None
        if (end := age_end(doc, i)) is not None and doc[i - 1].lower_ == "the":
            return self._aged(verb, end)
        tok = doc[i]
        ent = self.index.ent_of(tok)
        if ent is not None and ent.label_ == "ORG" and person_noun(_compound_head(ent.root)):
            return None  # '," said an Intel spokeswoman': one of its people, unnamed, as before the verb
        if ent is not None and ent.label_ in ("PERSON", "ORG"):
            return self.canonical(ent.text, ent[-1]) if ent.label_ == "PERSON" else self.org_speaker(ent)
        if tok.pos_ == "PROPN" and tok.dep_ not in ("amod", "compound"):  # not "writes Nazi war criminal"
            j = i
            while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
                j += 1
            return self.canonical(doc[i : j + 1].text, doc[j])
        if tok.pos_ == "NOUN" and doc[i - 1].lower_ == "the" and tok.tag_ == "NN" and not role_of_another(tok):
            if body_noun(tok):
                return None  # '"...," said the company': a body, never the person named last
            return self.nearest(verb.idx, ROLE_GENDER.get(tok.lower_))
        return None

    def _aged(self, verb: Token, end: int) -> str | None:
        """The person "said the 46-year-old (former model)" describes: the one named last before, of the gender
        its noun gives; nobody for "the 17-year-old's mother" (someone else, unnamed) or a named person after the
        age (left to the name rules)."""
        doc = verb.doc
        j = end
        while j < len(doc) and doc[j].pos_ == "ADJ":
            j += 1  # "the 46-year-old former model"
        nxt = doc[j] if j < len(doc) else None
        if nxt is not None and (nxt.tag_ == "POS" or nxt.pos_ == "PROPN" or nxt.tag_ == "NNS"):
            return None
        noun = nxt.lower_ if nxt is not None and nxt.tag_ == "NN" else ""
        return self.aged(verb.idx, ROLE_GENDER.get(noun))

    def aged(self, before: int, gender: str | None = None) -> str | None:
        """The one person the paragraph names before an age that stands for a speaker ("Courtney Waters, a senior
        ... '...,' said the 17-year-old"); nobody when it names several (val_raw 4378: "King would have wanted
        Parks to sit anywhere on a bus, according to Bundy. The 67-year-old added:" is Bundy, not the last named)."""
        doc = self.index.doc
        start = doc.text.rfind("\n", 0, before) + 1
        surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and start <= e.start_char < before}
        named = self.nearest(before, gender)
        one = len(surnames) == 1 and named is not None and named.split()[-1].lower() in surnames
        return named if one else None

    def _set_beside(self, comma: Token) -> str | None:
        """The person named right after the comma that closes a phrase tied to someone else: '"...," exhorted
        Clinton's introducer, actress Jamie Lee Curtis.' A few lower-case words ("actress", "former aide") may come
        first; the name must end the phrase (a mark or the sentence's end after it)."""
        doc = comma.doc
        i = comma.i + 1
        while i < len(doc) and i <= comma.i + 3 and doc[i].text.islower() and doc[i].pos_ in ("NOUN", "ADJ"):
            i += 1
        ent = self.index.ent_of(doc[i]) if i < len(doc) else None
        if ent is None or ent.label_ != "PERSON" or ent.start != i:
            return None
        if ent.end < len(doc) and not doc[ent.end].is_punct:
            return None
        return self.canonical(ent.text, ent[-1])

    def unnamed_after(self, verb: Token) -> bool:
        """Whether an unnamed speaker follows the verb: '"...," asked a friend', '... said one aide'."""
        doc = verb.doc
        nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        return nxt is not None and nxt.lower_ in ("a", "an", "one", "another", "some") and nxt.head.pos_ == "NOUN"
