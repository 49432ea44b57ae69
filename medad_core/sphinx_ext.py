"""A Sphinx extension the book loads (``_config.yml``: ``sphinx.extra_extensions``).

sphinx-thebe and sphinx-togglebutton add their inline configuration scripts twice (once at setup,
once during the build), so every page printed ``const THEBE_JS_URL = ...`` twice and raised
"Identifier 'THEBE_JS_URL' has already been declared" in the browser. Each page keeps one copy of
each script.
"""

from __future__ import annotations

from typing import Any


def _unique_scripts(app: Any, pagename: str, templatename: str, context: dict, doctree: Any) -> None:
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, kept = set(), []
    for script in scripts:
        # the copies differ in their filename only: None (added during the build) or "" (at setup)
        key = (getattr(script, "filename", script) or "", repr(sorted(getattr(script, "attributes", {}).items())))
        if key not in seen:
            seen.add(key)
            kept.append(script)
    context["script_files"] = kept


def setup(app: Any) -> dict[str, Any]:
    """Register the page-context hook (Sphinx extension entry point)."""
    app.connect("html-page-context", _unique_scripts, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
