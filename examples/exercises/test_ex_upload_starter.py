import io

from ex_upload_starter import create_app


def test_the_gap_uploads_are_not_implemented(tmp_path):
    client = create_app(tmp_path).test_client()
    response = client.post("/uploads", data={"file": (io.BytesIO(b"%PDF-1.7"), "cv.pdf")})
    assert response.status_code == 501
    assert list(tmp_path.iterdir()) == []
