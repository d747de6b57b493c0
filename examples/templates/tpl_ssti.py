"""Server-side template injection: user input must be data, never template source."""
from flask import Flask, render_template_string, request
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
app.config["SECRET_KEY"] = "s3cret-signing-key"


@app.get("/greet-unsafe")
def greet_unsafe():
    name = request.args.get("name", "world")
    # Anti-pattern: the input becomes part of the template's source code.
    return render_template_string(f"<h1>Hello {name}!</h1>")


@app.get("/greet")
def greet():
    # The template is a constant; the input is passed in as a variable.
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=request.args.get("name", "world"))


# When users really author templates (say, email texts in an admin UI):
# a sandbox, autoescaping, and a context holding only plain data.
user_templates = SandboxedEnvironment(autoescape=True)


def render_user_template(source, **data):
    return user_templates.from_string(source).render(**data)
