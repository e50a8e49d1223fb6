"""The workbench as a Flask application: one page, its export, and its own CSS and script.

Everything the page needs is served from this package (static/ and templates/): no asset comes from
the network. The form is a plain GET form the server renders, so it works with JavaScript off;
static/workbench.js, when it runs, fetches the same page on each change and swaps the result in.
Keeping a variant (`keep`) or removing a kept one (`drop`) answers with a redirect to the new form's address.
Requests naming another host than the loopback addresses are refused (a web page elsewhere cannot
reach the server through a DNS name that points here).
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, redirect, render_template, request, url_for

from bosetting.obligations.criteria.texts import number
from bosetting.obligations.workbench.session import Form, Workbench

LOOPBACK_HOSTS = ["127.0.0.1", "localhost"]
# The page's own files only; inline SVG needs no script or style from elsewhere.
CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
                           "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


def create_app(workbench: Workbench) -> Flask:
    """The application serving one workbench."""
    app = Flask(__name__)
    app.config["TRUSTED_HOSTS"] = LOOPBACK_HOSTS
    app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024

    def render(form: Form, page: Any, status: int = 200) -> Response:
        lang = page.lang
        html = render_template("page.html", page=page, n=lambda value: number(value, lang),
                               signed=lambda value: ("+" if value > 0 else "") + number(value, lang))
        return Response(html, status=status, mimetype="text/html")

    @app.get("/")
    def index() -> Response:
        fields = request.args.to_dict()
        form = Form.parse(fields)
        # Keeping or removing a variant answers with the page's address for the new form (303), so that the
        # address is what a bookmark keeps and reloading it keeps or removes nothing again.
        if "keep" in fields:
            kept, page = workbench.keep(form, fields.get("keep_name", ""))
            if kept is None:
                return render(form, page, 422)
            return again(kept)
        if fields.get("drop", "").isdigit():
            return again(form.dropping(int(fields["drop"])))
        page = workbench.page(form)
        return render(form, page, 200 if not page.has_errors else 422)

    def again(form: Form) -> Response:
        response: Response = redirect(f"{url_for('index')}?{form.query()}#beholdte", 303)  # type: ignore[assignment]
        return response

    @app.post("/export")
    def export() -> Response:
        form = Form.parse(request.form.to_dict())
        page, draft = workbench.export(form)
        if draft is None:
            return render(form, page, 422)
        response = Response(draft.text, mimetype="application/yaml")
        response.headers["Content-Disposition"] = f'attachment; filename="{draft.file_name}"'
        return response

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        return response

    return app
