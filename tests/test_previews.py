"""Link previews: a /q/<id>/ link pasted into Slack, Notion or Google Docs shows the question.
The unfurlers read Open Graph and Twitter tags from the page they fetch, before any redirect
by JavaScript, so the tags must be in the static HTML of every permanent link."""
from __future__ import annotations

import html.parser

from scripts import content


class MetaParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        key = attrs.get("property") or attrs.get("name")
        if tag == "meta" and key:
            assert key not in self.meta, f"{key} appears twice"
            self.meta[key] = attrs.get("content", "")
        if tag == "link" and attrs.get("rel"):
            self.links[attrs["rel"]] = attrs.get("href", "")


def tags(site, rel: str) -> MetaParser:
    parser = MetaParser()
    parser.feed(site.html(rel))
    return parser


def test_every_permanent_link_carries_the_question_as_its_preview(site, handbook):
    for name, q in handbook.by_id().items():
        page = tags(site, f"q/{name}/index.html")
        answer = site.site_url + q.url
        short = content.plain_text(q.short_answer)
        assert page.meta["og:title"] == q.plain_title, name
        assert page.meta["og:description"] == short, name
        assert page.meta["og:url"] == answer, name
        assert page.meta["og:type"] == "article"
        assert page.meta["og:site_name"] == "Flask Interview Handbook"
        assert page.meta["twitter:card"] == "summary"
        assert page.meta["twitter:title"] == q.plain_title
        assert page.meta["twitter:description"] == short
        assert page.meta["description"] == short
        assert page.links["canonical"] == answer
        # An alias previews the question it now points to, under the current id.
        assert "#" + q.id in page.meta["og:url"]


def test_previews_are_plain_text(site, handbook):
    """No Markdown syntax or HTML tags leak into what a chat app shows."""
    for q in handbook.questions:
        page = tags(site, f"q/{q.id}/index.html")
        for key in ("og:title", "og:description"):
            assert "`" not in page.meta[key] and "](" not in page.meta[key] and "<code>" not in page.meta[key], (q.id, key)


def test_site_pages_carry_previews_too(site, handbook):
    topic = handbook.topics[0]
    page = tags(site, topic.page.removesuffix(".md") + "/index.html")
    assert page.meta["og:description"] == topic.description
    assert page.meta["og:url"] == site.site_url + content.page_url(topic.page)
    assert page.meta["og:title"].startswith(topic.title)
