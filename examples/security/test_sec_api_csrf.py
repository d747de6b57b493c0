import pytest

from sec_api_csrf import ORDERS, app

SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin", "Origin": "https://shop.example"}
CROSS_SITE = {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}
# <form enctype="text/plain"> with one field named '{"item": "tv", "qty": 50, "pad": "'
# and the value '"}' sends this body: valid JSON, and no CORS preflight.
FORM_BODY = '{"item": "tv", "qty": 50, "pad": "="}'


@pytest.fixture
def victim():
    ORDERS.clear()
    client = app.test_client()
    client.post("/api/login", json={"user": "alice"}, headers=SAME_ORIGIN)
    return client


def test_a_cross_site_text_plain_form_works_against_the_unsafe_view(victim):
    response = victim.post("/unsafe/orders", data=FORM_BODY, content_type="text/plain",
                           headers=CROSS_SITE)
    assert response.status_code == 201
    assert ORDERS == [("alice", "tv", 50)]


def test_the_guarded_api_refuses_cross_site_writes(victim):
    for content_type in ("text/plain", "application/json"):
        response = victim.post("/api/orders", data=FORM_BODY, content_type=content_type,
                               headers=CROSS_SITE)
        assert response.status_code == 403
    assert ORDERS == []


def test_older_browsers_are_judged_by_origin(victim):
    evil = victim.post("/api/orders", json={"item": "tv", "qty": 1},
                       headers={"Origin": "https://evil.example"})
    assert evil.status_code == 403
    ours = victim.post("/api/orders", json={"item": "tv", "qty": 1},
                       headers={"Origin": "https://shop.example"})
    assert ours.status_code == 201


def test_strict_json_parsing_is_a_second_layer(victim):
    response = victim.post("/api/orders", data=FORM_BODY, content_type="text/plain",
                           headers=SAME_ORIGIN)
    assert response.status_code == 415  # get_json() without force=True


def test_the_real_frontend_and_non_browser_clients_work(victim):
    assert victim.post("/api/orders", json={"item": "pen", "qty": 2},
                       headers=SAME_ORIGIN).status_code == 201
    assert victim.post("/api/orders", json={"item": "ink", "qty": 1}).status_code == 201
    assert ORDERS == [("alice", "pen", 2), ("alice", "ink", 1)]
