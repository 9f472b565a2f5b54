"""Untrusted JSON and text (issue 15, rows 5-6): limits checked before parsing, surrogates refused, controls
replaced; every error names the file, the line and the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.ingest import read_articles
from newsbrief.ingest.safety import MAX_JSON_DEPTH, MAX_NUMBER_DIGITS, check_json_limits, load_json, safe_text
from newsbrief.stories.feed import iter_feed

TEXT = "The council of Riverton voted on Tuesday to close the old bridge over the river."


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_deep_nesting_refused_before_parsing_and_names_the_field() -> None:
    line = f'{{"text": "{TEXT}", "meta": {{"a": {_deep(20_000)}}}}}'
    with pytest.raises(InputError) as caught:
        load_json(line, source="feed.jsonl", line=7)
    message = str(caught.value)
    assert message.startswith("feed.jsonl:7: field meta.a[0][0]")
    assert f"deeper than {MAX_JSON_DEPTH} levels" in message
    assert len(message) < 200  # one readable line, not 20,000 brackets


def test_nesting_at_the_limit_is_read() -> None:
    value = load_json(f'{{"text": "x", "m": {_deep(MAX_JSON_DEPTH - 1)}}}')
    assert value["text"] == "x"


def test_brackets_inside_strings_do_not_count() -> None:
    text = "[" * 5_000 + " and {" * 100
    assert load_json(json.dumps({"text": text}))["text"] == text
    check_json_limits(json.dumps({"a": "9" * 5_000}))  # digits in a string are text


def test_huge_integer_refused_with_the_field() -> None:
    with pytest.raises(InputError, match=r"^x.jsonl:2: field documents\[1\].id: a number of 5,000 digits"):
        load_json('{"documents": ["a", {"text": "b", "id": %s}]}' % ("9" * 5_000), source="x.jsonl", line=2)
    assert load_json('{"n": %s}' % ("9" * MAX_NUMBER_DIGITS))["n"] == int("9" * MAX_NUMBER_DIGITS)


def test_lone_surrogate_refused_naming_the_field() -> None:
    with pytest.raises(InputError, match=r"^f:3: field documents\[0\].title: holds a lone UTF-16 surrogate \(U\+D800"):
        load_json('{"documents": [{"text": "ok", "title": "a\\ud800"}]}', source="f", line=3)
    with pytest.raises(InputError, match=r"its name"):
        load_json('{"\\udc00": 1}')
    pair = load_json('{"text": "\\ud83d\\ude00"}')["text"]  # a surrogate *pair* is one real character
    assert pair == "😀"


def test_control_characters_become_spaces_one_for_one() -> None:
    raw = "a\x00b\x1bc\x7fd\te\nf\rg\x0ch\x85i"
    assert safe_text(raw) == "a b c d\te\nf\rg\x0ch\x85i"
    assert len(safe_text(raw)) == len(raw)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (f'{{"text": "{TEXT}", "meta": {_deep(20_000)}}}', "field meta[0][0][0][0]...: JSON nested deeper"),
        ('{{"text": "{}", "id": {}}}'.format(TEXT, "9" * 5_000), "field id: a number of 5,000 digits"),
        (f'{{"text": "{TEXT} \\ud800"}}', "field text: holds a lone UTF-16 surrogate"),
    ],
    ids=["deep", "bigint", "surrogate"],
)
def test_cli_reader_and_feed_share_the_checks(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(f'{{"text": "{TEXT}"}}\n{content}\n')
    with pytest.raises(InputError) as caught:
        read_articles(path)
    assert str(caught.value).startswith(f"{path}:2: {expected}")
    records = list(iter_feed(path))
    assert records[0].reject is None
    reject = records[1].reject
    assert reject is not None and reject.line == 2 and reject.reason.startswith(expected)


def test_text_file_controls_replaced_and_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(f"{TEXT}\x07 It reopens in May.\x1b".encode())
    (article,) = read_articles(path)
    assert "\x07" not in article.text and "\x1b" not in article.text
    assert "It reopens in May." in article.text
