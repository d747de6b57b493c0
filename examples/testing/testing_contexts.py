"""Code that needs an application or request context, and a CLI command, to be tested
without a full request."""
import click
from flask import Flask, current_app, g, request, url_for

LANGUAGES = ["en", "de", "fr"]


def share_link(report_id: int) -> str:
    """Needs an app context (and SERVER_NAME) or a request context for the host."""
    return url_for("report", report_id=report_id, _external=True)


def preferred_language() -> str:
    """Needs a request context: reads the request's Accept-Language header."""
    return request.accept_languages.best_match(LANGUAGES) or current_app.config["DEFAULT_LANGUAGE"]


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(DEFAULT_LANGUAGE="en", REPORTS={1: "Q1", 2: "Q2", 3: "Q3"})
    app.config.update(config or {})

    @app.before_request
    def pick_language():
        g.language = preferred_language()

    @app.get("/reports/<int:report_id>")
    def report(report_id):
        g.calls = g.get("calls", 0) + 1      # g lives as long as the app context
        return {"title": app.config["REPORTS"][report_id], "language": g.language, "calls": g.calls}

    @app.cli.command("purge-reports")
    @click.option("--keep", type=click.IntRange(min=0), default=1, help="How many to keep.")
    def purge_reports(keep):
        """Delete all but the newest KEEP reports."""
        reports = current_app.config["REPORTS"]
        doomed = sorted(reports)[:-keep] if keep else sorted(reports)
        for report_id in doomed:
            del reports[report_id]
        click.echo(f"Purged {len(doomed)} reports, kept {len(reports)}.")
        if not reports:
            click.echo("Warning: no reports left.", err=True)

    return app
