"""The data that flows through newsbrief: frozen, slotted dataclasses holding tuples.

Every stage takes these values and returns new ones (DESIGN.md, rule 2). Character offsets always
point into ``Article.text`` of the *cleaned* article that the :class:`Brief` carries in ``sources``, so
``brief.article(span.article_id).text[span.start:span.end] == span.text`` holds for every span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath


@dataclass(frozen=True, slots=True)
class Article:
    """One news report.

    ``text`` is the only required field. ``published`` is an ISO 8601 date (``YYYY-MM-DD``) where
    known; ``origin`` says where the article was read from (a path, ``path:line`` or ``<stdin>``)
    so that errors and warnings can name it. ``genre`` is what the brief decided the source is,
    ``"news"`` or ``"opinion"`` (a review, column, editorial, argued analysis or blog;
    :mod:`newsbrief.summarize.genre`), on the cleaned sources a :class:`Brief` carries; ``None`` on input
    and where it was not decided.
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    origin: str | None = None
    genre: str | None = None

    @property
    def where(self) -> str:
        """Where the article came from, as messages and source lists name it: its ``origin``, with its ``id``
        beside it where the origin is not a page or a file named by the id (the documents of one JSONL cluster share
        ``path:line``, and a source list of nine "task2.jsonl:46" lines cannot be read against the brief's
        citations); the ``id`` alone where the origin is unknown."""
        if not self.origin:
            return self.id
        if self.origin.startswith(("http://", "https://")) or PurePath(self.origin).stem == self.id:
            return self.origin
        return f"{self.origin} ({self.id})"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a cleaned article, with its character span in ``Article.text``.

    ``index`` is the sentence's position in its article (0 = lead), ``paragraph`` the paragraph it
    belongs to; both feed the position prior of the selector.
    """

    article_id: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of one article that supports a summary sentence."""

    article_id: str
    start: int
    end: int
    text: str
    similarity: float = 1.0


@dataclass(frozen=True, slots=True)
class Insertion:
    """Words the brief adds to a summary sentence, shown in square brackets ("[Jeremy] Corbyn").

    ``at`` is the offset in the sentence's text before which ``text`` is inserted; the sentence's
    text and its source span stay verbatim. ``replaces`` is how many characters from ``at`` the
    insertion stands in for when shown: an editor writes "[Jeremy Corbyn] said" for a lifted "He
    said" (0: a pure insertion, "[Jeremy] Corbyn").
    """

    at: int
    text: str
    replaces: int = 0

    def spacing(self, sentence: str) -> tuple[str, str]:
        """The spaces shown before and after the brackets in ``sentence``: "[Jeremy] Corbyn" before a word; after the
        word it follows where punctuation or the end comes next ("said the businessman [Donald Trump], who ...",
        :mod:`newsbrief.summarize.person_description`); none where it stands in for words ("[Acme]'s shares")."""
        if self.replaces:
            return "", ""
        if self.at > 0 and sentence[self.at - 1].isalnum() and sentence[self.at : self.at + 1] in ("", *",.;:!?)"):
            return " ", ""
        return "", " "


#: How ``SummarySentence.view_of`` opens when the note is about the sentence's source, not the sentence: "from
#: Variety's review" (``opinion="source"``); the renderers show such a note as it is.
SOURCE_NOTE = "from "


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """One sentence of the brief and the evidence for it.

    ``source`` is the span the sentence was taken from (verbatim). ``support`` holds the sentences
    of *other* articles that say the same thing, most similar first. ``view_of`` names whose view
    the sentence is when it reads as its writer's own verdict (a review's or a column's: "Variety's
    writer"), or, opening with :data:`SOURCE_NOTE`, where the sentence is from when its source is an opinion
    piece ("from Variety's review"); renderers show it beside the sentence so an opinion is not read as news.
    ``insertions`` are words the brief adds in square brackets so the sentence stands alone ("[Jeremy] Corbyn").
    """

    text: str
    source: Span
    support: tuple[Span, ...] = ()
    view_of: str | None = None
    insertions: tuple[Insertion, ...] = ()

    @property
    def shown(self) -> str:
        """The sentence as a reader sees it: the verbatim text with each insertion in square brackets."""
        out, pos = [], 0
        for ins in sorted(self.insertions, key=lambda i: i.at):
            before, after = ins.spacing(self.text)
            out += [self.text[pos : ins.at], f"{before}[{ins.text}]{after}"]
            pos = ins.at + ins.replaces
        return "".join(out) + self.text[pos:]

    @property
    def article_ids(self) -> tuple[str, ...]:
        """The distinct articles that carry this sentence, its own source first."""
        seen: dict[str, None] = {self.source.article_id: None}
        for span in self.support:
            seen.setdefault(span.article_id, None)
        return tuple(seen)

    @property
    def n_sources(self) -> int:
        """How many distinct articles report this sentence."""
        return len(self.article_ids)


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place, merged across sources."""

    name: str
    label: str  # PERSON | ORG | GPE | NORP | LOC | FAC (a building or site as a place: an airport)
    aliases: tuple[str, ...] = ()
    descriptors: tuple[tuple[str, str], ...] = ()  # (article_id, descriptor)
    mentions: tuple[tuple[str, int], ...] = ()  # (article_id, count)
    # False where only the tagger's label backs the type (no title, description, name's word or cue): shown with
    # no type claim (analyse._entity_settled)
    typed: bool = True


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: verbatim text, who said it and where.

    ``confidence`` is the speaker ranker's probability that its best candidate spoke the quote (whether
    or not it reached the ranker's threshold to be named), 0 when there was no candidate at all; ``None``
    where the rules decided alone (a subject that names nobody, a signature, a quote inside a quote) or no
    ranker ran.
    """

    text: str
    speaker: str | None
    verb: str | None
    article_id: str
    start: int
    end: int
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """One claim, aligned across the sources that make it."""

    text: str
    spans: tuple[Span, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article_id for s in self.spans))


@dataclass(frozen=True, slots=True)
class ConflictSide:
    """One version of a disputed value: the value as written, and where each source that gives it says so.

    ``spans`` quote the value itself (its exact characters, "72", "nine stories"), one per sentence giving it;
    ``sentences`` are those sentences, in the same order.
    """

    value: str
    spans: tuple[Span, ...]
    sentences: tuple[Span, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article_id for s in self.spans))


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources giving different values for the same slot of the same fact.

    ``kind`` is what differs (age, time, distance, money, percent, number, date, name); ``slot`` says what
    it belongs to where the text says ("'peopl'", "'quit' (day)"); ``sides`` hold the versions, each with its
    sources and the quoted value; ``spans`` the sentences involved, first side first.
    """

    kind: str
    description: str
    spans: tuple[Span, ...]
    slot: str = ""
    sides: tuple[ConflictSide, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event of the story for the timeline.

    ``date`` is ISO 8601 at the precision the text carries ("2019-02-18", "2019-W07", "2019-02",
    "1981", or "--02-18" for a calendar date whose year is not given), ``None`` when unresolved;
    ``precision`` is ``day``, ``week``, ``month`` or ``year``. ``span`` is the first report of the
    event, ``support`` the same event in other sources (or again in the same one). ``anchor`` says
    what a relative date was resolved against: ``published``, ``dateline``, ``story``, or ``none``
    for an absolute date, a year counted from one the sentence writes ("in 1980, and the next year"), or an
    unresolved one. ``background`` marks a dated fact the sources bring in as
    context (a person's history, an earlier event for comparison, a year in passing) rather than an event of
    the story itself: renderers show it apart, after the story's events (:mod:`newsbrief.analyse.background`).
    """

    date: str | None
    date_text: str
    text: str
    span: Span
    resolved: bool
    precision: str | None = None
    support: tuple[Span, ...] = ()
    anchor: str = "none"
    background: bool = False

    @property
    def article_ids(self) -> tuple[str, ...]:
        """The distinct articles that report this event, the first report's own first."""
        return tuple(dict.fromkeys(s.article_id for s in (self.span, *self.support)))


@dataclass(frozen=True, slots=True)
class NotSummarised:
    """A source the brief read but does not summarise, and why.

    ``reason`` is a short code: ``"language"`` (written in another language than most sources),
    ``"not-article"`` (a page that is not an article: an error page, a paywall, a promo) or
    ``"other-story"`` (an article about another story); ``note`` says it in words for the reader.
    Such a source is not cited and does not count in "found in N of M sources".
    """

    article: Article
    reason: str
    note: str

    @property
    def warning(self) -> str:
        """The one-line warning shown with the brief (and logged)."""
        return f"{self.article.where}: {self.note}; not summarised"


@dataclass(frozen=True, slots=True)
class Brief:
    """The brief of one story: summary with support, the cleaned sources and the analysis.

    ``sources`` are the sources summarised (cited by number); ``not_summarised`` the sources set apart.
    """

    summary: tuple[SummarySentence, ...]
    sources: tuple[Article, ...]
    words: int
    warnings: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    facts: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[Event, ...] = ()
    analysed: bool = field(default=False)
    not_summarised: tuple[NotSummarised, ...] = ()

    def article(self, article_id: str) -> Article:
        """Return the source article with this id.

        Raises:
            KeyError: no source has that id.
        """
        for art in self.sources:
            if art.id == article_id:
                return art
        raise KeyError(f"no source article with id {article_id!r}")

    @property
    def text(self) -> str:
        """The summary as plain text, one sentence after another."""
        return " ".join(s.text for s in self.summary)

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.summary)
