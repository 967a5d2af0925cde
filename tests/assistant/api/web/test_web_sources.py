"""Sources in the browser: a citation opens its document at the passage with the quote highlighted; the documents
view lists what the assistant knows; the API docs page works without a CDN."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from tests.assistant.api.web.browser import PHONE, Page, folded


def test_a_citation_opens_the_source_viewer_with_the_quote_highlighted(page: Page) -> None:
    card = page.ask("Kan fylkeskommuner søke om Tiltak B?")
    link = card.find_element(By.CSS_SELECTOR, ".answer a.cite")
    number = int(link.text)
    quote = folded(card.find_elements(By.CSS_SELECTOR, "ol.sources blockquote")[number - 1].text.strip("«»"))
    link.click()
    viewer = page.find("#viewer")
    mark = page.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#viewer .passage.cited mark"))[0]
    assert viewer.get_attribute("open") is not None
    assert folded(mark.text) == quote
    assert page.in_view_and_on_top(mark)
    # In context: section, the document's date and status, and the passages around it.
    assert page.find("#viewer-title").text.startswith("Regelverk for tilskuddsordning")
    body = page.find("#viewer-body")
    assert "3. Hvem kan søke" in page.find(".passage.cited .section", body).text
    meta = page.find(".doc-meta", body).text
    assert "19. sep. 2025" in meta and "Gjeldende" in meta
    assert page.find_all(".passage.context", body)
    # The whole document, still marked at the quote.
    passages_before = len(page.find_all(".passage", body))
    page.find(".whole-document", body).click()
    page.wait(lambda d: len(page.find_all("#viewer-body .passage")) > passages_before)
    assert folded(page.find("#viewer-body .passage.cited mark").text) == quote
    page.find("#viewer [data-close]").click()
    page.wait(lambda d: viewer.get_attribute("open") is None)


def test_the_viewer_fits_a_phone(page: Page) -> None:
    page.open(PHONE)
    card = page.ask("Hvor mye kan vi få i år 3 for en 50 % stilling i Tiltak B?")
    page.scroll_conversation_to_end()
    source = card.find_elements(By.CSS_SELECTOR, "ol.sources .source-open")[0]
    source.click()
    mark = page.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#viewer mark"))[0]
    assert page.in_view_and_on_top(mark)
    assert page.in_view_and_on_top(page.find("#viewer [data-close]"))


def test_an_old_source_is_flagged_before_the_answer(page: Page) -> None:
    card = page.ask("Hvor mye kan man få for en IPS-stilling første år?")
    assert card.get_attribute("data-source-status") == "old_version"
    badge = page.find(".status", card)
    assert badge.text == "Besvart · eldre kilde"
    # Not the green of a current answer.
    current = page.ask("Kan kommuner søke om tilskudd til Tiltak B?")
    assert page.find(".status", current).value_of_css_property("color") != badge.value_of_css_property("color")
    # The warning comes before the answer text.
    order = page.driver.execute_script("const c = arguments[0]; return [...c.children].map((e) => e.className);", card)
    assert order.index("warnings") < order.index("answer")


def test_the_documents_view_lists_the_corpus_with_statuses(page: Page) -> None:
    page.find("#open-documents").click()
    rows = page.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#documents tbody tr"))
    statuses = {row.get_attribute("data-document"): row.get_attribute("data-status") for row in rows}
    assert statuses == {
        "regelverk-0765-73-2025": "current",
        "ips-jmo-soknad": "old_version",
        "kartlegging-tilskudd-barn-unge-2015": "old_version",
        "voksne-langvarige-2019": "expired",
        "tilskuddskonferansen-2023": "old_version",
    }
    regelverk = page.find('#documents tr[data-document="regelverk-0765-73-2025"]')
    cells = [cell.text for cell in regelverk.find_elements(By.TAG_NAME, "td")]
    assert cells[0].startswith("Regelverk for tilskuddsordning")
    assert "Behandling og rehabilitering" in cells[1]
    assert cells[2] == "19. sep. 2025" and cells[3] == "Gjeldende"
    assert int(cells[4]) > 3 and cells[5] not in ("", "ukjent")
    assert page.find('#documents tr[data-document="voksne-langvarige-2019"] .doc-status').text == "Utløpt frist"
    schemes = page.find_all("#documents .schemes-list li")
    assert len(schemes) > 10 and any("0765-73" in s.text for s in schemes)
    # A title opens the whole document.
    page.find(".open-document", regelverk).click()
    page.wait(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#viewer-body .passage")) == int(cells[4]))


def test_the_api_docs_page_renders_offline(page: Page) -> None:
    page.driver.get(page.base_url + "/docs")
    title = page.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#swagger-ui .title"))[0]
    assert title.text.startswith("Regelverk")
    assert page.find_all("#swagger-ui .opblock-summary-path")
    resources: list[str] = page.driver.execute_script(
        "return performance.getEntriesByType('resource').map((e) => e.name)"
    )
    assert resources and all(url.startswith(page.base_url) for url in resources), resources
