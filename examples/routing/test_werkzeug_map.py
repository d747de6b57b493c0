import pytest
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import RequestRedirect

from werkzeug_map import adapter, url_map


@pytest.mark.parametrize(
    ("path", "method", "expected"),
    [
        ("/users/me", "GET", ("current_user", {})),  # static beats any converter
        ("/users/42", "GET", ("user_by_id", {"user_id": 42})),  # int (weight 50) before string (100)
        ("/users/ada", "GET", ("user_by_name", {"name": "ada"})),
        ("/users/42", "PUT", ("replace_user", {"user_id": 42})),  # the method picks the rule
        ("/docs/guide/intro", "GET", ("docs_page", {"page": "guide/intro"})),
        ("/docs/guide/intro/edit", "GET", ("docs_edit", {"page": "guide/intro"})),
        ("/items/7", "GET", ("small_item", {"item_id": 7})),
        ("/items/red-shoe", "GET", ("item_by_slug", {"slug": "red-shoe"})),
        ("/help", "GET", ("help_v1", {})),
    ],
)
def test_match(path, method, expected):
    assert adapter.match(path, method=method) == expected


def test_match_failures_are_http_exceptions():
    with pytest.raises(NotFound):
        adapter.match("/nowhere")
    with pytest.raises(MethodNotAllowed) as info:
        adapter.match("/users/", method="DELETE")
    assert set(info.value.valid_methods) == {"GET", "HEAD", "POST"}
    with pytest.raises(RequestRedirect) as info:
        adapter.match("/users")
    assert (info.value.code, info.value.new_url) == (308, "http://example.test/users/")


def test_a_validation_error_does_not_fall_through_to_the_next_rule():
    # 500 matches int's regex, then fails max=99: a 404, although <slug> would match.
    with pytest.raises(NotFound):
        adapter.match("/items/500")


def test_building_and_introspection():
    assert adapter.build("user_by_id", {"user_id": 7}) == "/users/7"
    assert adapter.build("user_list", {"page": 2}) == "/users/?page=2"
    rule, values = adapter.match("/users/7", return_rule=True)
    assert (rule.rule, rule.endpoint, values) == ("/users/<int:user_id>", "user_by_id", {"user_id": 7})
    assert set(adapter.allowed_methods("/users/7")) == {"GET", "HEAD", "PUT"}
    assert type(url_map._matcher).__name__ == "StateMachineMatcher"  # internal, Werkzeug 2.2+
