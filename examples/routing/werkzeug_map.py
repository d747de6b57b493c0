"""Werkzeug's router on its own: a Map of Rules, bound to a host, then matched."""
from werkzeug.routing import Map, Rule

url_map = Map(
    [
        # Added "least specific first" on purpose: the matcher does not care.
        Rule("/users/<name>", endpoint="user_by_name", methods=["GET"]),
        Rule("/users/<int:user_id>", endpoint="user_by_id", methods=["GET"]),
        Rule("/users/me", endpoint="current_user", methods=["GET"]),
        Rule("/users/", endpoint="user_list", methods=["GET", "POST"]),
        Rule("/users/<int:user_id>", endpoint="replace_user", methods=["PUT"]),
        Rule("/docs/<path:page>", endpoint="docs_page", methods=["GET"]),
        Rule("/docs/<path:page>/edit", endpoint="docs_edit", methods=["GET"]),
        Rule("/items/<int(max=99):item_id>", endpoint="small_item", methods=["GET"]),
        Rule("/items/<slug>", endpoint="item_by_slug", methods=["GET"]),
        # Two identical rules: the first one added wins, the second is dead code.
        Rule("/help", endpoint="help_v1", methods=["GET"]),
        Rule("/help", endpoint="help_v2", methods=["GET"]),
    ]
)

adapter = url_map.bind("example.test")  # what Flask does per request
