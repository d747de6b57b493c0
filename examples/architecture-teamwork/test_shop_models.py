import pytest
from sqlalchemy.exc import IntegrityError

from shop_factory import create_app
from shop_models import Order, Product, db


@pytest.fixture
def app():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    with app.app_context():
        db.create_all()
        yield app
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


def test_order_serialises_itself(app):
    db.session.add(Product(id=1, name="mug", stock=3))
    db.session.add(Order(id=7, product_id=1, quantity=2))
    db.session.commit()
    assert db.session.get(Order, 7).to_dict() == {"id": 7, "product_id": 1, "quantity": 2}


def test_database_refuses_negative_stock(app):
    db.session.add(Product(name="mug", stock=-1))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()
