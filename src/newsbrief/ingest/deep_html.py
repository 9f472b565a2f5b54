"""Text of an HTML page nested too deep for lxml, read with the standard library's streaming parser.

trafilatura parses with lxml, whose libxml2 stops building the tree at 255 levels of nesting (measured: a page
whose text sits inside 200 nested ``<div>`` is read, inside 300 it comes back empty). Such a page is hostile or
broken, but its text is still there (issue 15, row 11): :class:`html.parser.HTMLParser` reads tags as a stream,
with no tree and no depth limit, so it finds the text in time linear in the page, and the nesting depth with it
so that the caller can say why trafilatura found nothing.
"""

from __future__ import annotations

from html.parser import HTMLParser

#: The depth beyond which lxml (libxml2 without XML_PARSE_HUGE) gives up on a tree.
LXML_MAX_DEPTH = 255

_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()  # no end tag
)
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "svg"})
_BLOCK = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 section article header footer blockquote pre tr table main aside".split()
)


class _TextAndDepth(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.max_depth = 0
        self.skipping = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag in _VOID:
            return
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        if tag in _SKIP:
            self.skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        self.depth = max(0, self.depth - 1)
        if tag in _SKIP and self.skipping:
            self.skipping -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def text_and_depth(html: str) -> tuple[str, int]:
    """The visible text of ``html`` (one paragraph per block element) and its deepest nesting of elements."""
    parser = _TextAndDepth()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line), parser.max_depth
