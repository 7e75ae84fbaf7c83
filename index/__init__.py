"""newsreader's library layer: load, clean, meta, quotes, store, search, compare.

Plain Python with no Textual import, usable from scripts and tests.
"""

__version__ = "0.1.0"
