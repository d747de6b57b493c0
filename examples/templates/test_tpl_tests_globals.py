from tpl_tests_globals import app

client = app.test_client()


def test_custom_test_with_and_without_an_argument():
    html = client.get("/stock").text
    assert "<li>grinder (only 2 left) [reorder]</li>" in html
    assert "<li>kettle [reorder]</li>" in html  # 8 is low only for threshold 10
    assert "<li>scale (sold out)</li>" in html  # eq is a built-in test


def test_global_function_is_visible_in_imported_macros():
    html = client.get("/stock").text
    assert '<a href="#reviews">Reviews</a>' in html
    assert "Wishlist" not in html


def test_where_flask_registers_them():
    env = app.jinja_env
    assert env.tests["low_stock"].__name__ == "is_low_stock"
    assert env.globals["feature_enabled"].__name__ == "feature_enabled"
