import asyncio

from flask import Flask

app = Flask(__name__)
events = []  # what the fake I/O calls did, in order


async def fetch(name):
    events.append(f"start {name}")
    await asyncio.sleep(0.05)  # stands in for an HTTP call or a DB query
    events.append(f"end {name}")
    return name


@app.get("/sync")
def sync_view():
    return {"mode": "sync"}


@app.get("/dashboard")
async def dashboard():  # needs `pip install "flask[async]"` (asgiref)
    results = await asyncio.gather(fetch("users"), fetch("orders"))
    return {"results": results}
