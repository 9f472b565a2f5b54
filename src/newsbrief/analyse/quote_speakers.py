"""Where a quote's speaker is written and what the words there name (the second half of quote attribution).

Given the subject token of a speech verb (or the words after it, before a colon, after a closing mark),
name the person, through the article's registry of names (:mod:`newsbrief.analyse.quote_names`).
Indefinite and plural subjects ("a witness", "officials") stay ``None``: unattributed rather than a guess.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from newsbrief.analyse.name_evidence import first_name_gender
from newsbrief.analyse.quote_documents import (
    AUTHOR_BODIES,
    DOCUMENT_NOUNS,
    author_phrase,
    document_issuer,
    document_owner,
)
from newsbrief.analyse.quote_inverted import (
    NOT_PEOPLE,
    InvertedSpeakers,
    age_end,
    body_noun,
    person_noun,
    role_of_another,
    tied_noun,
)
from newsbrief.analyse.quote_names import RANKS
from newsbrief.analyse.quote_roles import current_holder
from newsbrief.analyse.quote_subjects import plural_agreement
from newsbrief.text.lexicon import (
    LONG_DASHES,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    ROLE_GENDER,
    SPEAKER_TITLES,
)
from newsbrief.text.lexicon import words as wordset

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Capitalised words before a colon that label rather than name ("Editor's Note:", "UPDATE:").
_LABELS = wordset(
    """note editor editors update updated correction photo photos video watch read related breaking
    exclusive source sources live warning question answer q a transcript"""
)
#: A signature after a closing mark: '"..." ― Carla Sanchez' ending its line, or before a comma or bracket.
_NAME = r"(?P<name>[A-Z][\w'’.-]*(?:[^\S\n]+(?:[A-Z][\w'’.-]*|de|van|von|del|da|la|al|bin)){0,5})"
_SIGNATURE = re.compile(
    rf"[\"”’'`]{{1,2}}[^\S\n]*[{LONG_DASHES}-][^\S\n]*"  # spaces, not line breaks (a no-break space too: "―\xa0Name")
    + _NAME
    + r"[^\S\n]*(?=$|\n|[,;(])"
)
#: A signature on its own line under a quote that ends its paragraph: '"...taxes." / - Sanders.', '"..." /
#: -Michelle Marks, Philadelphia.' (lists of remarks, readers' letters): a dash opens the line, a name follows, and
#: the line ends there or after a few words past a comma ("-President Obama, tweeting after Clinton's speech.").
_SIGNATURE_LINE = re.compile(
    rf"[\"”’'`]{{1,2}}[^\S\n]*\n\s*[{LONG_DASHES}-][^\S\n]*"
    + _NAME
    + r"(?:[^\S\n]*|,(?:[^\S\n]*[^\s,;:\"“”]+){1,6}[^\S\n]*)(?=$|\n)"
)
#: What may stand between a line's start and a quote that is its whole paragraph: spaces and opening marks.
_LINE_LEAD = frozenset(" \t\"“‘'`")


def _opens_line(text: str, start: int) -> bool:
    """Whether only spaces and opening marks stand between the line's start and offset ``start``.

    Walks back from ``start`` over those few characters, never over the line: a copy or a search of the whole line
    before each quote is quadratic on one huge line of many quotes (1.4 s for 20,000 quotes in 1 MB)."""
    i = start
    while i > 0 and text[i - 1] in _LINE_LEAD:
        i -= 1
    return i == 0 or text[i - 1] == "\n"


class Speakers(InvertedSpeakers):
    """The article's names, and the rules that find which of them a quote's speaker is written as."""

    @cached_property
    def _lower_words(self) -> frozenset[str]:
        """Words the article writes in lower case somewhere: common words, whatever their case at a sentence's start."""
        return frozenset(t.text for t in self.index.doc if t.text.islower())

    @cached_property
    def _surnames(self) -> frozenset[str]:
        """Capitalised words the article writes right after a given name ("Sean Hannity"), or that are a tagged
        person's surname: a noun opening a sentence is a name the tagger missed only when the article names someone
        by it; "Security interjected:", "Moderator interjected:" name a role, not a person."""
        doc = self.index.doc
        after_given = (
            doc[i + 1].text
            for i in range(len(doc) - 1)
            if doc[i + 1].text[:1].isupper() and first_name_gender(doc[i].text)
        )
        return frozenset(after_given) | {t.text for t in doc if t.lower_ in self.full}

    @cached_property
    def _named_words(self) -> frozenset[str]:
        """Words the article names someone or something by: the surnames above, and words of any name it tags
        ("Forbes, however, says": untagged there, an outlet's name elsewhere); a role noun is in neither."""
        return self._surnames | {t.text for t in self.index.doc if t.ent_type_}

    def _after_title(self, title: Token) -> str | None:
        """The person named right after a title or rank ("Maj. George R. McAllister", "Gov. Bill Lee"), its dot
        skipped; ``None`` when no tagged person follows."""
        doc, i = title.doc, title.i + 1
        while i < len(doc) and doc[i].text == ".":
            i += 1
        ent = self.index.ent_of(doc[i]) if i < len(doc) else None
        if ent is None or ent.label_ != "PERSON" or ent.start != i:
            return None
        return self.canonical(ent.text, ent[-1])

    def _named_in(self, tok: Token) -> str | None:
        """The last PERSON named inside a subject phrase ("One of the founders of X, Brandy Wright").

        Relative clauses are left out ("the group that supports Mr Corbyn" is not Corbyn), and so is the possessor
        of a person noun ("Merkel's spokesman" is not Merkel). When the subject is itself a name, a description set
        beside it names whom that person is tied to, not who speaks: "said Griffin, an Obama backer" (Griffin
        tagged a place) is not Obama.
        """
        cut = ("relcl", "acl", "advcl", "poss") if tied_noun(tok) else ("relcl", "acl", "advcl")
        skip = {t.i for c in tok.children if c.dep_ in cut for t in c.subtree}
        if tok.pos_ == "PROPN":
            skip |= {t.i for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" for t in c.subtree}
        people = [
            self.canonical(e.text, e[-1])
            for t in tok.subtree
            if t.i not in skip and t.ent_type_ == "PERSON" and (e := self.index.ent_of(t)) is not None
        ]
        return people[-1] if people else None

    def _one_included(self, group: Token) -> str | None:
        """The one person a plural subject names as among the speakers: "Others, including ... Lindsey Graham, who
        sits on ..., had said"; ``None`` when it names nobody or several ("including Graham and Cruz": which one?)."""
        prep = next((c for c in group.children if c.dep_ == "prep" and c.lower_ == "including"), None)
        if prep is None:
            return None
        skip = {t.i for t in prep.subtree if t.dep_ in ("relcl", "acl") for t in t.subtree}
        people = {
            e.start: e
            for t in prep.subtree
            if t.i not in skip and t.ent_type_ == "PERSON" and (e := self.index.ent_of(t)) is not None
        }
        if len(people) != 1:
            return None
        ent = next(iter(people.values()))
        members, stack = set(), [c for c in prep.children if c.dep_ == "pobj"]
        while stack:  # what "including" names: its object, and the objects joined to it or set beside it
            tok = stack.pop()
            members.add(tok.i)
            stack.extend(c for c in tok.children if c.dep_ in ("conj", "appos"))
        if ent.root.i not in members:
            return None  # "including a close friend of John McCain": the friend spoke, not McCain
        return self.canonical(ent.text, ent[-1])

    def generic_plural(self, tok: Token) -> bool:
        """Whether a subject is a generic plural (:func:`plural_agreement`: "Politicos call it") that the article
        never writes as part of a longer name ("Sims say", a typo, is Jason Sims): it names no one speaker."""
        return plural_agreement(tok) and len(self.full.get(tok.lower_, "").split()) < 2

    def name_of(self, tok: Token, before: int) -> str | None:
        """The named speaker behind a subject token, resolving pronouns and "the judge"."""
        if self.generic_plural(tok):
            return None  # "Politicos call it": a generic plural the tagger took for a name is no one speaker
        ent = self.index.ent_of(tok)
        if ent is not None and ent.label_ == "PERSON":
            return self.canonical(ent.text, ent[-1])
        if ent is not None and ent.label_ == "ORG":
            return self.org_speaker(ent)  # "Army" of "Army Lt. Gen. Michael Flynn" is the general
        appos = next((e for c in tok.children if c.dep_ == "appos" and (e := self.index.ent_of(c)) is not None), None)
        if appos is not None and appos.label_ == "PERSON":
            return self.canonical(appos.text, appos[-1])  # "his best friend at Lehigh, Bruce Turry,": the name given
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        # "Trump's lawyer said": the lawyer, unnamed; not Trump ("his spokesman", "her son" likewise)
        role = tok.lower_ in ROLE_GENDER or "spokes" in tok.lower_ or tied_noun(tok)
        if tok.pos_ == "NOUN" and poss is not None and (poss.pos_ == "PRON" or poss.ent_type_ == "PERSON") and not role:
            return self.name_of(poss, before)  # "his letter", "Eichmann's letter"
        if tok.lemma_.lower() in DOCUMENT_NOUNS:
            # "his e-mail said", "the IMF report stated": the author named
            owner = document_owner(tok) or document_issuer(tok)
            if owner is not None and owner.pos_ == "PROPN" and self.index.ent_of(owner) is None:
                parts = [c for c in owner.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                return self.canonical(" ".join(t.text for t in [*parts, owner]))  # "The Nulato Tribal Council"
            return self.name_of(owner, before) if owner is not None else None
        if tok.lower_.rstrip(".") in RANKS and (named := self._after_title(tok)) is not None:
            return named  # '," said pilot Maj. George R. McAllister': the parser ended a sentence at "Maj."
        if tok.tag_ in ("NNS", "NNPS") or tok.lower_ == "others":
            # "officials said", "the lawsuit says": nobody named; "Others, including Sen. Lindsey Graham, said": he did
            return self._one_included(tok)
        if role_of_another(tok):
            return None  # "The lawyer for Tom Reed, who ..., said", '"...," said the lawyer for Tom Reed': the lawyer
        named = self._named_in(tok)  # "the White House spokesman, Josh Earnest": the person, not the house
        if named is not None:
            return named
        for child in tok.children:
            if child.dep_ == "compound" and child.ent_type_ == "ORG" and not person_noun(tok):
                # "the Momentum group"; not "a Republican National Committee member": one of its people, unnamed
                return self.name_of(child, before)
        for child in tok.children:
            if child.dep_ == "appos" and (child.ent_type_ == "ORG" or child.pos_ == "PROPN"):
                return self.name_of(child, before)
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        # a capitalised bare noun mid-sentence is a name the tagger missed ('," Hannity said'), and so is one that
        # opens a sentence ("Hannity interjected:", or '"...?" Hannity asked' where the parser ended the sentence at
        # the quote's "?") when the text never writes it in lower case
        looks_named = (
            tok.pos_ == "NOUN"
            and tok.text[:1].isupper()
            and not dets
            and (not tok.is_sent_start or (tok.lower_ not in self._lower_words and tok.text in self._surnames))
        )
        if tok.text.endswith(".") and tok.lower_.rstrip(".") in RANKS:
            # '"...," Gov. said': an abbreviated title cut from its name is nobody's name (checked after the names
            # its phrase holds: 'said former Pennsylvania Gov. and Democratic National Committee chairman Ed Rendell')
            return None
        if (tok.pos_ == "PROPN" or looks_named) and "the" not in dets:
            parts = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if tok.is_sent_start and not parts and not tok.ent_type_ and tok.text not in self._named_words:
                return None  # "Management answered:", "Moderator interjected:": the parser's proper noun, a role
            return self.canonical(" ".join(t.text for t in [*parts, tok]), tok)
        if tok.lower_ in PRONOUN_GENDER:
            # "Ms. Warren, she said, 'exposes him ...'": "she" is not Warren, the subject of the words she reports
            other = self.interrupted(tok)
            return self.clause_subject(tok, other) or self.nearest(before, PRONOUN_GENDER[tok.lower_], other)
        if tok.lower_ in PLURAL_PRONOUNS:
            return None  # "they said": several people, no one name
        if poss is not None and role:
            return None  # "his spokesman" unnamed: not the man himself
        if dets == {"the"} and tok.lower_ == "old" and tok.i >= 4 and age_end(tok.doc, tok.i - 4) == tok.i + 1:
            return self.aged(before)  # '"...," the 17-year-old said': the person named before
        if dets == {"the"} and body_noun(tok):
            return None  # "Apple CEO Tim Cook ... the company said": a body's words, not the person named last
        if tok.pos_ in ("NOUN", "PROPN") and (dets == {"the"} or poss is not None) and tok.tag_ in ("NN", "NNP"):
            named = self.nearest(before, ROLE_GENDER.get(tok.lower_))  # "the judge said": named before
            # "former mayor A ... new mayor B ... the mayor said": the present holder, never the one who left
            return current_holder(tok, named, self.index, self.canonical) if dets == {"the"} else named
        return None

    def relayed(self, relay: Token, before: int) -> tuple[bool, str | None]:
        """Whether a relaying participle (:func:`relaying`) passes on someone's words, and whose, when named.

        Its object, or the object of its "from", is a person ("quoting the elder Bush", "citing Smith") or a
        document of someone ("reading a statement from the family", "citing a letter from Governor Lee",
        "quoting Bush's memoir"); the name is given only when the phrase holds one ("the family", "the governor":
        the source is unnamed). Not "quoting from memory", "citing the need for ...", "citing the many Americans who
        ...", "quoting no one", nor a
        document of nobody or of a pronoun ("reading a statement", "reading his statement": maybe his own).
        """
        objs = [relay.head] if relay.dep_ == "compound" else [c for c in relay.children if c.dep_ == "dobj"]
        objs += [p for c in relay.children if c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
        for obj in objs:
            if self.index.inside(obj.idx):
                continue  # 'Quoting "judges and lawyers close to the process," the paper said': a source in quotes
            source = obj
            if obj.lemma_.lower() in DOCUMENT_NOUNS:
                owner = document_owner(obj)
                source = author_phrase(obj) or (owner if owner is not None and owner.pos_ != "PRON" else None)
                if source is None:
                    continue
            # "citing the many Americans who ...": a nationality is nobody's name
            named = source.ent_type_ in ("PERSON", "ORG") or (
                source.tag_ == "NNP" and source.ent_type_ not in NOT_PEOPLE
            )
            person = person_noun(source) or source.lemma_.lower() in AUTHOR_BODIES
            if not named and (not person or (source is obj and relay.lower_ == "citing")):
                continue  # "citing the many Americans who had given up": a reason, not a source
            ent = self.index.ent_of(source)
            if ent is not None and ent[0].i <= relay.i:  # "Quoting Abraham Lincoln" tagged as one name
                return True, relay.doc[relay.i + 1 : ent.end].text  # (its fullest form here has "Quoting")
            return True, self.name_of(source, before) if named else None
        return False, None

    def before_colon(self, start: int) -> str | None:
        """'Pew Research: "..."' and a list headed "Rush Limbaugh:": the name just before a colon.

        The words between the colon and the start of their paragraph (or a dash before them, as in
        "HEADLINE - Jeffrey M. Jones:") must be a name: a tagged person or organisation, or one to five
        capitalised words that are not a label ("Editor's Note:", "Update:").
        """
        text = self.index.text
        window = text[max(0, start - 120) : start]
        head = window.rstrip("\"“‘'` \t\n")
        if not head.endswith(":"):
            return None
        colon = start - len(window) + len(head) - 1
        toks = self.index.tokens_before(colon, 1)
        ent = self.index.ent_of(toks[-1]) if toks else None
        if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.end_char == colon:
            return self.canonical(ent.text) if ent.label_ == "PERSON" else self.org_speaker(ent)
        cut = max(head.rfind("\n"), head.rfind(" - "), *(head.rfind(f" {dash} ") for dash in LONG_DASHES))
        if cut < 0 and len(head) == len(window):  # the paragraph starts further back than the window
            return None
        words = head[cut + 1 : -1].strip(" -" + LONG_DASHES).split()
        if not 1 <= len(words) <= 5 or any(w.lower().strip("'’s") in _LABELS for w in words):
            return None
        if all(w[0].isupper() or w in ("of", "the", "de", "van", "von") for w in words) and words[0][0].isupper():
            return self.canonical(" ".join(words))
        return None

    def described(self, subj: Token) -> str | None:
        """A speaker the text describes but does not name: "an Atlanta police spokesman", "a White House official".

        Only a singular noun phrase that carries a name of its own (a proper noun or a tagged organisation,
        place or group: whose spokesman, which White House) is a description a reader can check; "a friend",
        "officials", "someone" and "the statement" describe nobody in particular and stay unattributed. The
        phrase is the subject's words up to the noun and its "of"/"for"/"at" phrase, relative clauses and
        appositions left out, at most eight words.
        """
        if subj.pos_ != "NOUN" or subj.tag_ != "NN" or subj.lemma_.lower() in DOCUMENT_NOUNS:
            return None
        subjects = [c for c in subj.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) > 1 or any(c.dep_ == "appos" for c in subj.children):
            return None  # "A former candidate -- John McCain, ..." is named: not a description to show
        keep = [subj, *(t for c in subj.lefts for t in c.subtree)]
        for c in subj.rights:
            if c.dep_ == "prep" and c.lower_ in ("for", "at", "with"):  # not "a number of refugees from Iraq"
                keep.extend(c.subtree)
        toks = sorted(keep, key=lambda t: t.i)
        if any(t.text in ',;()"“”-' or self.index.inside(t.idx) for t in toks) or len(toks) > 8:
            return None
        doc = subj.doc
        if toks[-1].i - toks[0].i + 1 != len(toks):  # not one run of words
            return None
        if toks[-1].i + 1 < len(doc) and doc[toks[-1].i + 1].text == "-" and not toks[-1].whitespace_:
            return None  # "Blaze co-host": the tokenizer cut a word the phrase would end inside
        if not any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for t in toks):
            return None
        words = [t.text_with_ws for t in toks]
        if toks[0].pos_ == "DET":
            words[0] = words[0].lower()
        return "".join(words).strip()

    def signed(self, end: int, start: int | None = None) -> str | None:
        """The name signing a quote: '"...," ― Carla Sanchez' (lists of readers' or voters' words, letters).

        The name must follow the closing mark and a dash and end its line (or meet a comma or a bracket:
        "― Hillary Clinton, 2016"), or open the line under a quote that ends its paragraph, as a dash and a name
        alone on it (a few words may follow a comma: a place, what they were doing); "Editor's Note" and other
        labels do not sign. The line form needs the quote's ``start``: the quote must be its whole paragraph, and
        the name a person the article tags somewhere (a wire's credit line, "- Reuters.", ends many an article, and
        the tagger may tag nothing there).
        """
        text = self.index.text
        line = False
        m = _SIGNATURE.match(text, end)
        if m is None and start is not None and _opens_line(text, start):
            m, line = _SIGNATURE_LINE.match(text, end), True
        if m is None:
            return None
        name = m.group("name")
        if len(name) > 3 and name.endswith(".") and not name.endswith(("Jr.", "Sr.")):
            name = name[:-1]  # the line's full stop ("- Sanders."), not an initial's
        if line and not self._a_person(name, m.start("name")):
            return None
        words = [w.lower().strip(".'’") for w in name.split()]
        if any(len(w) > 1 and w.removesuffix("'s") in _LABELS for w in words):  # not the "A." of a name
            return None
        return self.canonical(name)

    def _a_person(self, name: str, at: int) -> bool:
        """Whether a name written outside any sentence (at offset ``at``) is a person's: a surname the article tags
        as a person's, or a given name first in a name of two words or more ("-Michelle Marks": the dash glued to it
        hides the name from the tagger). One word alone must be a tagged person's surname, and the tagger must not
        take the line for a place or an outlet: many places and outlets start like a given name ("- Austin,
        Texas.", "-Virginia Beach, Va.", "- Jordan."), and a dateline or a credit signs nobody's words."""
        words = [w for w in name.split() if w.lower().rstrip(".") not in SPEAKER_TITLES]
        if not words:
            return False
        toks = self.index.tokens_after(at, len(name.split()) + 1)
        if any(t.idx < at + len(name) and t.ent_type_ in NOT_PEOPLE for t in toks):
            return False
        return words[-1].lower() in self.full or (len(words) > 1 and first_name_gender(words[0]) is not None)

    def left_person(self, verb: Token) -> str | None:
        """Fallback for a verb the parser left without subject: the last person before it.

        A person named as the modifier of a common noun, or in the "of"/"for" of a role ("the wife of Tom Reed"), is
        the one someone else is tied to, not a speaker: in
        '"...," Gene Sperling, a top outside Clinton adviser, said ... "..."' (the parser hung Sperling inside the
        first quote) the second quote is not Clinton's; nor are "Obama's spokesman"'s words Obama's.
        """
        found = self.index.persons_between(verb.sent.start_char, verb.idx)
        ents = [
            e
            for e in found
            if not self.index.inside(e.start_char)
            and not (e.root.dep_ in ("compound", "poss") and e.root.head.pos_ == "NOUN")
            # "The wife of Tom Reed, asked about ..., said": the wife spoke, unnamed (:func:`role_of_another`)
            and not (e.root.dep_ == "pobj" and e.root.head.dep_ == "prep" and role_of_another(e.root.head.head))
        ]
        return self.canonical(ents[-1].text, ents[-1][-1]) if ents else None
