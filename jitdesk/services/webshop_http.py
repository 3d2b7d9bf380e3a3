"""GET JSON from a web shop's API over verified HTTPS, with every failure told in one sentence.

* Only `https://` addresses; certificates are always verified (`ssl.create_default_context()`;
  tests pass a context that trusts their own test CA).
* Every request has a time-out; an answer larger than `MAX_BODY` is refused.
* HTTP 429 (too many requests) waits as long as `Retry-After` says (capped), then asks again, a
  few times; the `sleep` is injected so tests need not wait.
* Redirects are not followed: the key or token would travel along to wherever they point.
* 401/403, 404, 5xx, answers that are not JSON, time-outs and broken connections each raise a
  `WebShopError` with a sentence saying what is wrong and what to do.
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from jitdesk.domain.errors import DomainError
from jitdesk.domain.i18n import _

TIMEOUT_SECONDS = 30.0
MAX_BODY = 64 * 1024 * 1024
MAX_RATE_LIMIT_RETRIES = 5
DEFAULT_RETRY_AFTER = 2.0
MAX_RETRY_AFTER = 120.0


class WebShopError(DomainError):
    """Talking to the web shop failed; nothing in the shop file was changed."""


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    headers: dict[str, str]  # names in lower case
    body: Any  # decoded JSON


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None  # the 3xx answer reaches `get_json` as an HTTPError


def check_https(url: str) -> str:
    """The address without trailing slash, or WebShopError when it is not an https:// URL."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise WebShopError(
            _("The web shop address must start with https://, such as https://shop.example.com.")
        )
    return url


class HttpClient:
    """One sync's HTTPS conversation with a web shop."""

    def __init__(
        self,
        *,
        context: ssl.SSLContext | None = None,
        timeout: float = TIMEOUT_SECONDS,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.context = context or ssl.create_default_context()
        self.timeout = timeout
        self.sleep = sleep
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=self.context), _NoRedirect()
        )

    def get_json(self, url: str, headers: dict[str, str]) -> Answer:
        """GET `url` and decode its JSON, waiting out rate limits."""
        host = urlsplit(check_https(url)).hostname or url
        for _attempt in range(MAX_RATE_LIMIT_RETRIES + 1):
            status, answer_headers, raw = self._get(url, headers, host)
            if status == 429:
                self.sleep(_retry_after(answer_headers.get("retry-after", "")))
                continue
            _check_status(status, host, answer_headers)
            try:
                body = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                raise WebShopError(
                    _(
                        "{host} did not answer with the web shop's order data (the answer is not JSON); check the web shop address."
                    ).format(host=host)
                ) from None
            return Answer(status, answer_headers, body)
        raise WebShopError(
            _(
                "{host} kept asking jitdesk to slow down (HTTP 429); fetch the web orders again in a few minutes."
            ).format(host=host)
        )

    def _get(
        self, url: str, headers: dict[str, str], host: str
    ) -> tuple[int, dict[str, str], bytes]:
        request = urllib.request.Request(url, headers={"Accept": "application/json", **headers})
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return response.status, _lower(response.headers), _read(response)
        except urllib.error.HTTPError as exc:
            with exc:
                return exc.code, _lower(exc.headers), b""
        except urllib.error.URLError as exc:
            raise _network_error(exc.reason, host, self.timeout) from None
        except (OSError, http.client.HTTPException) as exc:
            raise _network_error(exc, host, self.timeout) from None


def _lower(headers: Any) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()} if headers else {}


def _read(response: Any) -> bytes:
    raw = response.read(MAX_BODY + 1)
    if len(raw) > MAX_BODY:
        raise WebShopError(_("The web shop's answer is too large to be an order list."))
    return bytes(raw)


def _retry_after(text: str) -> float:
    try:
        seconds = float(text.strip())
    except ValueError:
        return DEFAULT_RETRY_AFTER  # absent, or an HTTP date: a short, fixed wait
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _check_status(status: int, host: str, headers: dict[str, str]) -> None:
    if 200 <= status < 300:
        return
    if status in (401, 403):
        message = _(
            "{host} refused the key (HTTP {status}); check the key and its permission to read orders in File \u2192 Web shop."
        )
    elif status == 404:
        message = _(
            "{host} has no order list at that address (HTTP 404); check the web shop address and that its API is switched on."
        )
    elif 300 <= status < 400:
        message = _(
            "{host} sends jitdesk to another address (HTTP {status}); enter the web shop's own https:// address."
        )
    elif status >= 500:
        message = _(
            "{host} had a problem of its own (HTTP {status}); fetch the web orders again later."
        )
    else:
        message = _(
            "{host} did not accept the request (HTTP {status}); check the web shop settings in File \u2192 Web shop."
        )
    raise WebShopError(message.format(host=host, status=status))


def _network_error(reason: object, host: str, timeout: float) -> WebShopError:
    if isinstance(reason, ssl.SSLCertVerificationError):
        return WebShopError(
            _(
                "The certificate of {host} could not be verified ({why}); jitdesk only talks to a web shop over verified HTTPS."
            ).format(host=host, why=reason.verify_message or reason.reason or "")
        )
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return WebShopError(
            _(
                "{host} did not answer within {seconds} seconds; fetch the web orders again later."
            ).format(host=host, seconds=int(timeout))
        )
    if isinstance(reason, socket.gaierror):
        return WebShopError(
            _(
                "jitdesk cannot find {host}; check the web shop address and the internet connection."
            ).format(host=host)
        )
    return WebShopError(
        _(
            "The connection to {host} broke off ({why}); check the internet connection and fetch the web orders again."
        ).format(host=host, why=str(reason) or type(reason).__name__)
    )
