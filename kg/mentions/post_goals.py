"""Grant schemes an allocation letter funds through a budget post and ties to a goal.

After the budget table a letter often says which goal each grant post serves: *Post 62 skal bidra til mål 1,
post 70 til mål 3 og post 73 til mål 2* or *Tilskuddet på post 70 skal bidra til mål 1.* A post so tied whose
text names a grant (*Tilskudd til …*, *…tilskudd*, or funds on a transfer post: *Lokale …midler* on post 70) is
a grant scheme of that name (its budget remark, *kan overføres*, left out), with the post's amount for the year
and the goal the sentence gives. So is a grant post whose text a sentence names before the one goal it serves
(*Bolystordningen skal understøtte virksomhetsmål 2*, *… er de viktigste virkemidlene for virksomhetsmål 1*). A
post the text ties to no goal stays a budget post only.
"""

from __future__ import annotations

import re

from kg.documents.base import Document
from kg.mentions.base import Extraction, Key, Link, Mention
from kg.mentions.goal_rows import GOAL_CODE, printed_goal_keys
from kg.mentions.goals import goal_key
from kg.mentions.printed import Citer
from kg.mentions.text import clean, grant_key
from kg.passages.base import Passage

# ('skal medverke til delmål 2.1': Nynorsk; a sub-goal's number keeps its point)
SENTENCE = re.compile(r"(?:[^.!?]|(?<=\d)\.(?=\d))*\b(?:bidra|medverke)\s+til\b(?:[^.!?]|(?<=\d)\.(?=\d))*"
                      r"(?:[.!?]|$)", re.IGNORECASE)
# ('Tilskuddsordningene på postene 70 og 72 … skal bidra til mål 3': each post of a list)
PAIR = re.compile(r"\bpost(?:en|ene)?\s+(?P<post>\d{2}(?:\s*(?:,|og)\s*\d{2})*)\b(?:(?!\bpost(?:en|ene)?\s+\d)[^;])*?"
                  r"\btil\s+"
                  r"(?:(?:hoved|hovud|virksomhets|verksemds|del)?mål(?:et)?\s+(?P<num>\d{1,2}(?:\.\d{1,2})?)"
                  r"|(?P<code>(?-i:" + GOAL_CODE + r")))\b",
                  re.IGNORECASE)
GRANT_TEXT = re.compile(r"^(?:[A-ZÆØÅ]\w*tilsk(?:udd|ot)\w*|Tilsk(?:udd|ot))\b")
# (', kan' alone where the remark's last word wrapped onto the next line)
REMARK = re.compile(r",?\s*(?:kan(?:\s+(?:overføres|overførast|nyttes\b.*|nyttast\b.*))?|overslagsbevilgning|"
                    r"overslagsløyving)\s*$", re.IGNORECASE)
NAMED_AFTER_DASH = re.compile(r"^[A-ZÆØÅ][^–]+?\s+[–-]\s+(?P<name>[A-ZÆØÅ][\wæøå]+(?:\s+[\wæøå]+){0,4})$")
# a transfer post (60–89) whose text ends in a word for funds ('Lokale forebyggingsmidler')
FUNDS_TEXT = re.compile(r"\w*(?:midler|midlar|støtte|stønad|stipend|ordningen|ordninga)$", re.IGNORECASE)
# 'Bolystordningen skal understøtte virksomhetsmål 2.', '… er de viktigste virkemidlene for virksomhetsmål 1.': a
# sentence (never past a blank line) that names grant posts by their texts, and the one goal they serve after them
SERVING = re.compile(r"(?:[^.!?\n]|\n(?![ \t]*\n)|(?<=\d)\.(?=\d))+?(?:\b(?:skal|skulle)\s+(?:bidra|medverke)\s+til"
                     r"|\b(?:skal|skulle)\s+(?:understøtte|støtte\s+opp\s+under)|\bvirkemid(?:del|delet|lene|la)\s+for)")
# 'Post 70 Tilskudd til …' on a line of its own over the paragraph that describes it, whose sentence ties the scheme
# or the post to a goal ('Ordningen er knyttet til virksomhetsmål 1.', '… og er knyttet til virksomhetsmål 2.')
POST_HEADING = re.compile(r"^[ \t]*Post[ \t]+(?P<post>\d{2})[ \t]+\S[^\n]*\n(?P<body>(?:[ \t]*\S[^\n]*\n?){1,8})",
                          re.MULTILINE)
BODY_TIE = re.compile(r"\b(?:er|blir)\s+knyt(?:tet|t|a)\s+til\s+"
                      r"(?:(?:hoved|hovud|virksomhets|verksemds|del)?mål(?:et)?\s+(?P<num>\d{1,2}(?:\.\d{1,2})?)"
                      r"|(?P<code>(?-i:" + GOAL_CODE + r")))\b(?!\s*(?:og|,)\s*\d)",
                      re.IGNORECASE)
GOAL_NAMED = re.compile(r"\b(?:hoved|hovud|virksomhets|verksemds|del)?mål(?:et)?\s+(?P<num>\d{1,2}(?:\.\d{1,2})?)\b"
                        r"(?!\s*(?:og|,)\s*\d)", re.IGNORECASE)


def _grant_post(m: Mention) -> bool:
    text = str(m.attr("post_text") or "")
    post = str(m.attr("post") or "")
    return GRANT_TEXT.match(text) is not None or (
        post.isdigit() and 60 <= int(post) <= 89 and FUNDS_TEXT.search(REMARK.sub("", text).strip()) is not None)


def post_goal_mentions(document: Document, passages: list[Passage], found: Extraction) -> Extraction:
    """A grant scheme for each grant post the letter ties to a goal, linked to that goal."""
    out = Extraction()
    if document.kind != "tildelingsbrev":
        return out
    posts: dict[str, list[Mention]] = {}
    for m in found.mentions:
        if m.type == "BudgetPost" and _grant_post(m):
            posts.setdefault(str(m.attr("post")), []).append(m)
    if not posts:
        return out
    citer = Citer(passages, document.text)
    # 'til VM1': the goal the letter prints with that code
    coded = printed_goal_keys(found.mentions)
    paired: set[str] = set()
    for sentence in SENTENCE.finditer(document.text):
        for pair in PAIR.finditer(sentence.group()):
            goal = _goal(pair, document.id, coded)
            if goal is None:
                continue
            for number in re.findall(r"\d{2}", pair.group("post")):
                paired.add(number)
                _tie(out, posts.get(number, []), goal, sentence.start() + pair.start(), sentence.start() + pair.end(),
                     citer)
    for hm in POST_HEADING.finditer(document.text):
        body = re.sub(r"-\n\s*", "", hm.group("body"))  # 'virksom-' / 'hetsmål 1'
        ties = list(BODY_TIE.finditer(body))
        if len(ties) == 1 and hm.group("post") not in paired:
            goal = _goal(ties[0], document.id, coded)
            if goal is not None:
                _tie(out, posts.get(hm.group("post"), []), goal, hm.start(), hm.end(), citer)
    tied = {m.key[1] for m in out.mentions}
    for sm in SERVING.finditer(document.text):
        rest = document.text[sm.end(): sm.end() + 80]
        goals = GOAL_NAMED.findall(re.split(r"[.!?](?=\s)", rest, maxsplit=1)[0])
        if len(goals) != 1:
            continue
        said = " ".join(clean(sm.group()).lower().split())
        goal = goal_key(document.id, int(goals[0]) if goals[0].isdigit() else goals[0])
        for rows in posts.values():
            name = REMARK.sub("", str(rows[0].attr("post_text"))).strip().lower()
            if rows[0].key[1] not in tied and re.search(rf"(?<![\wæøå]){re.escape(name)}(?![\wæøå])", said):
                _tie(out, rows, goal, sm.start(), sm.end() + len(rest.split(goals[0], 1)[0]) + len(goals[0]), citer)
    return out


def _goal(m: re.Match[str], doc: str, coded: dict[str, Key]) -> Key | None:
    """The goal a match names by its number ('mål 2') or by the code the letter prints for it ('VM1')."""
    num = m.group("num")
    return goal_key(doc, int(num) if num.isdigit() else num) if num else coded.get(m.group("code"))


def _tie(out: Extraction, rows: list[Mention], goal: Key, start: int, end: int, citer: Citer) -> None:
    """The scheme of a grant post the sentence from ``start`` to ``end`` ties to ``goal``, linked to it."""
    if len({m.key for m in rows}) != 1:
        return  # no grant post of that number, or one in each of two chapters
    row = rows[0]
    name = REMARK.sub("", str(row.attr("post_text"))).strip()
    attrs: tuple[tuple[str, object], ...] = (("granted_nok", row.attr("allocated_nok")),
                                             ("year", row.attr("year")))
    named = NAMED_AFTER_DASH.match(name)
    if named:  # 'Tilskudd til fylkeskommuner – Fagløft voksne': the scheme's own name after the dash
        name, attrs = named.group("name"), (*attrs, ("alias", name))
    key: Key = ("GrantScheme", grant_key(name))
    out.mentions.append(Mention("GrantScheme", key, name, row.span, "grant.post-tied-to-goal", 0.85, attrs))
    span = citer.span(start, end)
    if span is not None:
        out.links.append(Link(key, "supportsGoal", (*goal[:1], span.doc, *goal[2:]), span,
                              "grant.post-tied-to-goal", 0.85))
