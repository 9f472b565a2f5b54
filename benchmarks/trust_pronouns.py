"""The trust count and a name shown for an opening "He"/"She" or "The company": honoured only where labelled right.

The same holds for a name shown for an opening definite description ("The company [Acme] recently forced out its CEO",
:mod:`newsbrief.summarize.descriptions`), read against ``tests/data/description_names.jsonl``.

The brief may show "[Jane Doe] says ..." for a lifted "She says ..." (:mod:`newsbrief.summarize.antecedents`).
The trust labels judged the sentence as written, so a ``cannot-stand-alone`` label still stands; the count by the
protocol (``trust_context.py``) reads what the sentence leans on. A correct name mends the pronoun (an editor's
insertion); a wrong one does not, and is worse than none. So the count reads the *mended* sentence only where
the insertion is the resolver's proposal for that sentence and ``tests/data/pronoun_names.jsonl`` labels that
proposal ``right`` (both readings agreed); a proposal labelled wrong or unclear, or not labelled at all, leaves
the sentence as it was (its pronoun unresolved unless the sentence before it in its source is right before it).
A mended sentence in which the detectors see nothing left (they saw the pronoun and its opening, the name mends
both) counts as standing: the label's failure is the one the brief mended. This is the count's one assumption
beyond the labels; where the label failed the sentence for something no detector sees, it credits wrongly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from description_labels import load_labels as load_description_labels
from newsbrief.model import Brief, Sentence
from newsbrief.summarize.antecedents import antecedent, story_of
from newsbrief.summarize.descriptions import Description, describe, opening_description
from newsbrief.summarize.speakers_shown import is_speaker_insert
from newsbrief.summarize.standalone import quote_states
from pronoun_labels import LABELS_FILE, load_labels, name_key
from trust_context import DESCRIPTION, EARLIER_NOUN, Leans, leans_of
from trust_labels import Key

#: One reader's verdict on each speaker the brief shows on the trust development part (session 14, voice14).
SPEAKER_LABELS_FILE = LABELS_FILE.with_name("speaker_names.jsonl")


def _mended(text: str, shown: str) -> str:
    """The sentence as shown, brackets dropped: what a reader of the brief reads."""
    return shown.replace("[", "").replace("]", "") if shown != text else text


def honoured_leans(
    brief: Brief,
    sentences: Sequence[Sentence],
    leans: Mapping[Key, Leans],
    labels: Mapping[tuple[str, int, str], str] | None = None,
) -> tuple[dict[Key, Leans], Counter]:
    """What each sentence leans on, with the mended sentence's in place of a sentence whose pronoun or opening
    description ("The company", :mod:`newsbrief.summarize.descriptions`) the brief names rightly; and a tally of those
    insertions (``honoured``, ``wrong``, ``unclear``, ``unlabelled``; ``described:`` before each for descriptions).

    Args:
        brief: the brief (its summary's insertions).
        sentences: the cluster's sentences (keys ``(article, index)``, as the labels).
        leans: what every sentence leans on as written (``trust.leans_by_key``).
        labels: the proposal labels (default: ``tests/data/pronoun_names.jsonl`` and
            ``tests/data/description_names.jsonl``).
    """
    if labels is None:
        labels = {
            **(load_labels(LABELS_FILE) if LABELS_FILE.exists() else {}),
            **load_description_labels(),
            **load_labels(SPEAKER_LABELS_FILE),
        }
    by_article: dict[str, list[Sentence]] = {}
    for s in sorted(sentences, key=lambda s: s.index):
        by_article.setdefault(s.article_id, []).append(s)
    where = {(s.article_id, s.start): k for sents in by_article.values() for k, s in enumerate(sents)}
    texts = {aid: " ".join(s.text for s in sents) for aid, sents in by_article.items()}
    evidence = " ".join(texts.values())
    out = dict(leans)
    tally: Counter = Counter()
    for item in brief.summary:
        k = where.get((item.source.article_id, item.source.start))
        if all(is_speaker_insert(ins) for ins in item.insertions) or k is None:
            continue  # none, or only a speaker's (read below)
        sents = by_article[item.source.article_id]
        lead = len(item.text) - len(item.text.lstrip())
        if opening_description(item.text[lead:]) is not None:
            kind, name = "described:", None
            found = describe(sents, k, texts[item.source.article_id], evidence)
            if found is not None and found.insertion(lead) in item.insertions:
                name = found.name
        elif any(
            ins.replaces and item.text[ins.at : ins.at + ins.replaces] == ins.text.split()[0] for ins in item.insertions
        ):
            # "[Paula Blades]" for a given name alone (summarize/given_names.py): no labelled proposals yet, so the
            # sentence is read as written, and the insertion counted apart
            tally["given name:unlabelled"] += 1
            continue
        elif any(ins.replaces for ins in item.insertions):
            kind, name = "", None
            person = antecedent(sents, k, texts[item.source.article_id], story=story_of(texts))
            shown = next(ins.text for ins in item.insertions if ins.replaces)  # not a speaker's "[MARTIN:]" before it
            if person is not None and shown in (person.name, person.surname):
                name = person.name
        else:
            continue  # "[Jeremy] Corbyn": introduce.py, not read here
        verdict = "unlabelled"
        if name is not None:
            verdict = labels.get((item.source.article_id, item.source.start, name_key(name)), "unlabelled")
        tally[kind + ("honoured" if verdict == "right" else verdict)] += 1
        if verdict != "right":
            continue
        mended = [*sents[:k], replace(sents[k], text=_mended(item.text, item.shown)), *sents[k + 1 :]]
        leans_mended = leans_of(mended, k, *quote_states(mended)[k])
        if kind:  # "The officer Barbara Morgan believes ...": the name mends the description the detectors still see
            leans_mended = _introduces(leans_mended, opening_description(item.text[lead:]))
        if leans_mended.kinds in (("other",), ()):  # the detectors saw only what the name mends: nothing is left
            leans_mended = replace(leans_mended, kinds=())
        out[(item.source.article_id, sents[k].index)] = leans_mended
    _honour_speakers(brief, where, by_article, out, tally, labels)
    return out, tally


def _introduces(leans: Leans, described: Description | None) -> Leans:
    """``leans`` of a sentence whose opening description the brief names ("The company [Acme Inc.] said ..."): the
    inserted name introduces the noun, as a summary sentence naming the thing would (the protocol's "the company" the
    brief has named), so neither the opening description nor its "the" + noun leans on anything, and a later "the
    company" of the brief finds its referent here (``nouns`` no longer holds it; ``words`` does)."""
    noun = described.noun if described is not None else None
    nouns = leans.nouns - {noun} if noun else leans.nouns
    kinds = tuple(x for x in leans.kinds if x != DESCRIPTION and (x != EARLIER_NOUN or nouns))
    return replace(leans, kinds=kinds, nouns=frozenset(nouns))


#: What a speaker shown before the words mends: whose "I"/"we" it is, whose quotation.
SPEAKER_KINDS = frozenset({"writer's I/we/you", "quotation"})


def _honour_speakers(
    brief: Brief,
    where: Mapping[tuple[str, int], int],
    by_article: Mapping[str, Sequence[Sentence]],
    out: dict[Key, Leans],
    tally: Counter,
    labels: Mapping[tuple[str, int, str], str],
) -> None:
    """Read a sentence shown with its speaker ("[LEE:] I have no idea", :mod:`newsbrief.summarize.speakers_shown`)
    without the leans the speaker mends (:data:`SPEAKER_KINDS`), only where ``tests/data/speaker_names.jsonl`` labels
    that speaker right; tally them as ``speaker:`` + honoured / wrong / unclear / unlabelled (in ``out`` and
    ``tally``). Every other lean stays: "[GEORGE STEPHANOPOULOS:] We got a lot of those" still leans on "those"
    where a detector sees it (none does: the count's one assumption, as for the names above)."""
    for item in brief.summary:
        k = where.get((item.source.article_id, item.source.start))
        speaker = next((ins.text for ins in item.insertions if is_speaker_insert(ins)), None)
        if speaker is None or k is None:
            continue
        verdict = labels.get((item.source.article_id, item.source.start, name_key(speaker)), "unlabelled")
        tally["speaker:" + ("honoured" if verdict == "right" else verdict)] += 1
        if verdict == "right":
            key = (item.source.article_id, by_article[item.source.article_id][k].index)
            kinds = tuple(x for x in out[key].kinds if x not in SPEAKER_KINDS)
            out[key] = replace(out[key], kinds=() if kinds == ("other",) else kinds)
