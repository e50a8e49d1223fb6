"""The evaluation of the agreement period ("Avtalen skal evalueres før eventuell ny avtale skal utarbeides").

Each year is evaluated and built exactly as the yearly review does it (obligations.system.AgreementSystem.year,
obligations.review.model.build_review); this package sets the years beside each other (goals against results,
causes of deviation, the parties' work, the agreement's own triggers, the years before, corrections) and
renders one document with the review's own document tree, HTML and Markdown writers and atomic writing.
"""
