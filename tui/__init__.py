"""newsreader's Textual app and command line. Asks `index` for all data."""
