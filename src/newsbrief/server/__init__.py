"""``newsbrief serve``: a web page and a JSON API for briefs, safe to leave running (issue 6).

::

    create_app(ServerSettings(...))      app.py    the FastAPI app, error -> status mapping
      every cap in one object              settings.py
      /api/brief, /api/stories, /api/jobs  api.py  JSON API (the CLI's Brief JSON and HTML report)
      briefs in worker processes           pool.py   (N processes, memory limit, killed at the time limit)
        the work of one brief request      briefing.py
      stories jobs: `newsbrief stories`    jobs.py   (one process per running job)
      body size cap, security headers      limits.py
      URL fetching (--allow-fetch only)    newsbrief.web, FetchPolicy(public_only=True)
      /, /docs                             page.py + templates/
"""

from newsbrief.server.app import create_app
from newsbrief.server.settings import ServerSettings

__all__ = ["ServerSettings", "create_app"]
