"""The document filter: pages that are not articles of the story are set apart, listed with their reason,
and never empty a brief; real articles that look a little like pages stay."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from newsbrief import Article, brief, render
from newsbrief.logistic import Logistic
from newsbrief.pipeline import Briefer
from newsbrief.summarize.pages import (
    FEATURES,
    NOT_ARTICLE,
    OTHER_STORY,
    PAGE_FEATURES,
    PageModels,
    models,
    page_features,
    relation_features,
    set_apart,
)
from pages_fixtures import ERROR_PAGE, PROMO_PAGE, REPORTS

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "brief.schema.json").read_text())


def test_pages_that_are_not_articles_are_set_apart_and_listed_with_their_reason() -> None:
    b = brief([*REPORTS, ERROR_PAGE, PROMO_PAGE], words=80, analysis=False)
    assert [a.id for a in b.sources] == ["wire", "local", "business"]
    assert {(n.article.id, n.reason) for n in b.not_summarised} == {("error", NOT_ARTICLE), ("promo", NOT_ARTICLE)}
    assert all(s.n_sources <= 3 and set(s.article_ids) <= {"wire", "local", "business"} for s in b.summary)
    assert any(w.startswith("error:") and w.endswith("not summarised") for w in b.warnings)
    md = render(b, "md")
    assert "## Sources not summarised" in md
    assert "- error: a page that is not an article" in md
    assert "not matched in the other 2" in md or "found in all 3 sources" in md  # M counts summarised sources
    doc = json.loads(render(b, "json"))
    jsonschema.validate(doc, SCHEMA)
    assert [(n["id"], n["reason"]) for n in doc["not_summarised"]] == [("error", NOT_ARTICLE), ("promo", NOT_ARTICLE)]
    assert {s["of_sources"] for s in doc["summary"]} == {3}
    assert "Not summarised:" in render(b, "text") and "Not summarised" in render(b, "html")


def test_a_short_real_article_stays() -> None:
    short = Article(
        id="brief",
        text=(
            "PORT ALDEN — A crane collapsed at the harbor's main terminal on Tuesday, injuring three workers. "
            "The terminal was closed while inspectors examine the crane."
        ),
    )
    b = brief([*REPORTS, short], words=80, analysis=False)
    assert "brief" in {a.id for a in b.sources} and not b.not_summarised


def test_a_real_article_that_mentions_subscribing_and_cookies_stays() -> None:
    text = (
        REPORTS[0].text.replace(
            "Shipping companies", "Subscribers to the port's alert service were told first. Shipping companies"
        )
        + "\n\nThe harbor authority's website asked visitors to accept cookies before showing its statement, "
        "and readers who subscribe to its newsletter were sent updates through the day."
    )
    b = brief([Article(id="wire", text=text), *REPORTS[1:]], words=80, analysis=False)
    assert [a.id for a in b.sources] == ["wire", "local", "business"] and not b.not_summarised


@pytest.mark.parametrize("page", [ERROR_PAGE, PROMO_PAGE], ids=["error", "promo"])
def test_a_single_source_is_never_set_apart(page: Article) -> None:
    for alone in (REPORTS[0], page):
        briefer = Briefer()
        prepared = briefer.sources([alone])
        assert prepared is not None and [a.id for a in prepared.articles] == [alone.id]
        assert not prepared.not_summarised


def test_when_every_source_looks_like_a_page_the_most_likely_article_is_kept_with_a_warning() -> None:
    prepared = Briefer().sources([ERROR_PAGE, PROMO_PAGE])
    assert prepared is not None and len(prepared.articles) == 1
    assert len(prepared.not_summarised) == 1
    kept = prepared.articles[0]
    assert any(w.startswith(f"{kept.id}: may not be an article of the story") for w in prepared.warnings)


def test_the_filter_can_be_turned_off() -> None:
    b = brief([*REPORTS, ERROR_PAGE], words=80, analysis=False, pages=False)
    assert len(b.sources) == 4 and not b.not_summarised


def test_another_language_is_set_apart_on_the_same_path() -> None:
    dutch = Article(
        id="nl",
        text=(
            "Een containerkraan is dinsdagochtend in de haven van Port Alden ingestort. Drie havenarbeiders raakten "
            "gewond en werden naar het ziekenhuis gebracht. De terminal blijft gesloten tot het onderzoek is afgerond, "
            "zei de havendirecteur. Schepen worden omgeleid naar de kleinere noordelijke terminal."
        ),
    )
    b = brief([*REPORTS, dutch], words=80, analysis=False)
    assert [(n.article.id, n.reason) for n in b.not_summarised] == [("nl", "language")]
    assert "- nl: written in another language (nl) than most sources (en)" in render(b, "md")


def _models(summarise: list[float], page: list[float], threshold: float = 0.5) -> PageModels:
    """Literal models: weights on raw (unstandardised) features."""

    def model(coef: list[float], n: int, thr: float) -> Logistic:
        return Logistic((0.0,) * n, (1.0,) * n, tuple(coef), 0.0, thr)

    return PageModels(model(summarise, len(FEATURES), threshold), model(page, len(PAGE_FEATURES), 0.5))


def test_reason_is_named_by_the_page_model() -> None:
    rows_sim = [0.0] * (len(FEATURES) - 3)
    # summarise: only the highest similarity counts (a source unlike the others is set apart);
    # page: only the share of story words (an article, of this story or another, is mostly story text)
    summarise = [*rows_sim, 20.0, 0.0, 0.0]
    page = [0.0, 0.0, 20.0, *([0.0] * (len(PAGE_FEATURES) - 3))]
    pages = _models(summarise, page, threshold=0.98)  # P >= 0.98 needs a cosine of about 0.2
    offtopic = Article(
        id="other",
        text=(
            "The city orchestra announced its new season on Monday, with six premieres and a tour of three "
            "countries. The conductor said the programme would open with a symphony by a local composer."
        ),
    )
    articles = [*REPORTS, offtopic]
    per = [Briefer().sources([a]).sentences for a in articles]
    masks = [[True] * len(s) for s in per]
    keep, apart, _ = set_apart(articles, per, masks, pages)
    assert keep == [True, True, True, False]
    assert [(n.article.id, n.reason) for n in apart] == [("other", OTHER_STORY)]


def test_features_of_a_page_and_of_an_article() -> None:
    briefer = Briefer()
    rows = {}
    for art in (REPORTS[0], ERROR_PAGE, PROMO_PAGE):
        prepared = briefer.sources([art])
        rows[art.id] = dict(zip(PAGE_FEATURES, page_features(art, prepared.sentences, prepared.eligible), strict=True))
    assert rows["wire"]["eligible_share"] > 0.5 > rows["error"]["eligible_share"]
    assert rows["error"]["short_line_share"] > rows["wire"]["short_line_share"]
    assert rows["error"]["second_person"] > rows["wire"]["second_person"] == 0.0
    # most of a page's lines split into debris (buttons, labels, headings); none of a report's do
    debris = {k: r["debris_share"] for k, r in rows.items()}
    assert min(debris["promo"], debris["error"]) >= 0.5 > debris["wire"] == 0.0
    assert relation_features([REPORTS[0]]) == [[0.0, 1.0, 1.0]]
    rel = relation_features([*REPORTS, ERROR_PAGE])
    assert rel[3][0] < min(r[0] for r in rel[:3]) and all(r[2] == 0.0 for r in rel)


def test_shipped_models_load_with_their_features() -> None:
    pages = models()
    assert len(pages.summarise.coef) == len(FEATURES) and len(pages.page.coef) == len(PAGE_FEATURES)
    assert 0.0 < pages.summarise.threshold < 1.0
