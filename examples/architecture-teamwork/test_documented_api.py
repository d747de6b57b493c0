"""The docstring's examples are executed, so the documentation cannot drift from the code."""
import json
import re

import pytest

from documented_api import USERS, app, create_user

DOC = create_user.__doc__


def documented(label):
    match = re.search(rf"^\s*{label}:?\s*\n?\s*(\{{.*\}})\s*$", DOC, re.MULTILINE)
    return json.loads(match.group(1))


@pytest.fixture
def client():
    USERS.clear()
    yield app.test_client()
    USERS.clear()


def test_documented_201_example_is_what_the_api_returns(client):
    response = client.post("/users", json=documented("Example request"))
    assert response.status_code == 201
    assert response.json == documented("201")


def test_documented_400_example_is_what_the_api_returns(client):
    response = client.post("/users", json={"name": "no email"})
    assert response.status_code == 400
    assert response.json == documented("400")
