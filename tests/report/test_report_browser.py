"""The report in a real headless browser (Debian's chromium via Playwright): the plots
render and no request leaves the machine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from report_store import crisis_store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]  # fmt: skip

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} missing (apt-get install -y chromium)"
)


def test_report_renders_offline_in_chromium(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    from redline.report.commands import write_report

    store = crisis_store("duckdb:///:memory:")
    report = write_report(store, tmp_path / "report.html")
    store.close()
    requests: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))

        def record(route) -> None:  # type: ignore[no-untyped-def]
            url = route.request.url
            requests.append(url)
            if url.startswith(("file:", "data:")):
                route.continue_()
            else:
                route.abort()

        page.route("**/*", record)
        page.goto(report.as_uri())
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=15000)
        plots = page.locator(".js-plotly-plot").count()
        rendered = page.locator(".js-plotly-plot .main-svg").count()
        traces = page.locator(".js-plotly-plot .scatterlayer .trace").count()
        heat = page.locator(".js-plotly-plot .heatmaplayer image, .js-plotly-plot .hm").count()
        page.screenshot(path="/tmp/redline-report-test.png")
        browser.close()
    assert plots == 3 and rendered >= plots
    assert traces >= 1 and heat >= 1
    assert not errors, errors
    assert requests and all(u.startswith(("file:", "data:")) for u in requests), requests
