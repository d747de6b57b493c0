import pathlib
import re

from shop_factory import create_app

HERE = pathlib.Path(__file__).parent


def test_factory_registers_feature_blueprints():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert set(app.blueprints) == {"orders", "health"}
    rules = {rule.rule: rule.endpoint for rule in app.url_map.iter_rules()}
    assert rules["/orders/"] == "orders.create_order"
    assert app.test_client().get("/healthz").json == {"status": "ok"}


def test_each_call_builds_an_independent_app():
    first = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "TESTING": True})
    second = create_app()
    assert first is not second
    assert first.config["TESTING"] and not second.config["TESTING"]
    assert second.config["SQLALCHEMY_DATABASE_URI"] == "sqlite:///shop.db"


def test_architecture_rule_every_view_lives_in_a_blueprint_and_has_a_docstring():
    """A "fitness function": a convention the team agreed on, enforced by CI."""
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    for endpoint, view in app.view_functions.items():
        if endpoint == "static":
            continue
        assert "." in endpoint, f"{endpoint} is registered on the app, not a blueprint"
        assert view.__doc__, f"{endpoint} has no docstring"


def test_layout_sketch_names_files_that_exist():
    sketch = (HERE / "shop_layout.txt").read_text(encoding="utf-8")
    for name in re.findall(r"\((\w+\.py) here\)", sketch):
        assert (HERE / name).is_file()
