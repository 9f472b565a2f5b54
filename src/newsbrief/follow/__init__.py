"""Following feeds: ``newsbrief follow`` reads feeds day after day into one story store and writes a digest.

::

    feeds.py   which feeds (URLs, text files, OPML) and the items of each (RSS, Atom, JSON Feed)
    web.py     feeds by conditional GET and pages read as articles, over newsbrief.web's fetcher
    store.py   the one SQLite store: corpus mode's checkpoint kept between runs, plus items, runs, members
    run.py     run_follow: feeds -> pages -> the corpus-mode story stream -> briefs -> digest
    digest.py  the index and the story pages, new since the previous run marked
"""
