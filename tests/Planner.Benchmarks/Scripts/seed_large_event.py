#!/usr/bin/env python3
"""Seeds, through Planner's API, the event the whole-process benchmark prints: 60 delegations of 70 people
(4,200 delegates) at a meeting in Tashkent, named as the benchmarks' in-memory list of participants
(BenchmarkDocuments.Participants). Prints the event's id.

    python3 seed_large_event.py http://127.0.0.1:5080 TOKEN
"""
import json
import sys
import urllib.error
import urllib.request

BASE, TOKEN = sys.argv[1].rstrip("/"), sys.argv[2]


def call(method, path, body=None):
    request = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as response:
            text = response.read()
            return json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        sys.exit(f"{method} {path}: {error.code} {error.read().decode()}")


# Sixty ISO 3166 alpha-3 codes (a state's code must be one), none of them a party of the demo data.
CODES = ("AFG ALB DZA AGO ARG ARM AUS AUT AZE BHR BGD BEL BEN BTN BOL BIH BWA BRA BRN BGR KHM CMR CAN CHL COL CRI HRV CUB CYP CZE "
         "DNK EGY EST ETH FIN GEO DEU GHA GRC HUN ISL IDN IRQ IRL ISR ITA JPN JOR KEN KWT LAO LVA LBN LTU MYS MDV MLT MEX NPL NLD").split()


def code(p):
    return CODES[p]


venue = call("POST", "/api/venues", {"name": {"en": "RATS SCO Executive Committee headquarters", "ru": "Штаб-квартира Исполнительного комитета РАТС ШОС",
                                                 "zh": "上合组织地区反恐怖机构执行委员会总部"},
                                        "city": {"en": "Tashkent", "ru": "Ташкент", "zh": "塔什干"}, "country": "Uzbekistan", "timeZone": "Asia/Tashkent"})
parties = []
for p in range(60):
    party = call("POST", "/api/parties", {"code": code(p), "kind": "state", "name": {"en": f"State {p:02d}", "ru": f"Государство {p:02d}", "zh": f"国家{p:02d}"},
                                          "contactEmails": [f"protocol@{code(p).lower()}.example"], "language": "ru"})
    people = []
    for k in range(70):
        title = "Deputy Head of the Department of International Cooperation, National Security Committee" if k % 3 == 0 else "Officer, Anti-Terrorism Centre"
        person = call("POST", "/api/people", {"familyName": {"en": f"Person {p}-{k}", "ru": f"Участников {p}-{k}", "zh": f"代表{p}之{k}"},
                                              "givenNames": {"en": "", "ru": "Александр", "zh": ""}, "title": {"en": title}, "partyId": party["id"]})
        people.append(person["id"])
    parties.append((party["id"], people))

event = call("POST", "/api/events?acceptConflicts=true", {"kind": "council", "title": {"en": "50th meeting of the RATS SCO Council", "ru": "50-е заседание Совета РАТС ШОС",
                                                                                        "zh": "上合组织地区反恐怖机构理事会第五十次会议"},
                                                          "venueId": venue["id"], "start": "2030-05-06T09:00", "end": "2030-05-06T18:00",
                                                          "hostPartyId": parties[0][0], "status": "planned"})
for party, people in parties:
    call("POST", f"/api/events/{event['id']}/participants?acceptConflicts=true", {"partyId": party, "role": "member"})
    delegation = call("GET", f"/api/events/{event['id']}/delegations/{party}")
    call("PUT", f"/api/events/{event['id']}/delegations/{party}?acceptConflicts=true",
         {"head": {"personId": people[0]}, "members": [{"personId": q} for q in people[1:]], "version": delegation["version"]})
print(event["id"])
