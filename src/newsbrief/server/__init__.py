"""``newsbrief serve``: a web page and a JSON API for briefs, safe to leave running (issue 6).

::

    create_app(ServerSettings(...))      app.py    the FastAPI app, caps, error -> status mapping
      /api/brief, /api/stories, /api/jobs  api.py  JSON API (the CLI's Brief JSON and HTML report)
      stories jobs in the background       jobs.py
      URL fetching (--allow-fetch only)    fetch.py  public http(s) addresses only
      /, /docs                             page.py + templates/
"""

from newsbrief.server.app import ServerSettings, create_app

__all__ = ["ServerSettings", "create_app"]
