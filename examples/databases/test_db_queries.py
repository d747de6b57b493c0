import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import ArgumentError, LegacyAPIWarning

from db_queries import Product, app, cheap_in, count_by_category, db


@pytest.fixture(autouse=True)
def catalogue():
    with app.app_context():
        db.create_all()
        db.session.add_all(
            Product(sku=f"SKU-{n}", category="books" if n % 2 else "games", price=n * 100)
            for n in range(1, 8)
        )
        db.session.commit()
    yield
    with app.app_context():
        db.drop_all()


def test_select_with_scalars_and_execute():
    with app.app_context():
        assert [p.sku for p in cheap_in("books", 600)] == ["SKU-1", "SKU-3", "SKU-5"]
        assert count_by_category() == [("books", 4), ("games", 3)]


def test_get_or_404_and_one_or_404():
    client = app.test_client()
    assert client.get("/products/2").json == {"id": 2, "sku": "SKU-2", "price": 200}
    assert client.get("/products/99").status_code == 404
    assert client.get("/products/sku/SKU-3").json["id"] == 3
    assert client.get("/products/sku/nope").status_code == 404


def test_paginate_reads_page_and_per_page_from_the_query_string():
    client = app.test_client()
    assert client.get("/products?per_page=3").json == {
        "items": ["SKU-1", "SKU-2", "SKU-3"], "page": 1, "per_page": 3, "pages": 3,
        "total": 7, "next": 2}
    assert client.get("/products?page=3&per_page=3").json["items"] == ["SKU-7"]
    assert client.get("/products?page=9&per_page=3").status_code == 404  # past the end
    assert client.get("/products?page=abc").status_code == 404  # error_out=True
    assert client.get("/products?per_page=1000").json["per_page"] == 50  # max_per_page


def test_without_max_per_page_the_client_chooses_any_page_size():
    with app.test_request_context("/products?per_page=100000"):
        page = db.paginate(select(Product))  # no max_per_page: no cap at all
        assert (page.per_page, len(page.items)) == (100000, 7)


def test_legacy_query_api_still_works_but_query_get_warns():
    with app.app_context():
        assert Product.query.filter_by(sku="SKU-1").one().id == 1  # legacy, no warning
        with pytest.warns(LegacyAPIWarning, match="Session.get"):
            Product.query.get(1)
        assert db.session.get(Product, 1).sku == "SKU-1"  # the replacement


def test_engine_execute_and_plain_sql_strings_are_gone():
    with app.app_context():
        with pytest.raises(AttributeError):
            db.engine.execute("SELECT 1")  # removed in SQLAlchemy 2.0
        with pytest.raises(ArgumentError, match="text"):
            db.session.execute("SELECT 1")  # a plain string must be wrapped in text()
        assert db.session.execute(text("SELECT count(*) FROM product")).scalar() == 7
        assert db.session.scalar(select(Product.sku).where(Product.id == 4)) == "SKU-4"
