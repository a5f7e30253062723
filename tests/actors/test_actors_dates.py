"""Dated offices: the article date decides whether a person still holds office."""

from __future__ import annotations

from datetime import date

import pytest

from redline.actors import ActorContext, load_kb


@pytest.mark.parametrize(
    ("alias", "day", "code", "sector", "name"),
    [
        ("Biden", "2022-07-04", "USA", "GOV", "Joe Biden"),
        ("Biden", "2026-02-01", "USA", "ELI", "Joe Biden"),  # former president
        ("Sunak", "2023-04-12", "GBR", "GOV", "Rishi Sunak"),
        ("Zelensky", "2022-03-01", "UKR", "GOV", "Volodymyr Zelensky"),
        ("Zelenskyy", "2024-09-30", "UKR", "GOV", "Volodymyr Zelensky"),
        ("Zelensky", "2016-01-01", "UKR", None, "Volodymyr Zelensky"),  # before office
        ("Netanyahu", "2024-01-15", "ISR", "GOV", "Benjamin Netanyahu"),
        ("Li", "2015-06-01", "CHN", "GOV", "Li Keqiang"),
        ("Li", "2024-06-01", "CHN", "GOV", "Li Qiang"),
        ("Clinton", "2011-01-01", "USA", "GOV", "Hillary Clinton"),
        ("Erdogan", "2010-01-01", "TUR", "GOV", "Recep Tayyip Erdoğan"),
        ("Stoltenberg", "2020-01-01", "NATO", "IGO", "Jens Stoltenberg"),
        ("Haniyeh", "2020-01-01", "HAMAS", "REB", "Ismail Haniyeh"),
        # late 1980s and Latin America, and recent changes of office
        ("Cristiani", "1990-02-01", "SLV", "GOV", "Alfredo Cristiani"),
        ("Cristiani", "1989-03-20", "SLV", None, "Alfredo Cristiani"),  # elected, not yet in office
        ("Ortega", "1987-06-01", "NIC", "GOV", "Daniel Ortega"),
        ("Ortega", "1999-06-01", "NIC", "OPP", "Daniel Ortega"),  # Sandinista opposition leader
        ("Ortega", "2020-06-01", "NIC", "GOV", "Daniel Ortega"),
        ("Noriega", "1988-04-01", "PAN", "MIL", "Manuel Noriega"),
        ("Bush", "1990-08-02", "USA", "GOV", "George H. W. Bush"),
        ("Bush", "2003-03-20", "USA", "GOV", "George W. Bush"),
        ("Gorbachev", "1989-12-02", "RUS", "GOV", "Mikhail Gorbachev"),
        ("Castro", "1987-01-01", "CUB", "GOV", "Fidel Castro"),
        ("Castro", "2012-01-01", "CUB", "GOV", "Raúl Castro"),
        ("Li", "1990-01-01", "CHN", "GOV", "Li Peng"),
        ("Thatcher", "1986-01-01", "GBR", "GOV", "Margaret Thatcher"),
        ("Perez de Cuellar", "1988-08-08", "UN", "IGO", "Javier Pérez de Cuéllar"),
        ("Gaviria", "1992-01-01", "COL", "GOV", "César Gaviria"),
        ("Gaviria", "1999-01-01", "OAS", "IGO", "César Gaviria"),  # later OAS secretary general
        ("Aoun", "2020-01-01", "LBN", "GOV", "Michel Aoun"),
        ("Aoun", "2023-06-01", "LBN", "MIL", "Joseph Aoun"),  # army chief during the vacancy
        ("Aoun", "2025-06-01", "LBN", "GOV", "Joseph Aoun"),
        ("Boluarte", "2025-12-01", "PER", "ELI", "Dina Boluarte"),
    ],
)
def test_office_by_date(alias, day, code, sector, name):
    entry = load_kb().lookup(alias, date.fromisoformat(day))
    assert (entry.code, entry.sector, entry.name) == (code, sector, name)


def test_no_date_uses_most_recent_office():
    entry = load_kb().lookup("Putin", None)
    assert entry.office == "President" and entry.start == date(2012, 5, 7)


def test_dated_group_role():
    kb = load_kb()
    assert kb.lookup("Taliban", date(2015, 1, 1)).sector == "REB"
    assert kb.lookup("Taliban", date(2023, 1, 1)).sector == "GOV"


def test_case_sensitive_surnames(nlp):
    ctx = ActorContext("2018-02-01")
    doc = nlp("Theresa May met Macron in May.")
    (may,) = ctx.resolve(doc[1])
    assert (may.code, may.name) == ("GBR", "Theresa May")
    assert load_kb().lookup("may", date(2018, 2, 1)) is None


def test_resolver_uses_article_date(nlp):
    doc = nlp("Biden met the delegation.")
    assert ActorContext("2021-06-01").resolve(doc[0])[0].sector == "GOV"
    assert ActorContext("2027-06-01").resolve(doc[0])[0].sector == "ELI"
    assert ActorContext("not a date").resolve(doc[0])[0].sector == "GOV"
