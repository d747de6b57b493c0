from sec_proxyfix import client_ip_unsafe, create_app

PROXY = "10.0.0.5"  # nginx, the only machine that talks to the app


def via_proxy(client_ip, forged=None):
    """What one nginx with proxy_add_x_forwarded_for passes on."""
    chain = f"{forged}, {client_ip}" if forged else client_ip
    return {"environ_base": {"REMOTE_ADDR": PROXY},
            "headers": {"X-Forwarded-For": chain, "X-Forwarded-Proto": "https",
                        "X-Forwarded-Host": "shop.example"}}


def failed_logins(client, count, client_ip, rotate_forged=False):
    return [client.post("/login", **via_proxy(client_ip, f"1.2.3.{n}" if rotate_forged else None))
            .status_code for n in range(count)]


def test_one_proxy_one_hop_gives_the_real_client():
    client = create_app(trusted_hops=1).test_client()
    me = client.get("/whoami", **via_proxy("203.0.113.9", forged="1.2.3.4")).json
    assert me == {"ip": "203.0.113.9", "url_root": "https://shop.example/", "secure": True}
    # Forged entries change nothing: the attacker is still limited.
    assert failed_logins(client, 4, "203.0.113.9", rotate_forged=True) == [401] * 3 + [429]
    assert failed_logins(client, 1, "198.51.100.7") == [401]  # other users are fine


def test_without_proxyfix_everyone_is_the_proxy():
    client = create_app(trusted_hops=0).test_client()
    me = client.get("/whoami", **via_proxy("203.0.113.9")).json
    assert me == {"ip": PROXY, "url_root": "http://localhost/", "secure": False}
    failed_logins(client, 3, "203.0.113.9")
    assert failed_logins(client, 1, "198.51.100.7") == [429]  # one attacker blocks everybody


def test_too_many_hops_lets_clients_choose_their_address():
    client = create_app(trusted_hops=2).test_client()
    me = client.get("/whoami", **via_proxy("203.0.113.9", forged="1.2.3.4")).json
    assert me["ip"] == "1.2.3.4"
    assert failed_logins(client, 10, "203.0.113.9", rotate_forged=True) == [401] * 10


def test_reading_the_left_most_entry_is_just_as_spoofable():
    client = create_app(trusted_hops=0, key_func=client_ip_unsafe).test_client()
    assert failed_logins(client, 10, "203.0.113.9", rotate_forged=True) == [401] * 10


def test_direct_access_bypasses_the_proxy_and_the_check():
    client = create_app(trusted_hops=1).test_client()
    direct = client.get("/whoami", environ_base={"REMOTE_ADDR": "203.0.113.9"},
                        headers={"X-Forwarded-For": "1.2.3.4"})
    assert direct.json["ip"] == "1.2.3.4"  # so only the proxy may reach the app's port
