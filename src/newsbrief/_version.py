"""The installed version of newsbrief, read from the package metadata.

Kept apart from ``newsbrief/__init__.py`` so that renderers and the server can name the version without
importing the package root (which imports them: that was an import cycle).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsbrief")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
