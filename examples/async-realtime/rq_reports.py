"""Slow work leaves the request: the view enqueues a job on Redis and answers 202 at once;
an RQ worker process runs the job; the client polls a status URL."""
from flask import Flask, abort, url_for
from redis import Redis
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job


def build_report(month):  # runs in the worker process, never in the web request
    if month == "1999-13":
        raise ValueError("no such month")
    return {"month": month, "orders": 1234}


def create_app(redis_url):
    app = Flask(__name__)
    connection = Redis.from_url(redis_url)
    queue = Queue("reports", connection=connection)
    app.extensions["rq_queue"] = queue

    @app.post("/reports/<month>")
    def request_report(month):
        job = queue.enqueue(build_report, month,
                            job_timeout=600,  # kill it after 10 minutes
                            result_ttl=3600,  # keep the result for an hour
                            retry=Retry(max=2))  # run again up to twice if it raises
        status_url = url_for("report_status", job_id=job.id)
        return {"job_id": job.id, "status": "queued"}, 202, {"Location": status_url}

    @app.get("/reports/jobs/<job_id>")
    def report_status(job_id):
        try:
            job = Job.fetch(job_id, connection=connection)
        except NoSuchJobError:
            abort(404)
        status = job.get_status()
        body = {"job_id": job.id, "status": status.value}
        if status == "finished":
            body["result"] = job.return_value()
        return body

    return app
