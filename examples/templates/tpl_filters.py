"""Custom Jinja filters: three ways to register them, and one way to get it wrong."""
from flask import Flask, render_template
from markupsafe import Markup, escape

app = Flask(__name__)


@app.template_filter("price")  # Flask 3.1 needs the parentheses (see below)
def format_price(amount, currency="EUR"):
    # {{ value|price("USD") }} calls format_price(value, "USD")
    return f"{amount:,.2f} {currency}"


def nl2br(text):
    # Escape the input first, then mark only the <br> tags we add as safe.
    return Markup("<br>\n").join(escape(text).splitlines())


app.add_template_filter(nl2br)  # registered under the function's name

# What both helpers do underneath: a plain dict on the Jinja environment.
app.jinja_env.filters["initials"] = lambda name: "".join(p[0].upper() for p in name.split())


@app.get("/reviews/demo")
def review():
    return render_template(
        "filters/review.html",
        author="ada lovelace",
        price=1234.5,
        body="Great grinder.\n<script>alert('x')</script>",
    )


# Pitfall in Flask 3.1: without parentheses the function is passed as the
# filter *name*, nothing is registered, and "shout" is replaced by Flask's
# inner decorator. (Flask 3.2 accepts the bare form.)
broken = Flask(__name__)


@broken.template_filter
def shout(text):
    return text.upper()
