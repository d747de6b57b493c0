import pytest

from shop_factory import create_app
from shop_models import Product, db


@pytest.fixture
def client():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    with app.app_context():
        db.create_all()
        db.session.add(Product(id=1, name="mug", stock=3))
        db.session.commit()
    yield app.test_client()
    with app.app_context():
        db.drop_all()
        db.engine.dispose()


def test_view_delegates_to_the_service(client):
    response = client.post("/orders/", json={"product_id": 1, "quantity": 2})
    assert response.status_code == 201
    assert response.json == {"id": 1, "product_id": 1, "quantity": 2}


def test_blueprint_maps_domain_errors_to_status_codes(client):
    too_many = client.post("/orders/", json={"product_id": 1, "quantity": 9})
    assert (too_many.status_code, too_many.json) == (409, {"error": "only 3 left of mug"})
    unknown = client.post("/orders/", json={"product_id": 42, "quantity": 1})
    assert (unknown.status_code, unknown.json) == (404, {"error": "no product 42"})


def test_a_quantity_below_one_is_a_400_and_adds_no_stock(client):
    response = client.post("/orders/", json={"product_id": 1, "quantity": -5})
    assert (response.status_code, response.json) == (400, {"error": "quantity must be at least 1"})
    assert client.post("/orders/", json={"product_id": 1, "quantity": 3}).status_code == 201
