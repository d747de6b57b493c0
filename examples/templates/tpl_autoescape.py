"""Autoescaping: when Jinja escapes, how Markup opts out, and what escaping cannot fix."""
from flask import Flask, render_template
from markupsafe import Markup  # not from flask: removed there in Flask 3.0

app = Flask(__name__)

COMMENT = '<img src=x onerror="alert(1)">'  # what an attacker posts


@app.get("/comment")
def comment():
    return render_template(
        "escaping/comment.html",
        comment=COMMENT,
        signature=Markup("<em>the Acme team</em>"),  # trusted HTML, written by us
        badge=bold("<script>"),
    )


@app.get("/comment.txt")
def comment_text():
    # .txt is not in Flask's autoescape list: fine for plain text, never for HTML.
    body = render_template("escaping/comment.txt", comment=COMMENT)
    return body, {"Content-Type": "text/plain; charset=utf-8"}


@app.get("/limits")
def limits():
    return render_template(
        "escaping/limits.html",
        website="javascript:alert(1)",
        css_class="note onmouseover=alert(1)",
        profile={"name": "</script><script>alert(1)</script>"},
    )


def bold(text):
    # Markup.format escapes each argument before inserting it.
    return Markup("<b>{}</b>").format(text)


def bold_unsafe(text):
    # Anti-pattern: the f-string is built first, so the input is never escaped.
    return Markup(f"<b>{text}</b>")
