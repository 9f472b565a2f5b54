"""Language identification: one language per brief, other-language sentences and sources set aside."""

from __future__ import annotations

from newsbrief import Article, brief
from newsbrief.text.language import language_of, majority_language

DUTCH = (
    "De minister zei dinsdag dat de regering het plan zal steunen. Volgens de krant komt er volgende week "
    "een debat in de Tweede Kamer over de nieuwe brug en de kosten van het project."
)
ENGLISH = (
    "The council voted on Tuesday to close the Elm Street bridge after engineers found cracks in two of "
    "its pillars. Engineers said repairs would take at least six months."
)
#: Another English report of the same story (not a version of the first: most of its words are its own).
ENGLISH_OTHER = (
    "Elm Street bridge is shut from Wednesday, the council decided, because two pillars have cracked. "
    "The mayor said buses would run on a detour while the repairs go on."
)


def test_language_of() -> None:
    assert language_of(ENGLISH) == "en"
    assert language_of(DUTCH) == "nl"
    assert language_of("El presidente dijo que no habrá cambios en el gabinete ni en el gobierno.") == "es"
    # thin or name-only evidence keeps the default rather than guessing
    assert language_of("Angela Merkel, Emmanuel Macron, Justin Trudeau and Shinzo Abe.") == "en"
    assert language_of("Nederland") == "en"
    assert language_of("Nederland", default="nl") == "nl"  # too little to tell: the default
    assert language_of(ENGLISH, default="nl") == "en"  # English function words decide without the model


def test_majority_language() -> None:
    assert majority_language([ENGLISH, DUTCH, ENGLISH]) == "en"
    assert majority_language([DUTCH, DUTCH, ENGLISH]) == "nl"
    assert majority_language([ENGLISH, DUTCH]) == "en"  # a tie goes to English


def test_brief_sets_aside_a_source_in_another_language() -> None:
    articles = [
        Article(id="en1", text=ENGLISH),
        Article(id="en2", text=ENGLISH_OTHER),
        Article(id="nl", text=DUTCH),
    ]
    result = brief(articles, words=80, analysis=False)
    assert [a.id for a in result.sources] == ["en1", "en2"]
    assert any("nl" in w and "another language" in w for w in result.warnings)
    assert all("minister" not in s.text for s in result.summary)


def test_sentence_in_another_language_is_not_summarised() -> None:
    dutch_sentence = "De minister zei dinsdag dat de regering het plan voor de nieuwe brug zal steunen."
    articles = [
        Article(id="a", text=f"{ENGLISH} {dutch_sentence}"),
        Article(id="b", text=ENGLISH.replace("Tuesday", "Monday")),
    ]
    result = brief(articles, words=200, analysis=False)
    assert result.summary
    assert all(dutch_sentence not in s.text for s in result.summary)


JAPANESE = (
    "東京電力は日曜日、福島第一原子力発電所の処理水の海洋放出を再開したと発表した。"
    "政府は安全性に問題はないとしている。地元の漁業関係者は風評被害を懸念している。"
)
CHINESE = "国务院总理周日在北京表示，中国经济今年将保持稳定增长，并将继续扩大对外开放。"
RUSSIAN = (
    "Президент России заявил в воскресенье, что правительство продолжит переговоры с соседними "
    "странами о поставках газа."
)


def test_language_of_other_scripts_counts_letters_not_spaced_words() -> None:
    # CJK puts no spaces between words and the word tokeniser sees no Cyrillic: letters are the evidence
    assert language_of(JAPANESE) == "ja"
    assert language_of(CHINESE) == "zh"  # Mandarin and Wu summed: the model splits them 0.65/0.35
    assert language_of(RUSSIAN) == "ru"
    # a few non-Latin names in an English sentence do not make it foreign; two words are too little
    assert language_of("The ministry (外務省) said on Monday that talks with 北京 would go on next week.") == "en"
    assert language_of("東京 大阪") == "en"


def test_brief_sets_aside_sources_in_other_scripts_as_another_language() -> None:
    articles = [
        Article(id="en1", text=ENGLISH),
        Article(id="en2", text=ENGLISH_OTHER),
        Article(id="ja", text=JAPANESE),
        Article(id="ru", text=RUSSIAN),
        Article(id="nl", text=DUTCH),
    ]
    result = brief(articles, words=80, analysis=False)
    assert [a.id for a in result.sources] == ["en1", "en2"]
    assert sorted((n.article.id, n.reason) for n in result.not_summarised) == [
        ("ja", "language"),
        ("nl", "language"),
        ("ru", "language"),
    ]
    assert all(w in " ".join(result.warnings) for w in ("(ja)", "(ru)", "(nl)"))


def test_texts_in_other_scripts_are_copies_only_when_they_are() -> None:
    from newsbrief.pipeline import clean_articles

    kept, warnings = clean_articles(
        [Article(id="ja", text=JAPANESE), Article(id="ru", text=RUSSIAN), Article(id="ja2", text=JAPANESE)]
    )
    assert [a.id for a in kept] == ["ja", "ru"]  # distinct scripts are not one empty word gram
    assert warnings == ["ja2: a copy of ja; counted once"]


def test_texts_in_other_scripts_with_a_latin_word_are_not_copies_by_that_word() -> None:
    from newsbrief.pipeline import clean_articles

    # two different reports that each name one Latin-script source ("NHK", "Reuters") were one word gram
    # each, the same gram: the second was dropped as "a copy" of the first
    osaka = "大阪府は月曜日、大雨で川が氾濫する恐れがあるとして約二万人に避難指示を出した。NHKが伝えた。"
    rates = "Центробанк в пятницу повысил ключевую ставку до шестнадцати процентов, сообщает Reuters."
    kept, warnings = clean_articles(
        [
            Article(id="ja", text=JAPANESE + "NHKが伝えた。"),
            Article(id="ja2", text=osaka),
            Article(id="ru", text=RUSSIAN + " Сообщает Reuters."),
            Article(id="ru2", text=rates),
            Article(id="ja3", text="速報 " + JAPANESE + "NHKが伝えた。"),  # a copy with a label before it
        ]
    )
    assert [a.id for a in kept] == ["ja", "ja2", "ru", "ru2"]
    assert warnings == ["ja3: a copy of ja; counted once"]


#: Two Russian reports of different stories, each citing Reuters: the word tokens read "reuters" alone in either.
HEALTH_RU = (
    "Министерство здравоохранения во вторник сообщило о трёхстах новых случаях заражения в столице, "
    "сообщает агентство Reuters. Эксперты предупредили, что поездки в праздники могут привести к росту "
    "числа случаев."
)
RATES_RU = (
    "Центробанк в пятницу повысил ключевую ставку до шестнадцати процентов, сообщает агентство Reuters. "
    "Аналитики считают, что ставка останется на этом уровне как минимум до весны."
)


def test_sentences_in_other_scripts_are_not_one_fact_by_the_latin_name_they_share() -> None:
    # every pair of their sentences looked alike: "found in all 2 sources", and facts of both
    result = brief([Article(id="health", text=HEALTH_RU), Article(id="rates", text=RATES_RU)], words=200)
    assert result.summary and all(not s.support for s in result.summary)
    assert not result.facts


def test_a_sentence_the_verdict_model_cannot_read_is_not_its_writers_view() -> None:
    # the model reads English words; with none to read, every Russian sentence was "in the view of the writer"
    articles = [Article(id="health", text=HEALTH_RU), Article(id="rates", text=RATES_RU)]
    result = brief(articles, words=200, opinion="attribute")
    assert result.summary and all(s.view_of is None for s in result.summary)


def test_other_script_letters_counts_as_the_per_character_loop_did() -> None:
    """Counted per distinct character, the same as the loop over every letter it replaced (issue 14), on
    letters whose lower case leaves Latin-1 ("İ" lowers to two characters, the Kelvin sign to "k"), Latin
    Extended, Greek, Cyrillic, CJK, digits and marks."""
    from newsbrief.text.language import OTHER_SCRIPT_SHARE, _other_script_letters

    def per_letter(text: str) -> int:
        letters = [c for c in text if c.isalpha()]
        other = sum(not ("a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f") for c in letters)
        return other if letters and other / len(letters) >= OTHER_SCRIPT_SHARE else 0

    texts = [
        "",
        "123 456 !!",
        "The cat sat on the mat.",
        "İstanbul \u212a ſ Ǆ ǅ ǆ ß ÿ Ÿ ɐ ʃ Ω ω",
        "Москва — столица России, said Ivan.",
        "東京都は日本の首都である。Tokyo",
        "Ελλάδα και Κύπρος" * 3 + " Athens Nicosia",
        "abc абв",  # exactly half: at the share
        "ab абв",
        "\u0301\u0308 e\u0301 İİİ ııı",
    ]
    for text in texts:
        assert _other_script_letters(text) == per_letter(text), text


def test_an_ascii_text_is_not_counted_letter_by_letter() -> None:
    """Every sentence is asked for its letters outside Latin: an ASCII text has none (it is 0 without counting its
    characters, which three sentences in four of Multi-News are spared), and any other text is counted."""
    import sys

    from newsbrief.text.language import _other_script_letters

    calls = 0

    def count(frame, event, arg) -> None:
        nonlocal calls
        calls += event == "call"

    ascii_text = 'The council voted 7-2 on Tuesday; "We\'re done," she said (AP). ' * 3
    sys.setprofile(count)
    try:
        assert _other_script_letters(ascii_text) == 0
    finally:
        sys.setprofile(None)
    assert calls == 1  # the function itself: no Counter was built
    assert _other_script_letters("Путин заявил, что Россия не будет вводить войска в Украину.") > 0
    assert _other_script_letters("“Café” — naïve Zoë, Kelvin sign \u212a: ÀÉÎ") == 0  # Latin letters beyond ASCII
