"""Path parameters identify the resource; the query string carries options."""
from flask import Flask, request

app = Flask(__name__)


@app.get("/posts/<int:post_id>/comments")
def comments(post_id):
    # Invalid or missing values fall back to the default: "?page=abc" gives 1.
    page = max(request.args.get("page", 1, type=int), 1)
    per_page = min(request.args.get("per_page", 20, type=int), 100)
    tags = request.args.getlist("tag")  # ?tag=a&tag=b -> ["a", "b"]
    return {"post_id": post_id, "page": page, "per_page": per_page, "tags": tags}


@app.get("/search")
def search():
    # Indexing a missing key raises BadRequestKeyError: the client gets a 400.
    query = request.args["q"]
    return {"q": query}


@app.get("/drafts")
def drafts():
    # Pitfall: type=bool calls bool("false"), which is True.
    naive = request.args.get("published", False, type=bool)
    # Parse flags explicitly instead.
    published = request.args.get("published", "").lower() in {"1", "true", "yes", "on"}
    return {"naive": naive, "published": published}
