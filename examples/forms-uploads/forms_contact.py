"""A form without a form library: GET shows it, POST validates request.form, success redirects."""
from flask import Flask, flash, redirect, render_template, request, url_for
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-only"  # flash() and the CSRF token live in the session
csrf = CSRFProtect(app)  # rejects POSTs without a valid csrf_token field (400)
MESSAGES: list[dict] = []


def validate_contact(form):
    """Return {field: error message}; an empty dict means the data is valid."""
    errors = {}
    if not form.get("name", "").strip():
        errors["name"] = "Please enter your name."
    email = form.get("email", "").strip()
    if "@" not in email or email.startswith("@") or email.endswith("@"):
        errors["email"] = "Please enter a valid email address."
    if len(form.get("message", "").strip()) < 10:
        errors["message"] = "The message needs at least 10 characters."
    return errors


@app.route("/contact", methods=["GET", "POST"])
def contact():
    if request.method == "GET":
        return render_template("forms_contact.html", values={}, errors={})

    errors = validate_contact(request.form)
    if errors:
        # Same request: re-render with the user's input and the errors, no redirect.
        return render_template("forms_contact.html", values=request.form, errors=errors), 422

    MESSAGES.append({k: request.form[k].strip() for k in ("name", "email", "message")})
    flash("Thanks, your message was sent.", "success")  # shown on the next page
    # Post/Redirect/Get: a reload of the next page repeats a GET, not the POST.
    return redirect(url_for("contact"), code=303)
