"""One URL, several HTTP methods: shortcuts, status codes and 404 before acting."""
from flask import Flask, abort, request, url_for

app = Flask(__name__)

ARTICLES: dict[int, dict] = {}


def get_article_or_404(article_id):
    article = ARTICLES.get(article_id)
    if article is None:
        abort(404)
    return article


@app.get("/articles/<int:article_id>")
def read_article(article_id):
    return get_article_or_404(article_id)


@app.post("/articles")
def create_article():
    data = request.get_json()
    new_id = max(ARTICLES, default=0) + 1
    ARTICLES[new_id] = {"id": new_id, "title": data["title"], "body": data.get("body", "")}
    # 201 Created, and where the new resource lives
    return ARTICLES[new_id], 201, {"Location": url_for("read_article", article_id=new_id)}


@app.put("/articles/<int:article_id>")
def replace_article(article_id):
    get_article_or_404(article_id)
    data = request.get_json()
    # PUT sends the whole representation: fields left out are reset
    ARTICLES[article_id] = {"id": article_id, "title": data["title"], "body": data.get("body", "")}
    return ARTICLES[article_id]


@app.patch("/articles/<int:article_id>")
def update_article(article_id):
    article = get_article_or_404(article_id)
    changes = request.get_json()
    # PATCH changes only the fields it sends
    article.update({key: changes[key] for key in ("title", "body") if key in changes})
    return article


@app.delete("/articles/<int:article_id>")
def delete_article(article_id):
    get_article_or_404(article_id)
    del ARTICLES[article_id]
    return "", 204  # No Content: an empty body


# The older style: one function, branching on request.method.
@app.route("/contact", methods=["GET", "POST"])
def contact():
    if request.method == "POST":
        return f"Thanks, {request.form['name']}"
    return "<form method=post><input name=name></form>"
