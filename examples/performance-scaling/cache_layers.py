"""Caching layers on a shared Redis: memoized functions, versioned view keys, template
fragments, and per-user data that must never share a key."""
from flask import Flask, render_template, request, session
from flask_caching import Cache, make_template_fragment_key

cache = Cache()
PRODUCTS = {1: {"name": "Kettle", "price": 30}, 2: {"name": "Teapot", "price": 25}}
BALANCES = {"alice": 120, "bob": 7}
db_reads = {"count": 0}  # how often we really hit the "database"


def load(product_id):
    db_reads["count"] += 1
    return dict(PRODUCTS[product_id])


@cache.memoize(timeout=600)  # key: function name + arguments
def product_summary(product_id):
    product = load(product_id)
    return f"{product['name']} ({product['price']} EUR)"


def bestsellers():
    return [load(pid)["name"] for pid in sorted(PRODUCTS)]


def listing_prefix():
    # A generation number in the key: bumping it orphans every cached listing page at once.
    return f"products/v{cache.get('catalog-version') or 0}/"


def update_price(product_id, price):
    PRODUCTS[product_id]["price"] = price  # the write (a commit, in real code)...
    cache.delete_memoized(product_summary, product_id)  # ...then drop what it made stale
    cache.cache.inc("catalog-version")  # the backend's atomic INCR
    cache.delete(make_template_fragment_key("bestsellers"))


def create_app(redis_url):
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY="dev-only",
        CACHE_TYPE="RedisCache",  # shared by every worker and server
        CACHE_REDIS_URL=redis_url,
        CACHE_KEY_PREFIX="shop:",  # namespace when several apps share one Redis
        CACHE_DEFAULT_TIMEOUT=300,
    )
    cache.init_app(app)
    app.jinja_env.globals["bestsellers"] = bestsellers

    @app.get("/products")
    @cache.cached(timeout=120, key_prefix=listing_prefix, query_string=True)
    def list_products():
        reverse = request.args.get("sort") == "desc"
        return [product_summary(pid) for pid in sorted(PRODUCTS, reverse=reverse)]

    @app.post("/products/<int:product_id>/price")
    def change_price(product_id):
        update_price(product_id, request.get_json()["price"])
        return "", 204

    @app.get("/")
    def home():
        return render_template("cache_home.html")

    @app.post("/login/<name>")
    def login(name):
        session["user"] = name
        return "", 204

    # --8<-- [start:per-user]
    @app.get("/account-insecure")
    @cache.cached(timeout=60)  # INSECURE: one key ("view//account-insecure") for every user
    def account_insecure():
        return {"user": session["user"], "balance": BALANCES[session["user"]]}

    @app.get("/account")
    @cache.cached(timeout=60, make_cache_key=lambda *a, **kw: f"account/{session['user']}")
    def account():
        return {"user": session["user"], "balance": BALANCES[session["user"]]}
    # --8<-- [end:per-user]

    return app
