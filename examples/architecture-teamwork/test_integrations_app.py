import pytest
from flask import Flask

from integrations_app import Article, RedisExtension, cache, create_app, db


@pytest.fixture
def app(redis_url):
    app = create_app(SQLALCHEMY_DATABASE_URI="sqlite://", REDIS_URL=redis_url)
    with app.app_context():
        db.create_all()
        db.session.add_all([Article(title="a"), Article(title="b")])
        db.session.commit()
    yield app
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()
    app.extensions["redis"].close()


def test_first_request_reads_the_database_then_redis_serves_it(app):
    client = app.test_client()
    assert client.get("/stats").json == {"articles": 2, "source": "database"}
    assert client.get("/stats").json == {"articles": 2, "source": "redis"}
    with app.app_context():
        assert 0 < cache.client.ttl("stats:articles") <= 60


def test_each_app_gets_its_own_clients_from_its_own_config(app, redis_url):
    other = create_app(REDIS_URL=redis_url.replace("/0", "/1"))
    assert app.extensions["redis"] is not other.extensions["redis"]
    assert other.extensions["redis"].connection_pool.connection_kwargs["db"] == 1
    other.extensions["redis"].close()


def test_extension_can_also_bind_at_construction():
    app = Flask(__name__)
    RedisExtension(app)
    assert app.config["REDIS_URL"] == "redis://localhost:6379/0"
    app.extensions["redis"].close()
