import pytest

from api_negotiation import READINGS, app


@pytest.fixture
def client():
    del READINGS[2:]
    return app.test_client()


def test_json_when_asked_for_json_or_anything(client):
    for accept in ("application/json", "*/*", "application/*"):
        response = client.get("/api/readings", headers={"Accept": accept})
        assert response.mimetype == "application/json"
        assert response.json[0] == {"sensor": "roof", "celsius": 21.5}


def test_csv_when_asked_for_csv(client):
    response = client.get("/api/readings", headers={"Accept": "text/csv"})
    assert response.mimetype == "text/csv"
    assert response.text == "sensor,celsius\nroof,21.5\ncellar,12.0\n"


def test_quality_values_decide(client):
    response = client.get("/api/readings",
                          headers={"Accept": "application/json;q=0.5, text/csv;q=0.9"})
    assert response.mimetype == "text/csv"


def test_no_accept_header_gets_the_default(client):
    response = client.get("/api/readings")  # the test client sends no Accept header
    assert "Accept" not in response.request.headers
    assert response.mimetype == "application/json"


def test_406_when_nothing_offered_is_acceptable(client):
    response = client.get("/api/readings", headers={"Accept": "application/xml"})
    assert response.status_code == 406
    assert "application/json, text/csv" in response.text


def test_vary_accept_is_set(client):
    assert client.get("/api/readings").headers["Vary"] == "Accept"


def test_request_body_format_comes_from_content_type(client):
    as_csv = client.post("/api/readings", data="sensor,celsius\nattic,30.5\n",
                         content_type="text/csv")
    as_json = client.post("/api/readings", json=[{"sensor": "garage", "celsius": 9.0}])
    assert as_csv.json == as_json.json == {"added": 1}
    assert READINGS[-2:] == [{"sensor": "attic", "celsius": 30.5},
                             {"sensor": "garage", "celsius": 9.0}]


def test_415_names_the_formats_the_endpoint_accepts(client):
    response = client.post("/api/readings", data="<reading/>", content_type="application/xml")
    assert response.status_code == 415
    assert response.headers["Accept-Post"] == "application/json, text/csv"
