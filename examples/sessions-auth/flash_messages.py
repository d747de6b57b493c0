"""flash(): a message stored in the session for the next page, with a category for styling."""
from flask import Flask, flash, redirect, render_template, request, url_for

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-only"  # flashes live in the session cookie


@app.post("/profile")
def save_profile():
    name = request.form.get("name", "").strip()
    if not name:
        flash("A name is required.", "error")
    else:
        flash(f"Saved the profile of {name}.", "success")  # user input: escaped when shown
        flash("Your email address is not verified yet.", "warning")
    return redirect(url_for("profile"), code=303)  # flash, then redirect


@app.get("/profile")
def profile():
    return render_template("flash_page.html")


@app.get("/errors-only")
def errors_only():
    return render_template("flash_errors_only.html")
