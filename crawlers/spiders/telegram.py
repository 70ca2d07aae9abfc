"""Telegram public channel previews (``https://t.me/s/<channel>``).

The preview page shows the newest ~20 messages; older ones come from ``?before=<id>``, linked
from the "more" anchor at the top of the history. Only the channel's own preview pages are
fetched: message links, author links and t.me URLs in texts are not followed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from parsel import Selector
from scrapy.http import Response

from crawlers.items import PostItem, parse_date
from crawlers.spiders.base import SourceSpider


class TelegramSpider(SourceSpider):
    """Crawl one public Telegram channel: ``-a channel=NAME`` or ``-a url=https://t.me/s/NAME``."""

    name = "telegram"
    platform = "telegram"

    def __init__(self, channel: str | None = None, url: str | None = None, **kwargs: Any) -> None:
        if url and not channel:
            parts = [p for p in urlsplit(url).path.split("/") if p]
            channel = parts[-1] if parts else None
        if not channel:
            raise ValueError("telegram: give -a channel=NAME or -a url=https://t.me/s/NAME")
        self.channel = channel.lstrip("@")
        super().__init__(url=url, **kwargs)
        self.source_name = self.source_name or f"telegram-{self.channel}"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        url = self.start_url or f"{self.settings.get('TELEGRAM_BASE_URL').rstrip('/')}/s/{self.channel}"
        if not self.allowed_domains:
            self.allowed_domains = [urlsplit(url).hostname or "t.me"]
        yield scrapy.Request(url, callback=self.parse, cb_kwargs={"page": 1})

    def parse(self, response: Response, page: int = 1) -> Iterator[Any]:
        """Posts on one preview page, then the next (older) page while there is one."""
        messages = response.css("div.tgme_widget_message[data-post]")
        for message in messages:
            post = self.parse_message(message, response)
            if post is not None:
                yield post
        max_pages = self.max_pages_arg or self.settings.getint("TELEGRAM_MAX_PAGES")
        more = response.css("a.tme_messages_more::attr(href)").get() or response.css('link[rel="prev"]::attr(href)').get()
        if more and messages and page < max_pages:
            yield response.follow(more, callback=self.parse, cb_kwargs={"page": page + 1})

    def parse_message(self, message: Selector, response: Response) -> PostItem | None:
        data_post = message.attrib.get("data-post", "")
        channel, _, message_id = data_post.rpartition("/")
        if not channel or not message_id:
            self.logger.debug("message without a usable data-post: %r", data_post)
            return None
        text_node = message.css("div.tgme_widget_message_text")
        text = _message_text(text_node[0]) if text_node else ""
        media = message.css("a.tgme_widget_message_photo_wrap::attr(href)").getall()
        if not text and not media:
            return None
        signature = message.css(".tgme_widget_message_from_author::text").get()
        channel_title = message.css(".tgme_widget_message_owner_name span::text").get() or channel
        published = message.css("time::attr(datetime)").get()
        outlinks = [href for href in text_node.css("a::attr(href)").getall() if href.startswith("http")]
        return self.make_post(
            f"{channel.lower()}/{message_id}",
            text,
            url=message.css("a.tgme_widget_message_date::attr(href)").get() or f"https://t.me/{data_post}",
            author=signature.strip() if signature else channel_title.strip(),
            # An unsigned message is the channel speaking: the channel is the account. A signed
            # one shows only the poster's display name, which strangers can share, so it is no
            # account id and must not link posts.
            author_id=None if signature else channel.lower(),
            published_at=parse_date(published) if published else None,
            outlinks=outlinks or None,
            media_urls=media or None,
            # The page the message was read from: twenty messages share one evidence file.
            raw=response.body,
            raw_type=response.headers.get("Content-Type"),
        )


def _message_text(node: Selector) -> str:
    """The message text with ``<br>`` as line breaks and link texts kept."""
    html = node.get()
    html = html.replace("<br>", "\n").replace("<br/>", "\n").replace("<br />", "\n")
    return "".join(Selector(text=html).xpath("//body//text()").getall()).strip()
