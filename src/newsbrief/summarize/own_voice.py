"""Does a sentence speak in its writer's own voice, to the reader? Rhetorical questions and second-person advice.

The verdict models score a sentence from its evaluative words and its article's rates; a writer's judgement can do
without either. A question the writer puts to the reader ("Is this really the best the party can do?") and advice
to the reader ("If you own one, you should update it now.") are the writer's own voice whatever the source's genre,
and the models score them low: of the dev opinion sentences whose note the learned gate took away, the advice and
the rhetorical question scored 0.38 and 0.02 (BENCHMARKS.md, session 18, notes20). Such a sentence in a summary
shown with no note is an opinion shown as fact.

These are forms, not words, so they read the same in a report on any story: a question mark or a second-person
word outside every quotation, in a sentence that does not itself say whose words it gives (no verb of saying
outside the quotation: "'What now?' she asked." is hers) and that neither opens inside a quotation nor leaves one
open.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from newsbrief.model import Sentence
from newsbrief.summarize.opinion import OPINION_PIECE, positions_by_article, quotes_named_speaker
from newsbrief.summarize.quality import FIRST_PERSON, SECOND_PERSON
from newsbrief.summarize.speakers_shown import turn_label
from newsbrief.summarize.standalone import SPEECH_VERBS, outside_quotes, quote_states
from newsbrief.text.tokens import WORD

QUESTION = "question"
SECOND = "second person"
FIRST = "first person"
#: The second person that addresses the reader; the possessive alone is as often generic as advice.
_SECOND_ADDRESS = SECOND_PERSON - {"your", "yours"}
#: "say" is no attribution: its base form is the reader's or the writer's ("you have to say ...", "let's say").
_NOT_ATTRIBUTION = frozenset({"say"})


def voice_sign(text: str, *, inside_quote: bool = False) -> str | None:
    """Which sign of the writer speaking in their own voice ``text`` shows (:data:`QUESTION`, :data:`SECOND` or
    :data:`FIRST`), if any.

    Args:
        text: the sentence.
        inside_quote: the sentence opens inside a quotation opened by an earlier sentence, or leaves one open
            that the quotation finder cannot close within it: someone's words.
    """
    if inside_quote:
        return None
    own = outside_quotes(text)
    if any(m.group(0).lower() not in _NOT_ATTRIBUTION for m in SPEECH_VERBS.finditer(own)):
        return None
    if "?" in own:
        return QUESTION
    words = [w.replace("’", "'") for w in WORD.findall(own)]
    # "you" itself, or a plea: a generic "your" describes ("melts in your mouth", "measure your heart rate")
    if any(w.lower() in _SECOND_ADDRESS for w in words) or (words and words[0].lower() == "please"):
        return SECOND
    # a capital inside the sentence names something: "US", "Us Weekly"
    if any(
        (w == "I" or w.islower() or (k == 0 and w.istitle())) and (w.lower() in FIRST_PERSON or w.lower() == "let's")
        for k, w in enumerate(words)
    ):
        return FIRST
    return None


def voice_signs(sentences: Sequence[Sentence]) -> list[str | None]:
    """:func:`voice_sign` of each sentence, with the quotation each opens inside read from its article."""
    out: list[str | None] = [None] * len(sentences)
    for positions in positions_by_article(sentences).values():
        group = [sentences[k] for k in positions]
        for k, s, (inside, leaves_open) in zip(positions, group, quote_states(group), strict=True):
            out[k] = voice_sign(s.text, inside_quote=inside or leaves_open)
    return out


def voiced_verdicts(
    sentences: Sequence[Sentence],
    verdict: Sequence[bool],
    wire: Collection[str],
    genres: Mapping[str, str],
    texts: Mapping[str, str],
) -> list[bool]:
    """The verdicts and, besides, every sentence in its writer's voice to the reader (:func:`voice_signs`;
    ``BriefConfig.own_voice="note"``), but not of a news agency's copy taken for news, a quotation with its named
    speaker (whose view those are :func:`newsbrief.summarize.genre.unnoted_voices` settles, and this follows it) nor
    a transcript's turn ("LEE: I just thought ...", :func:`~newsbrief.summarize.speakers_shown.turn_label`).

    Args:
        texts: each article's cleaned text, by id (the sentences' offsets index it).
    """
    signs = voice_signs(sentences)
    return [
        v
        or (
            sign is not None
            and not (s.article_id in wire and genres.get(s.article_id) != OPINION_PIECE)
            and not quotes_named_speaker(s.text)
            and turn_label(texts.get(s.article_id, ""), max(s.start, s.end - 1)) is None  # the label may open it
        )
        for s, v, sign in zip(sentences, verdict, signs, strict=True)
    ]
