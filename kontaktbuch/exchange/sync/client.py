"""The thin protocol layer: CardDAV and CalDAV requests over the ``caldav`` library.

``caldav``'s client does the HTTP work — sessions, authentication (Basic and
Digest negotiated from the server's answer), TLS with the system's or a given CA
file, timeouts — and its ``request`` sends the WebDAV methods CardDAV needs as
well (``PROPFIND``, ``REPORT``, ``PUT``, ``DELETE``, ``MKCOL``). This module
builds the few request bodies sync needs and reads the answers with lxml.

Every failure becomes a :class:`SyncError` with a reason code the window and the
command line turn into a sentence: wrong password, forbidden, gone, full, server
trouble, timeout, offline, TLS, garbage. Nothing here touches the journal.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.sax.saxutils import escape as xml_escape

from caldav.davclient import DAVClient
from caldav.lib import error as caldav_error
from lxml import etree

# caldav warns about every text/vcard answer ("unexpected content type"): that is
# what CardDAV answers are, so only its errors are worth a log line.
logging.getLogger("caldav").setLevel(logging.ERROR)

log = logging.getLogger(__name__)

DAV = "DAV:"
CAL = "urn:ietf:params:xml:ns:caldav"
CARD = "urn:ietf:params:xml:ns:carddav"
CS = "http://calendarserver.org/ns/"
_NS = {"d": DAV, "c": CAL, "a": CARD, "cs": CS}
TIMEOUT_S = 30
MULTIGET_BATCH = 100
_ALL_COMPONENTS = ("VEVENT", "VTODO", "VJOURNAL")


class SyncError(Exception):
    """A request failed. ``reason`` is a code; ``status`` the HTTP status, if any."""

    def __init__(self, reason: str, detail: str = "", status: int | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.status = status


class TokenInvalid(SyncError):
    """The server no longer knows our sync token: list the whole collection instead."""


def reason_for_status(status: int) -> str:
    if status == 401:
        return "auth"
    if status == 403:
        return "forbidden"
    if status in (404, 410):
        return "not_found"
    if status == 412:
        return "precondition"
    if status == 507:
        return "storage_full"
    if status >= 500:
        return "server"
    return "protocol"


@dataclass
class CollectionInfo:
    url: str
    kind: str  # "addressbook" or "calendar"
    display_name: str = ""
    components: tuple[str, ...] = ()  # calendars: VEVENT, VTODO, VJOURNAL
    vcard_versions: tuple[str, ...] = ()  # address books: "3.0", "4.0"
    sync_token: str | None = None
    supports_sync: bool = False


@dataclass
class Changes:
    """What changed in a collection: href → etag, and hrefs gone."""

    token: str | None
    changed: dict[str, str] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)


def normalise_href(href: str) -> str:
    """The path of an href, percent-decoded: one spelling per resource."""
    return unquote(urlsplit(href).path)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


class Connection:
    """One account on one server."""

    def __init__(
        self, url: str, username: str, password: str, *, ca_file: str = "", timeout: int = TIMEOUT_S
    ) -> None:
        if urlsplit(url).scheme not in ("http", "https"):
            raise SyncError("bad_url", url)
        self.url = url if url.endswith("/") else url + "/"
        verify: bool | str = ca_file or True  # never False: verification cannot be turned off
        try:
            self.client = DAVClient(
                url=self.url,
                username=username,
                password=password,
                timeout=timeout,
                ssl_verify_cert=verify,
                enable_rfc6764=False,
            )
        except Exception as exc:
            raise SyncError("bad_url", str(exc)) from exc

    def close(self) -> None:
        try:
            self.client.close()
        except Exception:  # closing must never fail a sync
            log.debug("closing the connection failed", exc_info=True)

    # --- requests --------------------------------------------------------------------

    def absolute(self, href: str) -> str:
        """A full URL for an href (a path from the server or a URL)."""
        return urljoin(self.url, quote(normalise_href(href), safe="/@:+~!$&'()*,;="))

    def request(
        self, method: str, url: str, body: str = "", headers: dict[str, str] | None = None
    ) -> object:
        """Send one request; a failure status or a broken connection raises SyncError."""
        try:
            response = self.client.request(url, method, body, headers or {})
        except caldav_error.AuthorizationError as exc:
            status = exc.status or 401
            if any("valid-sync-token" in p for p in exc.preconditions):
                raise TokenInvalid("token", str(exc), status) from exc
            raise SyncError(reason_for_status(status), url, status) from exc
        except caldav_error.RateLimitError as exc:
            raise SyncError("server", str(exc.reason), 503) from exc
        except caldav_error.DAVError as exc:
            raise SyncError("garbage", str(exc), exc.status) from exc
        except etree.XMLSyntaxError as exc:
            raise SyncError("garbage", str(exc)) from exc
        except Exception as exc:
            raise _network_error(exc) from exc
        status = int(response.status)
        if status >= 400:
            text = _body_text(response)
            if "valid-sync-token" in text:
                raise TokenInvalid("token", text[:200], status)
            raise SyncError(reason_for_status(status), f"{method} {url}", status)
        return response

    def _xml(self, method: str, url: str, body: str, depth: str | None) -> etree._Element:
        headers = {"Content-Type": 'application/xml; charset="utf-8"'}
        if depth is not None:
            headers["Depth"] = depth
        response = self.request(method, url, body, headers)
        tree = getattr(response, "tree", None)
        if tree is None:
            raw = getattr(response, "_raw", b"") or b""
            try:
                tree = etree.fromstring(raw if isinstance(raw, bytes) else raw.encode(), _parser())
            except etree.XMLSyntaxError as exc:
                raise SyncError("garbage", f"{method} {url}: not XML") from exc
        if tree.tag != f"{{{DAV}}}multistatus":
            raise SyncError("garbage", f"{method} {url}: no multistatus")
        return tree

    def propfind(self, url: str, props: str, depth: str) -> etree._Element:
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
            f'xmlns:c="{CAL}" xmlns:a="{CARD}" xmlns:cs="{CS}">'
            f"<d:prop>{props}</d:prop></d:propfind>"
        )
        return self._xml("PROPFIND", url, body, depth)

    # --- discovery ---------------------------------------------------------------------

    def homes(self) -> tuple[str | None, str | None]:
        """(address book home, calendar home) of the logged-in user."""
        tree = self.propfind(self.url, "<d:current-user-principal/>", "0")
        principal = _first_href(tree, "d:current-user-principal") or self.url
        principal = self.absolute(principal)
        tree = self.propfind(principal, "<a:addressbook-home-set/><c:calendar-home-set/>", "0")
        cards = _first_href(tree, "a:addressbook-home-set")
        cals = _first_href(tree, "c:calendar-home-set")
        return (self.absolute(cards) if cards else None, self.absolute(cals) if cals else None)

    def collections(self, home: str) -> list[CollectionInfo]:
        """The address books and calendars right below ``home``."""
        props = (
            "<d:resourcetype/><d:displayname/><d:sync-token/><d:supported-report-set/>"
            "<c:supported-calendar-component-set/><a:supported-address-data/>"
        )
        tree = self.propfind(home, props, "1")
        out = []
        for response in tree.findall("d:response", _NS):
            href = response.findtext("d:href", "", _NS)
            prop = _ok_prop(response)
            if prop is None:
                continue
            types = prop.find("d:resourcetype", _NS)
            if types is None:
                continue
            if types.find("a:addressbook", _NS) is not None:
                kind = "addressbook"
            elif types.find("c:calendar", _NS) is not None:
                kind = "calendar"
            else:
                continue
            reports = prop.find("d:supported-report-set", _NS)
            supports_sync = reports is None or reports.find(".//d:sync-collection", _NS) is not None
            comps = tuple(
                c.get("name", "").upper()
                for c in prop.findall("c:supported-calendar-component-set/c:comp", _NS)
            )
            versions = tuple(
                t.get("version", "")
                for t in prop.iterfind("a:supported-address-data/*", _NS)
                if t.get("version")
            )
            out.append(
                CollectionInfo(
                    url=self.absolute(href),
                    kind=kind,
                    display_name=(prop.findtext("d:displayname", "", _NS) or "").strip(),
                    components=comps or (_ALL_COMPONENTS if kind == "calendar" else ()),
                    vcard_versions=versions or (("3.0",) if kind == "addressbook" else ()),
                    sync_token=prop.findtext("d:sync-token", None, _NS),
                    supports_sync=supports_sync and bool(prop.findtext("d:sync-token", None, _NS)),
                )
            )
        return out

    def create_addressbook(self, url: str, name: str) -> None:
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><d:mkcol xmlns:d="DAV:" xmlns:a="{CARD}">'
            "<d:set><d:prop><d:resourcetype><d:collection/><a:addressbook/></d:resourcetype>"
            f"<d:displayname>{xml_escape(name)}</d:displayname></d:prop></d:set></d:mkcol>"
        )
        self.request("MKCOL", url, body, {"Content-Type": 'application/xml; charset="utf-8"'})

    def create_calendar(self, url: str, name: str, components: Iterable[str]) -> None:
        comps = "".join(f'<c:comp name="{c}"/>' for c in components)
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" xmlns:c="{CAL}">'
            f"<d:set><d:prop><d:displayname>{xml_escape(name)}</d:displayname>"
            f"<c:supported-calendar-component-set>{comps}</c:supported-calendar-component-set>"
            "</d:prop></d:set></c:mkcalendar>"
        )
        self.request("MKCALENDAR", url, body, {"Content-Type": 'application/xml; charset="utf-8"'})

    # --- changes ------------------------------------------------------------------------

    def sync_collection(self, url: str, token: str | None) -> Changes:
        """RFC 6578: what changed since ``token`` (everything for None), following truncation."""
        changes = Changes(token)
        own = normalise_href(url)
        while True:
            body = (
                '<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:">'
                f"<d:sync-token>{xml_escape(changes.token or '')}</d:sync-token>"
                "<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"
            )
            tree = self._xml("REPORT", url, body, "0")
            truncated = False
            for response in tree.findall("d:response", _NS):
                href = normalise_href(response.findtext("d:href", "", _NS))
                status = response.findtext("d:status", "", _NS)
                if href.rstrip("/") == own.rstrip("/"):
                    truncated = truncated or " 507" in status
                    continue
                if " 404" in status:
                    changes.deleted.add(href)
                    changes.changed.pop(href, None)
                    continue
                prop = _ok_prop(response)
                etag = prop.findtext("d:getetag", "", _NS) if prop is not None else ""
                if etag:
                    changes.changed[href] = etag
                    changes.deleted.discard(href)
            token = tree.findtext("d:sync-token", None, _NS)
            if not token:
                raise SyncError("garbage", f"REPORT {url}: no sync-token")
            changes.token = token
            if not truncated:
                return changes

    def collection_tag(self, url: str) -> tuple[str | None, str | None]:
        """(sync token, CTag) the collection announces now: one cheap request that
        tells an unchanged collection from a changed one without listing it."""
        tree = self.propfind(url, "<d:sync-token/><cs:getctag/>", "0")
        for response in tree.findall("d:response", _NS):
            prop = _ok_prop(response)
            if prop is not None:
                return prop.findtext("d:sync-token", None, _NS), prop.findtext(
                    "cs:getctag", None, _NS
                )
        return None, None

    def etags(self, url: str) -> dict[str, str]:
        """Every resource of a collection with its ETag (the fallback without sync tokens)."""
        tree = self.propfind(url, "<d:getetag/><d:resourcetype/>", "1")
        own = normalise_href(url).rstrip("/")
        out = {}
        for response in tree.findall("d:response", _NS):
            href = normalise_href(response.findtext("d:href", "", _NS))
            prop = _ok_prop(response)
            if href.rstrip("/") == own or prop is None:
                continue
            if prop.find("d:resourcetype/d:collection", _NS) is not None:
                continue
            etag = prop.findtext("d:getetag", "", _NS)
            if etag:
                out[href] = etag
        return out

    def multiget(self, url: str, kind: str, hrefs: list[str]) -> Iterator[tuple[str, str, str]]:
        """(href, etag, text) of the given resources, in batches."""
        if kind == "addressbook":
            tag, data, ns = "a:addressbook-multiget", "<a:address-data/>", CARD
        else:
            tag, data, ns = "c:calendar-multiget", "<c:calendar-data/>", CAL
        prefix = tag.split(":")[0]
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            batch = hrefs[start : start + MULTIGET_BATCH]
            refs = "".join(
                f"<d:href>{xml_escape(quote(h, safe='/@:+~!$&()*,;='))}</d:href>" for h in batch
            )
            body = (
                f'<?xml version="1.0" encoding="utf-8"?>'
                f'<{tag} xmlns:d="DAV:" xmlns:{prefix}="{ns}">'
                f"<d:prop><d:getetag/>{data}</d:prop>{refs}</{tag}>"
            )
            tree = self._xml("REPORT", url, body, "1")
            for response in tree.findall("d:response", _NS):
                href = normalise_href(response.findtext("d:href", "", _NS))
                prop = _ok_prop(response)
                if prop is None:
                    continue
                etag = prop.findtext("d:getetag", "", _NS)
                text = prop.findtext("a:address-data", None, _NS)
                if text is None:
                    text = prop.findtext("c:calendar-data", None, _NS)
                if text is not None:
                    yield href, etag, text

    # --- writes -------------------------------------------------------------------------

    def put(self, href: str, text: str, content_type: str, etag: str | None) -> str | None:
        """Write one resource: ``etag`` None creates (fails if it exists), else replaces
        exactly that version. Returns the new ETag when the server tells it."""
        headers = {"Content-Type": f"{content_type}; charset=utf-8"}
        if etag is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = etag
        response = self.request("PUT", self.absolute(href), text, headers)
        return _header(response, "ETag")

    def delete(self, href: str, etag: str | None) -> None:
        headers = {"If-Match": etag} if etag else {}
        try:
            self.request("DELETE", self.absolute(href), "", headers)
        except SyncError as exc:
            if exc.reason != "not_found":  # gone already: what we wanted
                raise


def _header(response: object, name: str) -> str | None:
    headers = getattr(response, "headers", {}) or {}
    value = headers.get(name) or headers.get(name.lower())
    return str(value) if value else None


def _body_text(response: object) -> str:
    raw = getattr(response, "_raw", b"") or b""
    if isinstance(raw, bytes):
        return raw.decode("utf-8", errors="replace")
    return str(raw)


def _ok_prop(response: etree._Element) -> etree._Element | None:
    for propstat in response.findall("d:propstat", _NS):
        if " 200" in (propstat.findtext("d:status", "", _NS) or ""):
            return propstat.find("d:prop", _NS)
    return None


def _first_href(tree: etree._Element, prop: str) -> str | None:
    for response in tree.findall("d:response", _NS):
        found = response.find(f"d:propstat/d:prop/{prop}/d:href", _NS)
        if found is not None and found.text:
            return found.text.strip()
    return None


def _network_error(exc: BaseException) -> SyncError:
    """A failure below HTTP: offline, timeout, TLS."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    text = " ".join(f"{type(e).__name__}: {e}" for e in chain)
    lowered = text.lower()
    if (
        any(isinstance(e, ssl.SSLError) for e in chain)
        or "certificate" in lowered
        or "ssl" in lowered
    ):
        return SyncError("tls", text)
    if "timeout" in lowered or "timed out" in lowered:
        return SyncError("timeout", text)
    return SyncError("offline", text)
