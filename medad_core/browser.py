"""Checks of the rendered book in a real browser (Playwright driving the system Chromium).

What a reader would notice first: a page that raises JavaScript errors or fails to load a file, a
figure that does not show, a link that leads nowhere, a table that has to be scrolled sideways in a
1280x800 window, a search that finds nothing. The book tests
(``tests/test_book.py``) run these on the smoke book; ``medad book`` users can run them on theirs:

    python -c "from medad_core.browser import check_site; print(check_site('_build/html'))"
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from medad_core.book import chromium_executable

#: pages Sphinx writes for its own machinery, not for a reader
SKIP_PAGES = {"genindex.html", "search.html"}
#: hrefs that leave the book (checked by nobody offline)
_EXTERNAL = re.compile(r"^(https?:|mailto:|javascript:|data:)")
_REDIRECT = re.compile(r'http-equiv="Refresh" content="0; url=([^"]+)"', re.IGNORECASE)
#: the window the pages are checked in (a laptop screen)
VIEWPORT = {"width": 1280, "height": 800}
#: what must not scroll sideways: notebook outputs, the tables they hold, the theme's table wrappers and
#: the article itself (a wide table in a markdown page); code *input* may scroll, as code does
OVERFLOW_SELECTOR = (
    ".cell_output, .cell_output .output, .cell_output pre, .cell_output table, "
    ".pst-scrollable-table-container, .bd-article"
)
# each element wider inside than its box, named by its table's caption, first header or first words;
# an element inside another reported one is left out (one line per table)
_OVERFLOW_JS = """selector => {
  const found = [];
  const article = document.querySelector('.bd-article');
  for (const el of document.querySelectorAll(selector)) {
    if (el === article || el.scrollWidth <= el.clientWidth + 1 || found.some(f => f.el.contains(el))) continue;
    const table = el.matches('table') ? el : el.querySelector('table');
    const named = [...el.querySelectorAll('caption, .medad-caption, th')].find(e => e.textContent.trim());
    const label = (named || el).textContent;
    found.push({el, kind: table ? 'table' : 'output', label: label.trim().replace(/\\s+/g, ' ').slice(0, 60),
                scroll: el.scrollWidth, client: el.clientWidth});
  }
  // the article itself only when no element inside it was found (then something else is too wide)
  if (!found.length && article && article.scrollWidth > article.clientWidth + 1) {
    found.push({kind: 'page', label: 'body', scroll: article.scrollWidth, client: article.clientWidth});
  }
  return found.map(f => [f.kind, f.label, f.scroll, f.client]);
}"""


@dataclass
class SiteReport:
    """What :func:`check_site` found; every list is empty on a healthy book."""

    pages: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    broken_images: list[str] = field(default_factory=list)
    broken_links: list[str] = field(default_factory=list)
    overflowing: list[str] = field(default_factory=list)
    images: int = 0
    links: int = 0

    @property
    def problems(self) -> list[str]:
        """Every problem, one line each."""
        return [*self.console_errors, *self.broken_images, *self.broken_links, *self.overflowing]


def html_pages(site: Path) -> list[Path]:
    """The reader's pages of a built HTML book."""
    return sorted(p for p in site.rglob("*.html") if p.name not in SKIP_PAGES and "_static" not in p.parts)


def _link_target(page: Path, href: str, site: Path) -> tuple[Path, str] | None:
    parts = urlsplit(href)
    if _EXTERNAL.match(href) or parts.scheme or parts.netloc:
        return None
    target = page if not parts.path else (page.parent / unquote(parts.path)).resolve()
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def check_site(site: str | Path, browser=None) -> SiteReport:
    """Load every page of a built book in headless Chromium and check it.

    Args:
        site: the ``_build/html`` folder.
        browser: a Playwright browser to reuse (default: one launched on :func:`chromium_executable`).

    Returns:
        A :class:`SiteReport`: console errors and failed requests per page, images whose natural size is
        zero, internal links whose file or anchor does not exist, and outputs or tables wider than
        their column in a :data:`VIEWPORT` window (``scrollWidth > clientWidth + 1`` of any element of
        :data:`OVERFLOW_SELECTOR`), named by page and table caption (or first header).
    """
    site = Path(site).resolve()
    report = SiteReport()
    with _browser(browser) as chromium:
        page = chromium.new_page(viewport=VIEWPORT)
        errors: list[str] = []
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("requestfailed", lambda req: errors.append(f"failed to load {req.url}"))
        ids: dict[Path, set[str]] = {}
        links: list[tuple[Path, str]] = []
        for path in html_pages(site):
            name = str(path.relative_to(site))
            redirect = _REDIRECT.search(path.read_text(encoding="utf-8", errors="replace")[:2000])
            if redirect:  # a page that only forwards (the root index.html): its target must exist
                links.append((path, redirect.group(1)))
                continue
            report.pages.append(name)
            errors.clear()
            page.goto(path.as_uri(), wait_until="load")
            report.console_errors += [f"{name}: {text}" for text in errors]
            sizes = page.eval_on_selector_all("img", "els => els.map(e => [e.getAttribute('src'), e.naturalWidth])")
            report.images += len(sizes)
            report.broken_images += [f"{name}: image {src} does not load" for src, width in sizes if not width]
            report.overflowing += [
                f"{name}: {kind} {label!r} is {wide} px wide in a {room} px column (scrolls sideways)"
                for kind, label, wide, room in page.evaluate(_OVERFLOW_JS, OVERFLOW_SELECTOR)
            ]
            ids[path] = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
            hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
            links += [(path, href) for href in hrefs]
        for path, href in links:
            target = _link_target(path, href, site)
            if target is None:
                continue
            report.links += 1
            file, anchor = target
            if not file.is_file():
                report.broken_links.append(f"{path.relative_to(site)}: {href} (no such file)")
            elif anchor and file in ids and anchor not in ids[file]:
                report.broken_links.append(f"{path.relative_to(site)}: {href} (no anchor #{anchor})")
    return report


def search_hits(site: str | Path, query: str, browser=None) -> list[str]:
    """Titles of the pages the book's search page lists for ``query``."""
    search = Path(site).resolve() / "search.html"
    with _browser(browser) as chromium:
        page = chromium.new_page()
        page.goto(f"{search.as_uri()}?q={query}", wait_until="load")
        page.wait_for_function(
            "() => document.querySelector('#search-results p, #search-results .search-summary') !== null",
            timeout=30_000,
        )
        return page.eval_on_selector_all("#search-results li a", "els => els.map(e => e.textContent.trim())")


class _browser:
    """A context manager yielding ``browser`` or a freshly launched headless Chromium."""

    def __init__(self, browser=None):
        self.given = browser
        self.playwright = None
        self.launched = None

    def __enter__(self):
        if self.given is not None:
            return self.given
        from playwright.sync_api import sync_playwright  # noqa: PLC0415 - optional dependency (the book extra)

        self.playwright = sync_playwright().start()
        self.launched = self.playwright.chromium.launch(
            executable_path=chromium_executable(), args=["--no-sandbox", "--disable-gpu"]
        )
        return self.launched

    def __exit__(self, *exc) -> None:
        if self.launched is not None:
            self.launched.close()
            self.playwright.stop()
