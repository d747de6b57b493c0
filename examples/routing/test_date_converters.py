from datetime import date

import pytest
from flask import Flask, url_for
from werkzeug.routing import BaseConverter

from date_converters import CategoryTrailConverter, IsoDateConverter, app

client = app.test_client()


def test_to_python_gives_the_view_a_date():
    assert client.get("/reports/2026-03-01").json == {
        "day": "2026-03-01", "weekday": "Sunday", "next": "/reports/2026-03-02"
    }


def test_validation_error_is_a_404():
    assert client.get("/reports/2026-02-30").status_code == 404  # right shape, bad date
    assert client.get("/reports/yesterday").status_code == 404  # regex does not match


def test_to_url_round_trip():
    with app.test_request_context():
        assert url_for("daily_report", day=date(2026, 1, 5)) == "/reports/2026-01-05"
        assert url_for("category", categories=["books", "sci-fi"]) == "/shop/books/sci-fi/"


def test_a_converter_that_spans_slashes():
    assert client.get("/shop/books/fiction/sci-fi/").json == {
        "categories": ["books", "fiction", "sci-fi"]
    }
    assert CategoryTrailConverter.part_isolating is False
    assert IsoDateConverter.part_isolating is True


def test_converter_must_be_registered_first():
    other = Flask(__name__)
    with pytest.raises(LookupError, match="the converter 'isodate' does not exist"):
        other.add_url_rule("/r/<isodate:day>", "r", lambda day: "")


def test_any_other_exception_in_to_python_is_a_500():
    class Careless(BaseConverter):
        def to_python(self, value):
            raise ValueError(value)  # not ValidationError

    careless = Flask(__name__)
    careless.url_map.converters["careless"] = Careless
    careless.add_url_rule("/c/<careless:value>", "c", lambda value: value)
    careless.logger.disabled = True  # keep the expected traceback out of the test log
    assert careless.test_client().get("/c/x").status_code == 500
