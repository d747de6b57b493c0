from flask import url_for

from language_prefix import app

client = app.test_client()


def test_prefix_is_removed_before_the_view_and_added_by_url_for():
    assert client.get("/de/").json == {"lang": "de", "about": "/de/about"}
    assert client.get("/fr/about").text == "about (fr)"


def test_unsupported_language_is_404():
    assert client.get("/es/").status_code == 404


def test_root_redirects_to_the_best_language():
    response = client.get("/", headers={"Accept-Language": "fr-CH, fr;q=0.9, en;q=0.5"})
    assert response.headers["Location"] == "/fr/"
    assert client.get("/").headers["Location"] == "/en/"


def test_explicit_value_and_default_outside_a_localised_request():
    with app.test_request_context():
        assert url_for("site.about") == "/en/about"
        assert url_for("site.about", lang_code="de") == "/de/about"
