"""Custom URL converters: regex + to_python + to_url, registered on the url_map."""
from datetime import date

from flask import Flask, url_for
from werkzeug.routing import BaseConverter, ValidationError


class IsoDateConverter(BaseConverter):
    """<isodate:day> matches 2026-03-01 and hands the view a datetime.date."""

    regex = r"\d{4}-\d{2}-\d{2}"  # the shape; to_python checks the value

    def to_python(self, value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            # ValidationError means "this URL does not match": the client gets a 404.
            raise ValidationError() from None

    def to_url(self, value):
        return value.isoformat()


class CategoryTrailConverter(BaseConverter):
    """<trail:categories> matches books/fiction/sci-fi and gives a list."""

    # The regex contains "/", so part_isolating is set to False automatically
    # (Werkzeug 2.3+); with Werkzeug 2.2 you had to set it yourself.
    regex = r"[a-z0-9-]+(?:/[a-z0-9-]+)*"

    def to_python(self, value):
        return value.split("/")

    def to_url(self, value):
        quote_part = super().to_url  # percent-encodes each part
        return "/".join(quote_part(part) for part in value)


app = Flask(__name__)
# Register converters before any rule that uses them.
app.url_map.converters["isodate"] = IsoDateConverter
app.url_map.converters["trail"] = CategoryTrailConverter


@app.get("/reports/<isodate:day>")
def daily_report(day):
    return {"day": day.isoformat(), "weekday": day.strftime("%A"),
            "next": url_for("daily_report", day=date.fromordinal(day.toordinal() + 1))}


@app.get("/shop/<trail:categories>/")
def category(categories):
    return {"categories": categories}
