import pytest

from sec_sql import create_app

BLIND = ("CASE WHEN (SELECT substr(api_key, 1, 1) FROM customers WHERE name = 'admin')"
         " = '{}' THEN name ELSE id END")


@pytest.fixture
def client():
    app = create_app()
    yield app.test_client()
    app.extensions["sec_sql_engine"].dispose()


def names(client, url, **params):
    return client.get(url, query_string=params).json["names"]


def test_legitimate_lookups_work_everywhere(client):
    for url in ("/unsafe/customers", "/customers", "/customers/raw"):
        assert names(client, url, name="alice") == ["alice"]


def test_or_1_equals_1_dumps_the_table_only_when_unsafe(client):
    attack = "' OR '1'='1"
    assert names(client, "/unsafe/customers", name=attack) == ["bob", "admin", "alice"]
    assert names(client, "/customers", name=attack) == []
    assert names(client, "/customers/raw", name=attack) == []


def test_union_reads_another_column(client):
    attack = "' UNION SELECT api_key FROM customers WHERE name = 'admin' --"
    assert names(client, "/unsafe/customers", name=attack) == ["sk-live-123"]
    assert names(client, "/customers/raw", name=attack) == []


def test_order_by_injection_leaks_data_one_character_at_a_time(client):
    by_name, by_id = ["admin", "alice", "bob"], ["bob", "admin", "alice"]
    url = "/unsafe/customers/sorted"
    assert names(client, url, sort=BLIND.format("s")) == by_name  # the key starts with "s"
    assert names(client, url, sort=BLIND.format("x")) == by_id


def test_sorting_through_an_allow_list(client):
    assert names(client, "/customers/sorted", sort="name") == ["admin", "alice", "bob"]
    assert names(client, "/customers/sorted", sort="newest") == ["alice", "admin", "bob"]
    response = client.get("/customers/sorted", query_string={"sort": BLIND.format("s")})
    assert response.status_code == 400


def test_like_wildcards_in_input_are_escaped(client):
    assert names(client, "/customers/search", q="li") == ["alice"]
    assert names(client, "/customers/search", q="%") == []  # not "match everything"
