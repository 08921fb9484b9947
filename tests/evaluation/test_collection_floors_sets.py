"""Extraction over tuning sets 6-47 must not fall below these floors.

Each set was written by an annotator who had not seen the output (set 12 was the held-out set until
2026-12-05, set 16 until it was measured once that day, sets 17 to 26 until each was measured once on
2026-12-06; sets 27 to 31 were tuned on from their first run; sets 32, 33 and 35 were the held-out set until
their one measurement; sets 34, 36 and 37 were tuned on from their first run, as was set 46; sets 38 to 45 and 47 were
the held-out set until they were measured on 2026-12-06); the rules were then developed
against them, so these are development figures, measured when the floors were set (last raised to the figures
of 2026-12-06) and rounded down. Floors only ever go up. The held-out set (``collection-heldout``) is measured,
never tuned on, and has no floors.
"""

from __future__ import annotations

import pytest

from kg.evaluation.collection import collection_report

# set: (goals+parameters+grants+reports F1, all entities precision, all entities recall, document fields missed)
TOTALS = {
    "collection6": (0.98, 0.98, 0.96, 0),
    "collection7": (0.98, 0.98, 1.0, 0),
    "collection8": (1.0, 0.98, 0.97, 0),
    "collection9": (0.95, 0.96, 0.94, 0),
    "collection10": (0.98, 0.97, 0.95, 0),
    "collection11": (1.0, 1.0, 0.9, 0),
    "collection12": (0.97, 0.98, 0.88, 0),
    "collection13": (0.97, 0.97, 0.89, 1),
    "collection14": (0.99, 0.97, 0.86, 0),
    "collection15": (0.97, 1.0, 0.86, 2),
    "collection16": (0.95, 0.96, 0.92, 1),
    "collection17": (0.97, 0.9, 0.92, 1),
    "collection18": (0.97, 0.92, 0.93, 0),
    "collection19": (0.97, 0.89, 0.95, 1),
    "collection20": (0.96, 0.9, 0.92, 0),
    "collection21": (0.98, 0.97, 0.97, 0),
    "collection22": (0.98, 0.97, 0.89, 2),
    "collection23": (0.97, 0.97, 0.98, 0),
    "collection24": (0.97, 0.96, 0.94, 0),
    "collection25": (1.0, 0.99, 0.98, 0),
    "collection26": (0.99, 0.97, 0.99, 0),
    "collection27": (0.94, 0.98, 0.93, 0),
    "collection28": (0.96, 0.84, 0.98, 0),
    "collection29": (0.9, 0.96, 0.83, 1),
    "collection30": (0.98, 0.92, 0.93, 0),
    "collection31": (0.93, 0.96, 0.78, 0),
    "collection32": (0.92, 0.95, 0.89, 0),
    "collection33": (0.96, 0.97, 0.9, 0),
    "collection34": (0.94, 0.93, 0.85, 0),
    "collection35": (0.96, 1.0, 0.9, 0),
    "collection36": (0.93, 0.94, 0.92, 0),
    "collection37": (0.96, 0.97, 0.87, 0),
    "collection38": (0.98, 0.96, 0.94, 0),
    "collection39": (0.98, 0.94, 0.97, 0),
    "collection40": (0.88, 0.97, 0.81, 0),
    "collection41": (1.0, 1.0, 0.95, 0),
    "collection42": (1.0, 0.97, 0.93, 0),
    "collection43": (0.97, 0.94, 0.93, 1),
    "collection44": (0.89, 0.91, 0.8, 1),
    "collection45": (0.98, 1.0, 0.94, 0),
    "collection46": (0.95, 0.96, 0.91, 1),
    "collection47": (0.94, 0.9, 0.91, 0),
}
# set: {type, link or alignment: (precision, recall)}
SCORES = {
    "collection6": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "goal→broader goal": (1.0, 1.0),
                    "parameter→goal": (1.0, 1.0), "alignment: Goal": (1.0, 1.0), "alignment: other types": (1.0, 0.78)},
    "collection7": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "Assignment": (1.0, 1.0),
                    "assignment→goal": (1.0, 1.0), "alignment: Goal": (1.0, 1.0), "alignment: other types": (1.0, 1.0)},
    "collection8": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "parameter→goal": (1.0, 1.0),
                    "assignment→goal": (1.0, 1.0), "alignment: Goal": (1.0, 1.0), "alignment: other types": (1.0, 0.92)},
    "collection9": {"Goal": (1.0, 1.0), "goal→broader goal": (1.0, 1.0), "alignment: Goal": (1.0, 1.0)},
    "collection10": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "goal→broader goal": (1.0, 1.0),
                     "parameter→goal": (1.0, 1.0), "assignment→goal": (1.0, 1.0), "alignment: Goal": (1.0, 1.0)},
    "collection11": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "alignment: Goal": (1.0, 1.0)},
    "collection12": {"Goal": (1.0, 0.94), "SteeringParameter": (1.0, 1.0), "parameter→goal": (1.0, 0.91),
                     "alignment: Goal": (1.0, 0.87)},
    "collection13": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "Assignment": (1.0, 1.0),
                     "assignment→goal": (1.0, 1.0), "Measure": (0.88, 0.75)},
    "collection14": {"SteeringParameter": (1.0, 1.0), "Assignment": (1.0, 1.0), "parameter→goal": (1.0, 1.0),
                     "alignment: Goal": (1.0, 1.0)},
    "collection15": {"Goal": (1.0, 1.0), "Report": (1.0, 1.0), "Measure": (1.0, 0.86), "alignment: Goal": (1.0, 0.66)},
    "collection16": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "Assignment": (1.0, 1.0),
                     "alignment: Goal": (1.0, 1.0)},
    "collection17": {"Goal": (1.0, 1.0), "Assignment": (1.0, 1.0), "Report": (1.0, 1.0), "BudgetPost": (1.0, 1.0),
                     "alignment: Goal": (1.0, 1.0)},
    "collection18": {"SteeringParameter": (1.0, 1.0), "BudgetPost": (1.0, 1.0), "Assignment": (1.0, 1.0),
                     "goal→broader goal": (1.0, 1.0), "Measure": (0.93, 0.75)},
    "collection19": {"SteeringParameter": (1.0, 1.0), "BudgetPost": (1.0, 1.0), "Assignment": (1.0, 1.0),
                     "GrantScheme": (0.8, 1.0), "alignment: other types": (1.0, 0.93)},
    "collection20": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "Report": (1.0, 1.0),
                     "parameter→goal": (1.0, 1.0), "evaluation→evaluated thing": (1.0, 1.0), "alignment: Goal": (1.0, 1.0)},
    "collection21": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "Report": (1.0, 1.0),
                     "parameter→goal": (1.0, 1.0), "goal→broader goal": (1.0, 1.0), "alignment: Goal": (1.0, 1.0)},
    "collection22": {"SteeringParameter": (1.0, 1.0), "BudgetPost": (1.0, 1.0), "Assignment": (1.0, 1.0),
                     "assignment→goal": (1.0, 1.0)},
    "collection23": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "parameter→goal": (1.0, 1.0),
                     "goal→broader goal": (1.0, 1.0), "alignment: Goal": (1.0, 1.0)},
    "collection24": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 0.95), "Report": (1.0, 0.93),
                     "report→goal": (1.0, 1.0), "alignment: Goal": (1.0, 1.0)},
    "collection25": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "Assignment": (1.0, 1.0),
                     "goal→broader goal": (1.0, 1.0), "parameter→goal": (1.0, 0.94), "assignment→goal": (1.0, 1.0),
                     "alignment: Goal": (1.0, 1.0)},
    "collection26": {"Goal": (1.0, 1.0), "SteeringParameter": (0.95, 1.0), "Assignment": (1.0, 1.0),
                     "parameter→goal": (1.0, 1.0), "goal→broader goal": (1.0, 1.0), "alignment: Goal": (1.0, 1.0)},
    "collection27": {"Goal": (1.0, 0.88), "SteeringParameter": (1.0, 1.0), "Assignment": (1.0, 1.0),
                     "parameter→goal": (1.0, 1.0)},
    "collection28": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "parameter→goal": (1.0, 1.0),
                     "goal→broader goal": (1.0, 1.0), "alignment: Goal": (1.0, 1.0)},
    "collection29": {"SteeringParameter": (1.0, 0.92), "parameter→goal": (1.0, 0.92), "goal→broader goal": (1.0, 0.87)},
    "collection30": {"SteeringParameter": (1.0, 1.0), "parameter→goal": (1.0, 1.0), "goal→broader goal": (1.0, 1.0)},
    "collection31": {"SteeringParameter": (1.0, 1.0), "parameter→goal": (1.0, 1.0)},
    "collection32": {"Goal": (1.0, 0.85), "SteeringParameter": (1.0, 0.95), "parameter→goal": (1.0, 0.86)},
    "collection33": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 0.94), "Report": (1.0, 1.0),
                     "goal→broader goal": (1.0, 1.0), "parameter→goal": (0.94, 0.94), "alignment: Goal": (1.0, 1.0)},
    "collection34": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "Assignment": (1.0, 0.84),
                     "parameter→goal": (1.0, 1.0), "alignment: Goal": (1.0, 1.0)},
    "collection35": {"Goal": (1.0, 1.0), "GrantScheme": (1.0, 1.0), "Assignment": (1.0, 0.85),
                     "alignment: Goal": (1.0, 1.0)},
    "collection36": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "Assignment": (0.93, 0.93),
                     "parameter→goal": (1.0, 0.81), "assignment→goal": (1.0, 0.83)},
    "collection37": {"Goal": (1.0, 1.0), "Assignment": (1.0, 1.0), "parameter→goal": (1.0, 1.0),
                     "goal→broader goal": (1.0, 1.0)},
    "collection38": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "BudgetPost": (1.0, 1.0),
                     "Assignment": (1.0, 1.0), "Report": (1.0, 1.0), "parameter→goal": (1.0, 1.0),
                     "grant→goal": (1.0, 1.0), "assignment→goal": (1.0, 1.0), "evaluation→goal": (1.0, 1.0),
                     "alignment: Goal": (1.0, 1.0)},
    "collection39": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "Assignment": (1.0, 1.0),
                     "goal→broader goal": (1.0, 1.0), "parameter→goal": (1.0, 1.0), "assignment→goal": (1.0, 1.0),
                     "alignment: Goal": (1.0, 1.0), "alignment: other types": (1.0, 1.0)},
    "collection40": {"SteeringParameter": (1.0, 1.0), "Report": (1.0, 1.0), "parameter→goal": (1.0, 0.77),
                     "evaluation→evaluated thing": (1.0, 1.0), "alignment: other types": (1.0, 0.7)},
    "collection41": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "GrantScheme": (1.0, 1.0),
                     "Assignment": (1.0, 1.0), "Report": (1.0, 1.0), "parameter→goal": (1.0, 1.0),
                     "grant→goal": (1.0, 1.0), "report→goal": (1.0, 1.0), "evaluation→goal": (1.0, 1.0),
                     "evaluation→evaluated thing": (1.0, 1.0), "alignment: Goal": (1.0, 1.0),
                     "alignment: other types": (1.0, 1.0)},
    "collection42": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "GrantScheme": (1.0, 1.0),
                     "BudgetPost": (1.0, 1.0), "Assignment": (1.0, 1.0), "Report": (1.0, 1.0),
                     "parameter→goal": (1.0, 1.0), "goal→broader goal": (1.0, 1.0), "evaluation→goal": (1.0, 1.0),
                     "evaluation→evaluated thing": (1.0, 1.0), "grant→goal": (1.0, 1.0), "alignment: Goal": (1.0, 1.0),
                     "alignment: other types": (1.0, 0.83)},
    "collection43": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "GrantScheme": (1.0, 1.0),
                     "BudgetPost": (1.0, 1.0), "Assignment": (1.0, 1.0), "goal→broader goal": (1.0, 1.0),
                     "parameter→goal": (1.0, 1.0), "measure→goal": (1.0, 0.88), "alignment: Goal": (1.0, 1.0),
                     "alignment: other types": (0.87, 0.87)},
    "collection44": {"Goal": (1.0, 0.75), "SteeringParameter": (1.0, 1.0), "parameter→goal": (1.0, 1.0),
                     "report→goal": (1.0, 1.0), "evaluation→goal": (1.0, 1.0)},
    "collection45": {"Goal": (1.0, 1.0), "SteeringParameter": (1.0, 1.0), "GrantScheme": (1.0, 0.88),
                     "BudgetPost": (1.0, 1.0), "Assignment": (1.0, 1.0), "Report": (1.0, 1.0),
                     "goal→broader goal": (1.0, 1.0), "parameter→goal": (1.0, 1.0), "assignment→goal": (1.0, 1.0),
                     "evaluation→evaluated thing": (1.0, 1.0), "alignment: Goal": (1.0, 1.0),
                     "alignment: other types": (1.0, 0.76)},
    "collection46": {"Goal": (1.0, 1.0), "GrantScheme": (1.0, 1.0), "Assignment": (1.0, 1.0), "Report": (1.0, 1.0),
                     "goal→broader goal": (1.0, 1.0), "parameter→goal": (1.0, 0.71),
                     "evaluation→evaluated thing": (1.0, 1.0), "alignment: Goal": (1.0, 0.8)},
    "collection47": {"SteeringParameter": (1.0, 1.0), "GrantScheme": (0.69, 1.0), "BudgetPost": (1.0, 1.0),
                     "Assignment": (1.0, 1.0), "Report": (1.0, 1.0), "parameter→goal": (1.0, 1.0),
                     "goal→broader goal": (1.0, 1.0), "evaluation→evaluated thing": (1.0, 1.0)},
}


@pytest.mark.parametrize("name", sorted(TOTALS))
def test_set_floors(name: str) -> None:
    report = collection_report(name)[1]
    core_f1, precision, recall, fields_missed = TOTALS[name]
    assert sum(n - ok for ok, n in report.metadata.values()) <= fields_missed, report.metadata
    assert report.total(("Goal", "SteeringParameter", "GrantScheme", "Report")).f1 >= core_f1
    everything = report.total()
    assert everything.precision >= precision and everything.recall >= recall, report.table()
    scores = {s.name: s for s in [*report.per_type(), *report.links, *report.alignment]}
    low = {k: (round(scores[k].precision, 2), round(scores[k].recall, 2)) for k, (p, r) in SCORES[name].items()
           if scores[k].precision < p - 1e-9 or scores[k].recall < r - 1e-9}
    assert low == {}, f"below the floors: {low}"
