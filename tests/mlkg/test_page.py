"""The query page in a real browser: headless Chromium (Debian's ``chromium`` and ``chromium-driver``).

Open ``/``, pick the A100-in-Singapore canned query, run it, see MedBERT-XL in the
result table, switch to the chart, and save a screenshot. Chromium resolves no
host but 127.0.0.1, so the page is shown to work with no internet.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mlkg.server import STATIC

pytest.importorskip("selenium")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture(scope="module")
def page_server(seeds_dir, tmp_path_factory, servers) -> Iterator[str]:
    if not (STATIC / "vendor" / "yasgui" / "yasgui.min.js").is_file():
        pytest.skip("the YASGUI bundle is not installed (make setup fetches it)")
    store = servers.load_store(tmp_path_factory.mktemp("page") / "store", seeds_dir)
    with servers.mlkg(store) as base:
        yield base


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("chromium and chromium-driver are not installed (make setup installs them as root)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def visible(driver: webdriver.Chrome, selector: str) -> list:
    return [e for e in driver.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed()]


def test_run_the_a100_in_singapore_query_and_see_medbert_xl(page_server, browser, tmp_path):
    browser.get(page_server)
    wait = WebDriverWait(browser, 30)
    entry = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, 'button[data-name="models-by-hardware-and-country"]'))
    assert "accelerator in a country" in entry.text
    entry.click()
    editor_text = wait.until(lambda d: "".join(e.text for e in visible(d, ".CodeMirror")) or None)
    assert "Singapore" in editor_text and "A100" in editor_text  # the tab opens with its examples bound
    visible(browser, ".yasqe_queryButton")[0].click()
    table = wait.until(lambda d: next((t for t in visible(d, ".yasr table") if "MedBERT-XL" in t.text), None))
    assert "Singapore" in table.text and "MedBERT-Large" not in table.text  # trained in France
    browser.save_screenshot(str(tmp_path / "query-page.png"))
    visible(browser, ".select_chart")[0].click()
    bars = wait.until(lambda d: visible(d, ".mlkg-chart rect") or None)
    assert len(bars) >= 1
    browser.save_screenshot(str(tmp_path / "query-page-chart.png"))
    for shot in ("query-page.png", "query-page-chart.png"):
        assert (tmp_path / shot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    problems = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert problems == []


def test_a_link_can_open_and_run_a_canned_query(page_server, browser):
    browser.get(page_server + "?tab=hardware-usage&run")
    cell = WebDriverWait(browser, 30).until(lambda d: next((t for t in visible(d, ".yasr table") if "A100" in t.text), None))
    assert cell is not None
