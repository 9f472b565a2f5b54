"""Analysis stages: entities, direct quotes and their speakers, dates.

The modules here need the optional ``analysis`` extra (spaCy and an English model). This package
file imports nothing heavy on purpose, so that ``import newsbrief`` and the summary path never pay
for loading spaCy; each stage loads the shared model through :func:`newsbrief.analyse.nlp.load_nlp`
only when it runs.
"""
