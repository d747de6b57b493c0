"""Context locals under the hood: ContextVar + LocalProxy."""
import asyncio
import threading
from contextvars import ContextVar

from flask import Flask, current_app, g, request
from werkzeug.local import LocalProxy

# The same recipe Flask uses in flask/globals.py, for your own per-request value.
_tenant: ContextVar[str] = ContextVar("tenant")
current_tenant = LocalProxy(_tenant, unbound_message="No tenant: not inside a request.")

app = Flask(__name__)


@app.before_request
def set_tenant():
    g._tenant_token = _tenant.set(request.headers.get("X-Tenant", "public"))


@app.teardown_request
def reset_tenant(error):
    # Without this the value stays set in the worker thread for its next request.
    _tenant.reset(g.pop("_tenant_token"))


@app.get("/whoami")
def whoami():
    return {"tenant": str(current_tenant)}


@app.get("/fan-out")
async def fan_out():
    # Tasks copy the current context when created, so request is visible in each.
    async def lookup(n):
        await asyncio.sleep(0)
        return f"{request.path}#{n}:{current_tenant}"

    return {"results": await asyncio.gather(lookup(1), lookup(2))}


def app_name_seen_by_each_thread(apps):
    """Each thread has its own context: pushing in one is invisible in another."""
    seen = {}

    def work(an_app):
        with an_app.app_context():
            seen[an_app.name] = current_app.name

    threads = [threading.Thread(target=work, args=(a,)) for a in apps]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return seen
