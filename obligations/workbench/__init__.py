"""The what-if workbench (`bosetting serve`): a local page where a criteria version's parameters are changed,
the result compared with another version, and the variant saved as a draft rule file.

session.py holds the logic (no web server needed to test it), draft.py writes and checks the draft file,
app.py serves it with Flask, texts.py holds the page's words, templates/ and static/ the page itself.
"""
