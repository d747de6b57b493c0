"""HTTP caching: Cache-Control policies, ETags and 304 Not Modified."""
from datetime import datetime, timezone

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = "dev-only"
renders = {"count": 0}  # how often the expensive body was built

ARTICLES = {
    1: {"title": "Caching in Flask", "revision": 7,
        "updated": datetime(2026, 5, 1, 12, 0, tzinfo=timezone.utc)},
}


def render_article(article):
    renders["count"] += 1  # imagine templates, Markdown, a few queries
    return {"title": article["title"], "revision": article["revision"]}


@app.get("/articles/<int:article_id>/hashed")
def article_hashed(article_id):
    """Simple: hash the finished body. Saves bandwidth, not server work."""
    response = jsonify(render_article(ARTICLES[article_id]))
    response.cache_control.public = True
    response.cache_control.max_age = 60  # fresh for 60 s, then revalidate
    response.add_etag()  # SHA-1 of the body
    return response.make_conditional(request)  # 304 + empty body when If-None-Match matches


@app.get("/articles/<int:article_id>")
def article(article_id):
    """Cheaper: derive the ETag from a version and answer 304 before rendering."""
    item = ARTICLES[article_id]
    etag = f"article-{article_id}-r{item['revision']}"
    if request.if_none_match.contains(etag):
        response = app.response_class(status=304)
    else:
        response = jsonify(render_article(item))
    response.set_etag(etag)
    response.last_modified = item["updated"]
    response.cache_control.public = True
    response.cache_control.max_age = 60
    return response


@app.get("/me")
def me():
    """Per-user data: browsers may keep it, shared caches (CDN, proxy) must not."""
    response = jsonify(user=session.get("user", "anonymous"))
    response.cache_control.private = True
    response.cache_control.no_cache = True  # keep, but revalidate before each use
    return response  # reading the session makes Flask add "Vary: Cookie" itself


@app.get("/statement")
def statement():
    response = jsonify(balance=1200)
    response.cache_control.no_store = True  # never written to any cache
    return response


@app.get("/plain")
def plain():
    return "no explicit policy"


@app.after_request
def default_policy(response):
    if "Cache-Control" not in response.headers:  # views that chose a policy keep it
        response.cache_control.no_cache = True
    return response
