"""The learned speaker ranker: literal cases of who said it, each beside a look-alike that must stay as it is,
and the shipped coefficients against a nearest-name baseline on a sample of PolNeAR train.

Real spaCy model (the ``analysis`` extra); PolNeAR from ``../shared/data`` (skipped with the reason when absent).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark
from installed import require_spacy_model
from newsbrief.analyse.quotes import extract_quotes, extract_with_ranker, in_brief, parse
from newsbrief.analyse.speaker_ranker import FEATURES, shipped_ranker
from newsbrief.model import Article, Quote

require_spacy_model()

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def speakers_of(text: str) -> list[str | None]:
    found: list[Quote] = list(extract_quotes(Article(id="a", text=text)))
    assert all(text[q.start : q.end] == q.text for q in found)
    return [q.speaker for q in found]


def test_shipped_trees_fit_the_features() -> None:
    ranker = shipped_ranker()
    assert int(ranker.model.feature.max()) < len(FEATURES)
    assert 0.0 <= ranker.threshold <= ranker.brief_threshold < 1.0


def test_list_headed_by_names() -> None:
    text = (
        "Radio hosts reacted on Tuesday.\n\nRush Limbaugh:\n\n"
        '"This is the biggest scam in the history of the country."\n\nSean Hannity:\n\n'
        '"Nobody will believe a word of it tomorrow."'
    )
    assert speakers_of(text) == ["Rush Limbaugh", "Sean Hannity"]


def test_a_label_before_a_colon_names_nobody() -> None:
    assert speakers_of('Editor\'s Note:\n\n"This is the biggest scam in the history of the country."') == [None]


def test_joseph_answered() -> None:
    text = 'The lawyer asked whether he had met the victim.\n\n"I never saw him that night, not once," Joseph answered.'
    assert speakers_of(text) == ["Joseph"]


def test_the_council_is_the_council_named_before() -> None:
    text = (
        "Haringey Council announced a review of the scheme on Monday, after Mr. Smith complained.\n\n"
        '"We will look at every single case again," the council said.'
    )
    assert speakers_of(text) == ["Haringey Council"]


def test_the_council_named_nowhere_stays_unattributed() -> None:
    text = 'Residents complained on Monday.\n\n"We will look at every single case again," the council said.'
    assert speakers_of(text) == [None]


def test_a_group_with_its_own_description_is_not_the_group_named_before() -> None:
    text = (
        "Seven MPs formed the Independent Group on Monday.\n\nThe Momentum group that supports Mr Corbyn said the "
        "MPs wanted to 'drag Britain back to the politics of the past' on Monday."
    )
    # not "Independent Group", nor Corbyn of the relative clause: the group as the text describes it
    assert speakers_of(text) == ["the Momentum group"]


def test_speaker_after_the_quote_not_the_name_inside_it() -> None:
    text = '"Donald Trump will never be the president of this country," said Hillary Clinton on Monday.'
    assert speakers_of(text) == ["Hillary Clinton"]


def test_a_name_inside_the_quote_alone_does_not_speak() -> None:
    text = 'Voters in Ohio were asked about the race.\n\n"Donald Trump will never be the president of this country."'
    assert speakers_of(text) == [None]


def test_pronoun_goes_to_the_person_of_its_gender_in_full() -> None:
    text = (
        "Mary Jones met Mr. Brown on Monday. She spoke first at the meeting.\n\n"
        "Mr. Brown arrived late.\n\n"
        '"We cannot wait for another year to fix the bridge," she said.'
    )
    assert speakers_of(text) == ["Mary Jones"]
    look_alike = text.replace("she said", "he said")
    assert speakers_of(look_alike) == ["Brown"]


def test_a_quote_run_continues_the_previous_speaker() -> None:
    text = (
        '"We will fight this ruling all the way," Mayor Tom Smith said on Friday. '
        '"The city has done nothing wrong here."\n\nThe governor disagreed.'
    )
    assert speakers_of(text) == ["Tom Smith", "Tom Smith"]


def test_a_run_broken_by_an_unnamed_speaker_does_not_continue() -> None:
    text = (
        '"We will fight this ruling all the way," Mayor Tom Smith said on Friday. '
        '"The city has done nothing wrong here," an aide to the governor said.'
    )
    assert speakers_of(text) == ["Tom Smith", None]


def test_someone_and_the_run_it_starts_stay_unattributed() -> None:
    text = (
        "The video was recorded at the station by Mike Carlson.\n\n"
        'Someone yells, "Get down, get down, everybody get down." Someone else shouts, '
        '"That went right through the door!" and "Somebody got shot in there!"\n\nCouncil member John Elder spoke.'
    )
    assert speakers_of(text) == [None, None, None]


def test_a_sure_speaker_is_shown_in_the_brief_and_a_guess_is_not() -> None:
    """The ranker's probability is the quote's confidence; below the shipped brief cut the brief leaves the
    quote out, while ``quotes`` keeps it with its best guess and that confidence."""
    guess = (
        "Jane Smith spoke to Mary Jones on Monday about the plan.\n\n"
        '"It was a long day for all of us and we are all tired now."'
    )
    said = guess.replace('now."', 'now," Jane Smith said.')
    (q,) = extract_quotes(Article(id="a", text=guess))
    (sure,) = extract_quotes(Article(id="a", text=said))
    assert q.speaker == sure.speaker == "Jane Smith"
    assert q.confidence is not None and sure.confidence is not None
    assert q.confidence < shipped_ranker().brief_threshold <= sure.confidence
    assert not in_brief(q) and in_brief(sure)


def test_a_name_only_inside_the_quote_stays_out_of_the_brief_too() -> None:
    text = 'Voters in Ohio were asked about the race.\n\n"Donald Trump will never be the president of this country."'
    (q,) = extract_quotes(Article(id="a", text=text))
    assert q.speaker is None and q.confidence is not None and q.confidence < shipped_ranker().threshold
    assert not in_brief(q)


def test_a_subject_that_names_nobody_has_no_confidence_and_stays_in_the_brief() -> None:
    """The rules decided: the text names nobody, so "unattributed" is right and the brief keeps the quote."""
    text = 'Residents complained on Monday.\n\n"We will look at every single case again," an official said.'
    (q,) = extract_quotes(Article(id="a", text=text))
    assert q.speaker is None and q.confidence is None and in_brief(q)


@pytest.mark.slow
def test_ranker_beats_the_nearest_name_on_polnear_train() -> None:
    """On a sample of train (in-sample for the ranker, so this checks the wiring, not generalisation: the
    held-out figures are in BENCHMARKS.md), the ranker's speakers beat naming the nearest candidate."""
    if not (DATA / "polnear").is_dir():
        pytest.skip(f"PolNeAR not found at {(DATA / 'polnear').resolve()} (expected ../shared/data beside the repo)")
    from newsbrief.analyse.nlp import load_nlp

    bench = load_benchmark("quotes")
    items = random.Random(5).sample(bench.polnear.load(DATA, "train"), 25)
    docs = list(parse(load_nlp(), [a.text for a, _, _ in items]))
    ranker = shipped_ranker()
    ranked = nearest = total = 0
    for (article, _, gold), doc in zip(items, docs, strict=True):
        collect: list = []
        pred = extract_with_ranker(article, doc, ranker, collect)
        by_span = {(s, e): cands for s, e, cands, _ in collect}
        gdicts = [{"start": g.start, "end": g.end, "g": g} for g in gold]
        for q, gd in bench.match(list(pred), gdicts):
            g = gd["g"]
            if g.resolved_by != "text":
                continue
            total += 1
            ranked += bench.same_speaker(q.speaker, g.speaker)
            outside = [
                (c.name, m)
                for c in by_span.get((q.start, q.end), [])
                for m in c.mentions
                if not q.start <= m.start_char < q.end
            ]
            # the baseline: the candidate named nearest to the quote, outside it
            near = min(
                outside, key=lambda cm: min(abs(cm[1].end_char - q.start), abs(cm[1].start_char - q.end)), default=None
            )
            nearest += bench.same_speaker(near[0] if near else None, g.speaker)
    print(f"ranker {ranked}/{total}, nearest name {nearest}/{total}")
    assert total >= 80
    assert ranked > nearest + 0.1 * total, (ranked, nearest, total)


def test_the_threshold_kept_leaves_no_more_than_three_percent_unattributed() -> None:
    """Issue 11's second target bounds the CV choice: after session 12's rules the cost alone (right minus twice the
    wrong) chose threshold 0.4, leaving 137 of 4,436 train quotes (3.1%) with no speaker, for 3 points of cost."""
    ranker_script = load_benchmark("speaker_ranker")
    rows = [(2, 0.25, 4198, 125, 113), (2, 0.4, 4183, 116, 137), (1, 0.2, 4198, 132, 106)]
    assert ranker_script.choose(rows, 139, 4436) == (2, 0.25)
    assert ranker_script.choose(rows, 139, 10**6) == (2, 0.4)  # with room under the bound, the cost decides


def test_the_cv_counts_a_quote_the_rules_decide_by_the_rules_answer() -> None:
    """A quote never offered to the ranker (a signature, a relayed source, a subject that names nobody) has no
    candidates in the CV; the brief shows the rules' answer for it, so the CV counts that answer, not "none"
    (session 17: 8 right names of train were counted as unattributed)."""
    ranker_script = load_benchmark("speaker_ranker")
    gated = {"gated": True, "y": [], "rule_ok": True, "rule_none": False}
    gated_none = {"gated": True, "y": [], "rule_ok": False, "rule_none": True}
    gated_wrong = {"gated": True, "y": [], "rule_ok": False, "rule_none": False}
    ranked = {"gated": False, "y": [0, 1], "rule_ok": False, "rule_none": True}
    recs = [gated, gated_none, gated_wrong, ranked, ranked]
    probs = [[], [], [], [0.3, 0.6], [0.9, 0.05]]
    assert ranker_script.summary(recs, probs, 0.2) == (2, 2, 1)
    # a quote the ranker is asked about and gives no candidate stays "none"
    assert ranker_script.summary([{**ranked, "y": []}], [[]], 0.2) == (0, 0, 1)


def test_the_name_an_error_shows_is_the_one_the_brief_shows() -> None:
    """speaker_errors' examples print the wrong name chosen: for a quote the rules decide alone it is the rules'
    (review35: printed as None, the record holding no name of theirs)."""
    ranker_script = load_benchmark("speaker_ranker")
    gated = {"gated": True, "y": [], "names": [], "rule": "Jeb Bush"}
    ranked = {"gated": False, "y": [0, 1], "names": ["Trump", "Cruz"], "rule": "Trump"}
    assert ranker_script.chosen_name(gated, []) == "Jeb Bush"
    assert ranker_script.chosen_name(ranked, [0.3, 0.6]) == "Cruz"
    assert ranker_script.chosen_name({**ranked, "names": [], "y": []}, []) is None
