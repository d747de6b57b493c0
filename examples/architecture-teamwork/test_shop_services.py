"""Services are tested without HTTP: an app context is all they need."""
import pytest

from shop_factory import create_app
from shop_models import Product, db
from shop_services import OutOfStock, ProductNotFound, place_order


@pytest.fixture
def app():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    with app.app_context():
        db.create_all()
        db.session.add(Product(id=1, name="mug", stock=3))
        db.session.commit()
        yield app
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


def test_place_order_reduces_stock(app):
    order = place_order(1, 2)
    assert order.id is not None
    assert db.session.get(Product, 1).stock == 1


def test_business_rules_raise_domain_errors(app):
    with pytest.raises(OutOfStock, match="only 3 left of mug"):
        place_order(1, 5)
    with pytest.raises(ProductNotFound):
        place_order(99, 1)
    assert db.session.get(Product, 1).stock == 3  # nothing changed
