"""What `async def` views change in Flask 3.1, and what they don't (needs flask[async])."""
import asyncio
import threading
import time

from flask import Flask

app = Flask(__name__)
seen_loops = []  # the event loop each request ran on
running = {"now": 0, "peak": 0}  # requests inside /wait at the same time, in this process
running_lock = threading.Lock()
audit_log = []
LIMIT = asyncio.Semaphore(2)  # module-level asyncio object: binds to the first loop that waits


async def call_api(name):
    await asyncio.sleep(0.2)  # stands in for an HTTP call made with an async client
    return name


@app.get("/fan-out")
async def fan_out():  # the real benefit: concurrent I/O inside one request
    started = time.perf_counter()
    results = await asyncio.gather(call_api("users"), call_api("orders"), call_api("stock"))
    return {"results": results, "seconds": round(time.perf_counter() - started, 2)}


@app.get("/blocking")
async def blocking():  # a sync library inside async code blocks the whole loop
    started = time.perf_counter()

    async def legacy_client():
        time.sleep(0.2)  # requests, a sync DB driver, time.sleep...

    await asyncio.gather(legacy_client(), legacy_client())
    return {"seconds": round(time.perf_counter() - started, 2)}


@app.get("/offloaded")
async def offloaded():
    started = time.perf_counter()
    await asyncio.gather(asyncio.to_thread(time.sleep, 0.2), asyncio.to_thread(time.sleep, 0.2))
    return {"seconds": round(time.perf_counter() - started, 2)}


@app.get("/wait")
async def wait():
    seen_loops.append(asyncio.get_running_loop())
    with running_lock:
        running["now"] += 1
        running["peak"] = max(running["peak"], running["now"])
    await asyncio.sleep(0.3)
    with running_lock:
        running["now"] -= 1
        peak = running["peak"]
    return {"thread": threading.current_thread().name, "peak": peak}


async def record_audit():
    try:
        await asyncio.sleep(0.1)
        audit_log.append("written")
    except asyncio.CancelledError:
        audit_log.append("cancelled")
        raise


@app.get("/fire-and-forget")
async def fire_and_forget():
    asyncio.create_task(record_audit())  # cancelled when the view returns and the loop stops
    return "accepted"


@app.get("/limited")
async def limited():
    async def guarded():
        async with LIMIT:
            await asyncio.sleep(0.05)

    await asyncio.gather(*(guarded() for _ in range(3)))  # the third call has to wait
    return "ok"
