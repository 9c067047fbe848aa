"""An envoy's figure with no owner named is the state he serves in (whose.envoy_host): "U.S. Ambassador X said the
deficit would narrow" in a story on Thailand is Thailand's figure, stated by the United States' envoy; an envoy to an
organisation, or one in a story about his own state, speaks for his own state. Sentences written for these tests."""
import pytest

from helpers import pipeline_roles

ENVOY_IN_HOST = [  # (article, figure, actor, target)
    ("BANGKOK, May 4 - Thailand's economy is set to recover this year, U.S. Ambassador Robert Godec told reporters. "
     "Godec said the budget deficit would narrow to about 3% of GDP next year.", "3% of GDP", "USA", "THA"),
    ("NAIROBI, May 4 - Kenya's finances are improving, said Jane Porter, Britain's ambassador to Kenya. "
     "Porter said the budget deficit would narrow to 4.3% of GDP next year.", "4.3% of GDP", "GBR", "KEN"),
    ("The Philippines will grow faster than its neighbours, said Tom Hale, the U.S. envoy to the Philippines. "
     "The Philippines has cut tariffs twice. Hale said public debt would fall to about 55% of GDP by 2027.",
     "55% of GDP", "USA", "PHL"),
]


@pytest.mark.parametrize("text,figure,actor,target", ENVOY_IN_HOST)
def test_envoy_speaks_of_the_state_he_serves_in(text, figure, actor, target):
    assert pipeline_roles(text, figure) == (actor, target)


OWN_STATE = [  # an envoy to an organisation; an envoy in a story about his own state
    ("Canadian Ambassador to NATO David Angell spoke in Brussels on Tuesday. Angell said defence spending would reach "
     "2% of GDP this year.", "2% of GDP", "CAN"),
    ("OTTAWA, June 3 - Kirsten Hillman, Canada's ambassador to the United States, met lawmakers in Washington on "
     "Tuesday. Hillman said the deficit would fall to 1.5% of GDP this fiscal year.", "1.5% of GDP", "CAN"),
]


@pytest.mark.parametrize("text,figure,code", OWN_STATE)
def test_envoy_speaks_for_his_own_state(text, figure, code):
    assert pipeline_roles(text, figure) == (code, code)


from pipeline.claims.whose import envoy_title


@pytest.mark.parametrize("text,host", [
    ("Jane Doe, the U.S. ambassador to the Philippines, said rates would fall.", "the Philippines"),
    ("The ambassador to Japan, Jane Doe, said rates would fall.", "Japan"),
    ("Ambassador Jane Doe said rates would fall.", ""),
    ("Jane Doe said rates would fall.", None),
])
def test_envoy_title_reads_the_host_named_after_to(text, host):
    span = envoy_title(text, "Doe")
    assert (None if span is None else text[slice(*span)] if span else "") == host


def test_an_envoy_the_gazetteer_knows_needs_no_state_before_his_title():
    # (introduced.introductions skips names the gazetteer knows: the envoy's title is read by whose.envoy_title)
    text = ("TOKYO, May 4 - Japan's economy will recover this year, Ambassador Rahm Emanuel told reporters. "
            "Emanuel said the budget deficit would narrow to about 3% of GDP next year.")
    assert pipeline_roles(text, "3% of GDP") == ("USA", "JPN")
