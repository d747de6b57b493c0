import pytest
from flask import request

from ex_item_lookup import create_app


def test_existing_item_is_found():
    response = create_app().test_client().get("/items/1")
    assert response.status_code == 200 and response.json["name"] == "Kettle"


@pytest.mark.parametrize("path", ["/items/3", "/items/abc", "/items/-1", "/items/1.5"])
def test_everything_else_is_404(path):
    assert create_app().test_client().get(path).status_code == 404


def test_the_view_gets_an_int():
    with create_app().test_request_context("/items/2"):
        assert request.view_args == {"item_id": 2}
