"""GET reads with parameters in the URL; POST sends data in the request body."""
from flask import Flask, redirect, request, url_for
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
PRODUCTS = ["flask mug", "flask t-shirt", "jinja poster"]
USERS = {"ada": generate_password_hash("correct horse")}  # demo store: hashes only
LOGIN_FORM = ('<form method="post"><input name="username">'
              '<input name="password" type="password"></form>')


@app.get("/search")
def search():
    # GET: the parameters are part of the URL, so the page can be bookmarked,
    # shared, cached and reloaded without side effects.
    term = request.args.get("q", "").lower()
    return {"q": term, "results": [name for name in PRODUCTS if term in name]}


@app.route("/login", methods=["GET", "POST"])  # without methods=, only GET is allowed
def login():
    if request.method == "GET":
        return LOGIN_FORM
    # POST: the form fields travel in the body, not in the URL (or in access logs).
    username = request.form["username"]
    password = request.form["password"]
    if not check_password_hash(USERS.get(username, ""), password):
        return "invalid credentials", 401
    return redirect(url_for("search"), code=303)  # Post/Redirect/Get
