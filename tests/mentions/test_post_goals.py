"""Grant posts a letter ties to a goal ('Post 70 skal bidra til mål 2, post 71 til mål 1') are grant schemes
of that goal; so are funds on a transfer post tied to a goal by its printed code. The letters are invented (a
museum agency, a coastal nature directorate)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

LETTER = """Kulturdepartementet

Deres ref          Vår ref           Dato
                   24/55             16.12.2024

Tildelingsbrev 2025 – Museumsetaten

2 Mål
Mål 1 Samlingene er sikret og tilgjengelige for alle
Mål 2 Museene når nye grupper av publikum

4 Budsjett
Tabell 3 Tildeling 2025 (i 1 000 kr)

Kap.  Post  Betegnelse                                          Tildeling 2025
328         Museumsetaten
      01    Driftsutgifter                                              61 200
      70    Tilskudd til formidling i museene, kan overføres            12 500
      71    Tilskudd til sikring av samlinger                            4 000
      72    Tilskudd til museumsbygg                                     9 000

Post 70 skal bidra til mål 2, post 71 til mål 1. Bevilgningen på post 72 er økt.
"""


def test_grant_posts_tied_to_a_goal_are_schemes_of_that_goal() -> None:
    found = entities_of("brev.txt", LETTER)
    schemes = {e.label: e for e in found if e.type == "GrantScheme"}
    assert set(schemes) == {"Tilskudd til formidling i museene", "Tilskudd til sikring av samlinger"}
    goals = {label: {link.target_label.split(":")[0] for link in e.links if link.predicate == "supportsGoal"}
             for label, e in schemes.items()}
    assert goals == {"Tilskudd til formidling i museene": {"Mål 2"}, "Tilskudd til sikring av samlinger": {"Mål 1"}}


CODED_LETTER = """Klima- og miljødepartementet

Deres ref          Vår ref           Dato
                   24/81             18.12.2024

Tildelingsbrev 2025 – Direktoratet for kystnatur

2 Mål og styringsparametere
Direktoratet skal i 2025 arbeide mot disse virksomhetsmålene:
  • VM1 Kystnaturen er kartlagt og kunnskapen er tilgjengelig for kommunene
  • VM2 Flere naturområder langs kysten er restaurert

3 Oppdrag

Oppdrag 1 – Kartleggingsveileder
Direktoratet skal utarbeide en veileder for kommunal kartlegging av strandsoner. Veilederen
skal bidra til å nå VM1 og utarbeides sammen med KS.
Frist: 15. juni 2025

Oppdrag 2 – Restaureringsuke
Direktoratet skal gjennomføre en nasjonal restaureringsuke med frivillige lag.
Oppdraget knytter seg til VM2.
Frist: 1. november 2025

5 Budsjett
Tabell 1 Tildelte midler 2025
Kap./post   Betegnelse                                                   Beløp (kr)
1422.01     Driftsutgifter                                               88 000 000
1422.70     Lokale restaureringsmidler, kan overføres                    31 500 000

Post 70 finansierer tilskuddsordningen Lokale restaureringsmidler, som skal bidra til VM2.
"""


def test_funds_on_a_transfer_post_tied_to_a_goals_code_are_a_scheme_and_assignments_take_the_code_they_name() -> None:
    found = entities_of("brev.txt", CODED_LETTER)
    schemes = {e.label: e for e in found if e.type == "GrantScheme"}
    assert set(schemes) == {"Lokale restaureringsmidler"}
    targets = {link.target_label for link in schemes["Lokale restaureringsmidler"].links
               if link.predicate == "supportsGoal"}
    assert [t.split(": ", 1)[1] for t in targets] == ["Flere naturområder langs kysten er restaurert"]
    assignments = {e.attr("code"): {link.target_label.split(": ", 1)[1] for link in e.links
                                    if link.predicate == "underGoal"} for e in found if e.type == "Assignment"}
    assert assignments == {"1": {"Kystnaturen er kartlagt og kunnskapen er tilgjengelig for kommunene"},
                           "2": {"Flere naturområder langs kysten er restaurert"}}


NAMED_POST_LETTER = """Kunnskapsdepartementet

Deres ref          Vår ref           Dato
                   24/90             19.12.2024

Tildelingsbrev 2025 – Direktoratet for voksnes læring

2 Mål
Mål 1 Voksne får tilgang til fleksibel opplæring i hele landet

3 Tilskuddsforvaltning
Fagløft voksne (kap. 265, post 60) skal bidra til mål 1.

4 Budsjett
Kap.  Post  Betegnelse                                               Tildeling 2025
265         Direktoratet for voksnes læring
      01    Driftsutgifter                                                   61 200
      60    Tilskudd til fylkeskommuner – Fagløft voksne                     96 400
"""


def test_a_post_text_naming_the_scheme_after_a_dash_gives_the_schemes_own_name() -> None:
    schemes = [e for e in entities_of("brev.txt", NAMED_POST_LETTER) if e.type == "GrantScheme"]
    assert [(e.label, e.alt_labels) for e in schemes] == [
        ("Fagløft voksne", ("Tilskudd til fylkeskommuner – Fagløft voksne",))]


LIST_LETTER = """Kulturdepartementet

Deres ref          Vår ref           Dato
                   24/77             18.12.2024

Tildelingsbrev 2025 – Direktoratet for fritid

2 Mål
Mål 1 Flere barn deltar i fritidsaktiviteter
Mål 2 Frivilligheten har gode rammevilkår

4 Budsjett
Kap.  Post  Betegnelse                                                Tildeling 2025
860   01    Driftsutgifter                                                    61 200
      70    Tilskudd til fritidsklubber                                       22 500
      72    Tilskudd til lokale møteplasser og fritidsarenaer, kan            87 200
            overføres

Tilskuddsordningene på postene 70 og 72 skal bidra til mål 1.
"""


def test_a_sentence_tying_a_list_of_posts_to_a_goal_ties_each_and_a_wrapped_remark_is_left_out() -> None:
    schemes = {e.label: {link.target_label.split(":")[0] for link in e.links if link.predicate == "supportsGoal"}
               for e in entities_of("brev.txt", LIST_LETTER) if e.type == "GrantScheme"}
    assert schemes == {"Tilskudd til fritidsklubber": {"Mål 1"},
                       "Tilskudd til lokale møteplasser og fritidsarenaer": {"Mål 1"}}


SERVING_LETTER = """Nærings- og fiskeridepartementet

Tildelingsbrev 2026 – Hamnedirektoratet

2 Mål
Virksomhetsmål 1 Havnene er trygge å bruke
Virksomhetsmål 2 Flere fiskere bruker de små havnene

Tilskudd til mudring i små havner og det nye Havnekartet er de viktigste
virkemidlene for virksomhetsmål 2. Kaiforny-
ingsordningen skal understøtte virksomhetsmål 1. Tilskudd til isfrie
havner er omtalt i kapittel 4.

4 Budsjett
Kap.   Post   Betegnelse                                           Beløp
930    01     Driftsutgifter                                  48 600 000
930    60     Tilskudd til mudring i små havner               25 000 000
930    61     Kaifornyingsordningen                           30 000 000
930    62     Tilskudd til isfrie havner                      12 000 000
"""


def test_a_sentence_naming_grant_posts_by_their_texts_ties_them_to_the_goal_it_names() -> None:
    found = {e.label: e for e in entities_of("brev.txt", SERVING_LETTER) if e.type == "GrantScheme"}
    goal_of = {label: {link.target_label for link in e.links if link.predicate == "supportsGoal"}
               for label, e in found.items()}
    assert goal_of["Tilskudd til mudring i små havner"] == {
        "Virksomhetsmål 2: Flere fiskere bruker de små havnene"}
    assert goal_of["Kaifornyingsordningen"] == {"Virksomhetsmål 1: Havnene er trygge å bruke"}
    # a post no sentence ties to a goal stays a budget post only
    assert "Tilskudd til isfrie havner" not in goal_of or not goal_of["Tilskudd til isfrie havner"]


HEADED_POSTS = """Klima- og miljødepartementet

Tildelingsbrev 2023 – Fyrsenteret

2 Mål
Virksomhetsmål 1: Fyrstasjonene langs kysten er tatt vare på
Virksomhetsmål 2: Flere kjenner fyrhistorien

4 Tildeling
Tabell 1 Bevilgning 2023 (i 1000 kr)
Kap.    Post    Betegnelse                                              Beløp
1438    01      Driftsutgifter                                         31 200
1438    70      Tilskudd til fyrforeninger                             12 400
1438    71      Tilskudd til fyrformidling,                             3 750
                kan overføres
Post 70 Tilskudd til fyrforeninger
Tilskuddsordningen skal bidra til at lokale foreninger kan holde fyrstasjoner i
drift. Ordningen er knyttet til virksom-
hetsmål 1. Minst halvparten av midlene skal gå til istandsetting.

Post 71 Tilskudd til fyrformidling
Tilskudd til fyrformidling skal stimulere til formidling for barn og unge, og er
knyttet til virksomhetsmål 2.
"""


def test_a_posts_heading_over_a_paragraph_that_ties_the_scheme_to_a_goal() -> None:
    schemes = {e.label: e for e in entities_of("brev.txt", HEADED_POSTS) if e.type == "GrantScheme"}
    goals = {label: {link.target_label.split(":")[0] for link in e.links if link.predicate == "supportsGoal"}
             for label, e in schemes.items()}
    assert goals == {"Tilskudd til fyrforeninger": {"Virksomhetsmål 1"},
                     "Tilskudd til fyrformidling": {"Virksomhetsmål 2"}}
