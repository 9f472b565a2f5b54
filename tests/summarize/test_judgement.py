"""The sentence-level "writer's own judgement" model: its features, its scores, and the notes it decides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark
from newsbrief import Article, BriefConfig, ConfigError, brief
from newsbrief.summarize.genre import opinion_probabilities
from newsbrief.summarize.judgement import EXTRA_FEATURES, FEATURES, extra_features, judgement_scores
from newsbrief.summarize.opinion import opinion_scores
from synthetic import FEATURE_STORY, NEWS_REPORT, REVIEW, sentences_in

LABELS = Path(__file__).resolve().parents[1] / "data" / "judgement_labels_polnear.jsonl"


def _fired(text: str, *, inside_quote: bool = False) -> set[str]:
    values = extra_features(text, inside_quote=inside_quote, index=1, count=5)
    return {n for n, v in zip(EXTRA_FEATURES, values, strict=True) if v and n not in ("log_words", "position")}


def test_the_forms_a_verdict_takes_without_an_evaluative_adjective() -> None:
    assert {"superlative", "copula_evaluative"} <= _fired("It is the greatest show on earth.")
    assert "superlative" in _fired("Fans got the best seats in the house.")
    assert "comparative" in _fired("Fans of the genre deserve better than this.")
    assert "copula_evaluative" in _fired("The film is dull.")
    assert "stance" in _fired("In short, Keurig 2.0 isn't the iPhone.")
    assert "hedge" in _fired("That appears to be the attitude consumers have toward Keurig.")
    assert "modal" in _fired("You should avoid broadcasting your virtue on social media.")


def test_look_alikes_that_are_not_verdicts() -> None:
    # "-est" and "-er" words that are no superlative or comparative, and a reported prediction's quotation.
    assert "superlative" not in _fired("The forest burned for three days.")
    assert "superlative" not in _fired("Interest rates rose in the west.")
    assert "comparative" not in _fired("The reporter filed her story on Monday.")
    assert _fired("The council met on Monday.") == set()
    quoted = _fired('"It is the greatest show on earth," the promoter said.')
    assert "quotation_marks" in quoted and "superlative" not in quoted
    assert "inside_quote" in _fired("It is the greatest show on earth.", inside_quote=True)
    assert "superlative" not in _fired("It is the greatest show on earth.", inside_quote=True)


def test_review24s_look_alikes_no_longer_fire() -> None:
    """A measure's superlative or comparative ("the latest", "later than"), "other/rather than", and "May" the
    month are no verdict (review24, BENCHMARKS.md session 14)."""
    assert "superlative" not in _fired("The latest figures show 300 jobs were lost.")
    assert "superlative" not in _fired("It is the largest plant in the state.")
    assert "comparative" not in _fired("No one other than the mayor attended.")
    assert "comparative" not in _fired("He walked rather than drove.")
    assert "comparative" not in _fired("The vote came later than expected.")
    assert "modal" not in _fired("The plant closed in May.")
    assert "modal" not in _fired("Prime Minister Theresa May spoke on Monday.")
    assert "modal" in _fired("The plan may fail.")
    assert "superlative" in _fired("It was the silliest speech of the night.")
    assert "comparative" in _fired("The sequel is sillier than the original.")


def test_contracted_forms_are_read() -> None:
    """ "It's terrible." is an evaluative word after a copula and "we'll" a prediction: the word pattern keeps the
    contraction whole, straight or curly apostrophe; a possessive "'s" is no copula."""
    assert "copula_evaluative" in _fired("It's terrible.")
    assert "copula_evaluative" in _fired("That’s terrible.")
    assert "copula_evaluative" in _fired("They're terrible at it.")
    assert "future" in _fired("We'll regret this vote.")
    assert "future" in _fired("They’ll regret this vote.")
    assert "copula_evaluative" not in _fired("Trump's terrible week went on.")


def test_a_reviews_verdicts_score_high_and_a_reports_facts_low() -> None:
    sents = sentences_in("rev", REVIEW) + sentences_in("news", NEWS_REPORT)
    genre_p = opinion_probabilities(sents, opinion_scores(sents), 0.5)
    scores = dict(zip((s.text for s in sents), judgement_scores(sents, genre_p), strict=True))
    assert scores["The new film has none of the first movie's charm, and the acting is terrible."] >= 0.9
    assert scores["Raimi served as a producer on the remake, the studio said."] < 0.1
    assert all(scores[s.text] < 0.6 for s in sents if s.article_id == "news")


def test_a_source_that_is_not_read_by_words_scores_zero() -> None:
    sents = sentences_in("ru", "Это лучший фильм года. Я его очень люблю.")
    assert judgement_scores(sents, {"ru": 0.99}) == [0.0, 0.0]


def test_the_brief_notes_by_the_model_only_when_asked_and_the_summary_is_the_same() -> None:
    """Off by default (held-out opinion shown as fact 8 -> 9 at 0.6, BENCHMARKS.md session 14): display only."""
    story = [Article("rev", REVIEW, outlet="Variety"), Article("news", NEWS_REPORT, outlet="Reuters")]
    assert BriefConfig().judgement_notes == 0.0
    main = brief(story, words=300, analysis=False, opinion="attribute")
    judged = brief(story, words=300, analysis=False, opinion="attribute", judgement_notes=0.6)
    assert [s.text for s in judged.summary] == [s.text for s in main.summary]
    noted = {s.text for s in judged.summary if s.view_of}
    assert "The new film has none of the first movie's charm, and the acting is terrible." in noted
    assert all(s.view_of is None for s in judged.summary if s.source.article_id == "news")
    with pytest.raises(ConfigError, match="judgement_notes"):
        BriefConfig(judgement_notes=1.5)


def test_a_plain_fact_of_a_lively_feature_loses_the_note_the_verdict_model_gave_it() -> None:
    story = [Article("feat", FEATURE_STORY, outlet="The Valley Times")]
    main = brief(story, words=300, analysis=False, opinion="attribute")
    judged = brief(story, words=300, analysis=False, opinion="attribute", judgement_notes=0.6)
    plain = "Her bread is now sold in shops across the valley."
    assert plain in {s.text for s in main.summary if s.view_of}
    assert plain in {s.text for s in judged.summary} and plain not in {s.text for s in judged.summary if s.view_of}


def test_the_shipped_weights_are_for_these_features() -> None:
    from newsbrief.package_data import read_json

    doc = read_json("judgement.json")
    assert doc["features"] == list(FEATURES)
    assert "PolNeAR train sentence labels" in doc["how"]


def test_polnear_sentence_labels_hold_no_text_and_only_train_fit_articles() -> None:
    records = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 206 and sum(r["label"] == "opinion" for r in records) == 69
    assert {r["label"] for r in records} == {"opinion", "other"}
    assert all(set(r) == {"id", "index", "start", "end", "sha1", "genre", "label"} for r in records)
    genre_file = LABELS.parent / "genre_labels_polnear.jsonl"
    genre = {r["id"]: r for r in map(json.loads, genre_file.read_text(encoding="utf-8").splitlines())}
    assert all(genre[r["id"]]["split"] == "fit" for r in records)  # labelled train articles, never the held-out part
    # the lead's blind PolNeAR train articles (benchmarks/reserved.py, on every machine: the check read the
    # session-14 pool from the lead's notes, and skipped itself where they were not)
    assert not {r["id"] for r in records} & load_benchmark("reserved").BLIND_POLNEAR


def test_the_second_polnear_reading_holds_no_text_no_reserved_and_no_genre_heldout_article() -> None:
    """Session 15's 214 sentence labels: ids, offsets, hashes and labels only; never a reserved (blind) article nor
    one of the genre labels' held-out part; a third of the articles held out by a hash of the id."""
    import hashlib
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from reserved import BLIND_POLNEAR

    records = [
        json.loads(line) for line in LABELS.with_name("judgement_labels_polnear2.jsonl").read_text().splitlines()
    ]
    assert len(records) == 214 and sum(r["label"] == "opinion" for r in records) == 112
    assert all(set(r) == {"id", "index", "start", "end", "sha1", "genre", "part", "label", "labels"} for r in records)
    ids = {r["id"] for r in records}
    assert not ids & BLIND_POLNEAR
    first = {json.loads(line)["id"] for line in LABELS.read_text().splitlines()}
    assert not ids & first
    genre_file = LABELS.parent / "genre_labels_polnear.jsonl"
    genre = {r["id"]: r["split"] for r in map(json.loads, genre_file.read_text(encoding="utf-8").splitlines())}
    assert all(genre.get(i, "fit") == "fit" for i in ids)
    for r in records:
        heldout = int(hashlib.sha1(("judgement:" + r["id"]).encode()).hexdigest(), 16) % 3 == 0
        assert r["part"] == ("heldout" if heldout else "fit")


def test_the_reading_of_new_notes_holds_ids_and_labels_of_free_stories_only() -> None:
    path = LABELS.parent / "judgement_reading_labels.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 35 and sum(r["label"] == "opinion" for r in records) == 10
    assert all(set(r) == {"corpus", "story", "article", "start", "end", "sha1", "label"} for r in records)
    trust_file = LABELS.parent / "trust_sentences.jsonl"
    trust = {json.loads(line)["cluster"] for line in trust_file.read_text(encoding="utf-8").splitlines()}
    assert not any(r["story"] in trust for r in records)  # the trust benchmark's clusters are not read here


def test_a_word_compared_to_a_number_is_a_measure_and_a_curly_nt_a_negation() -> None:
    """review27's look-alikes of notes16's mended features: "greater/higher than 60 percent" compares quantities (the
    word pattern holds no digits, so "than" read alone took it for a verdict), and "doesn’t" with a curly apostrophe
    negates as "doesn't" does (the contractions were read straight or curly, the negation was not)."""
    assert not {"comparative", "copula_evaluative"} & _fired("Turnout was greater than 60 percent.")
    assert not {"comparative", "copula_evaluative"} & _fired("Turnout was higher than nearly 60 percent.")
    assert "comparative" in _fired("The sequel is sillier than the original.")
    assert "comparative" in _fired("Fans of the genre deserve better than this.")
    assert "negation" in _fired("It doesn’t work.") and "negation" in _fired("It doesn't work.")
