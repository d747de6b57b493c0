import pstats

from profile_hotspot import create_app


def calls_to(prof_file, function_name):
    stats = pstats.Stats(str(prof_file))
    return sum(nc for (_, _, name), (_, nc, _, _, _) in stats.stats.items()
               if name == function_name)


def test_without_a_profile_dir_the_app_is_not_wrapped():
    app = create_app()
    assert type(app.wsgi_app).__name__ == "method"
    assert len(app.test_client().get("/orders").json) == 500


def test_profiler_writes_one_file_per_request(tmp_path):
    client = create_app(profile_dir=tmp_path).test_client()
    assert client.get("/orders-slow").status_code == 200
    [prof] = tmp_path.glob("GET.orders-slow.*.prof")
    assert calls_to(prof, "category_name") == 500  # the hot spot, by call count
    sql = "<method 'execute' of 'sqlite3.Connection' objects>"
    assert calls_to(prof, sql) == 501  # 500 SELECTs plus the CREATE TABLE


def test_fixed_view_gives_the_same_result_with_100_times_fewer_queries(tmp_path):
    client = create_app(profile_dir=tmp_path).test_client()
    assert client.get("/orders").json == client.get("/orders-slow").json
    [fast] = tmp_path.glob("GET.orders.*.prof")
    assert calls_to(fast, "category_name") == 5
