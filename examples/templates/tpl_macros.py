"""Macros, import and include: reusable pieces and what context each one sees."""
from flask import Flask, get_template_attribute, render_template

app = Flask(__name__)


@app.context_processor
def inject_marker():
    return {"required_marker": "*"}


@app.get("/signup")
def signup():
    return render_template("macros/signup.html", errors={"email": "Already registered"})


def render_field_from_python(name, label):
    # Call a macro from Python, e.g. to return an HTML fragment to htmx.
    field = get_template_attribute("macros/forms.html", "field")
    return field(name, label)
