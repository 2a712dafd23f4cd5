#!/usr/bin/env python3
"""A CDR table as the seed's Python generator makes it, written without cdrgen, and its figures computed here.

Usage: seedtable.py SQLITE_FILE EXPECTED_JSON ROWS BELGIUM_GEOJSON

Writes two tables with the same rows: `cdr` in the seed's schema (its 23 column names, INT/VARCHAR/DATETIME/FLOAT
types, values drawn from the seed's config.yml ranges: types VOICE/SMS/DATA, statuses SUCCESS/MISSED/FAILED,
operators OP1/OP2/OP3 at 40/30/30, durations 10..3600 s, antennas 1..1000, points in the 49.5..51.5 x 2.5..6.5 box)
and `calls`, where five columns have other names (the --columns test). Then counts, straight from the rows, the
figures the report must give, into EXPECTED_JSON.
"""
import json
import random
import sqlite3
import sys

COLUMNS = [
    ("id", "INT PRIMARY KEY"), ("caller", "VARCHAR(20)"), ("callee", "VARCHAR(20)"), ("start_time", "DATETIME"),
    ("duration", "INT"), ("type", "VARCHAR(20)"), ("status", "VARCHAR(20)"), ("imei_caller", "VARCHAR(20)"),
    ("imei_receiver", "VARCHAR(20)"), ("operator_code_emission", "VARCHAR(20)"),
    ("antenna_id_emission", "VARCHAR(20)"), ("antenna_type_emission", "VARCHAR(20)"),
    ("antenna_lat_emission", "FLOAT"), ("antenna_lon_emission", "FLOAT"), ("antenna_altitude_emission", "INT"),
    ("antenna_id_reception", "VARCHAR(20)"), ("antenna_type_reception", "VARCHAR(20)"),
    ("antenna_lat_reception", "FLOAT"), ("antenna_lon_reception", "FLOAT"), ("antenna_altitude_reception", "INT"),
    ("operator_code_reception", "VARCHAR(20)"), ("caller_lat_home", "FLOAT"), ("caller_lon_home", "FLOAT"),
]
RENAMED = {"caller": "msisdn_a", "callee": "msisdn_b", "start_time": "call_start", "type": "call_type",
           "antenna_lat_emission": "cell_lat"}


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(imei):
    return len(imei) == 15 and imei.isdigit() and luhn_digit(imei[:14]) == imei[14]


def inside_ring(ring, lat, lon):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def in_belgium(polygons, lat, lon):
    return any(inside_ring(p[0], lat, lon) and not any(inside_ring(h, lat, lon) for h in p[1:]) for p in polygons)


def make_rows(count):
    rng = random.Random(23)
    numbers = ["+324%d%07d" % (rng.randint(5, 9), rng.randint(0, 9999999)) for _ in range(60)]
    numbers += ["+3223%06d" % rng.randint(0, 999999) for _ in range(4)]  # Brussels landlines: not mobiles
    homes = {n: (round(rng.uniform(50.4, 51.1), 5), round(rng.uniform(3.5, 5.5), 5)) for n in numbers}
    rows = []
    for i in range(1, count + 1):
        caller = rng.choice(numbers)
        off_net = rng.random() < 0.25
        callee = "+3312345%04d" % rng.randint(0, 9999) if off_net else rng.choice(numbers)
        body = "35%012d" % rng.randint(0, 10 ** 12 - 1)
        imei = body + (luhn_digit(body) if rng.random() < 0.9 else str((int(luhn_digit(body)) + 1) % 10))
        start = "2024-03-%02d %02d:%02d:%02d" % (rng.randint(1, 31), rng.randint(0, 23), rng.randint(0, 59),
                                                 rng.randint(0, 59))
        call_type = rng.choice(["VOICE", "SMS", "DATA"])
        status = rng.choice(["SUCCESS", "MISSED", "FAILED"])
        operator = rng.choices(["OP1", "OP2", "OP3"], weights=[40, 30, 30])[0]
        lat, lon = round(rng.uniform(49.5, 51.5), 5), round(rng.uniform(2.5, 6.5), 5)
        reception = [None] * 5 if off_net else [
            "ANT%d" % rng.randint(1, 1000), rng.choice(["MACRO", "MICRO", "PICO"]), round(rng.uniform(49.5, 51.5), 5),
            round(rng.uniform(2.5, 6.5), 5), rng.randint(0, 100)]
        rows.append([i, caller, callee, start, rng.randint(10, 3600), call_type, status, imei,
                     None if off_net else "35%013d" % rng.randint(0, 10 ** 13 - 1), operator,
                     "ANT%d" % rng.randint(1, 1000), rng.choice(["MACRO", "MICRO", "PICO"]), lat, lon,
                     rng.randint(0, 100)] + reception + [None if off_net else operator, *homes[caller]])
    return rows


def expected_figures(rows, polygons):
    at = {name: i for i, (name, _) in enumerate(COLUMNS)}
    figures = {"records": len(rows), "duplicate_ids": len(rows) - len({r[0] for r in rows}),
               "records_per_hour": [0] * 24, "types": {}, "statuses": {}, "operators_emission": {},
               "empty_fields": {}, "valid_callers": 0, "valid_imeis": 0, "emitting_in_belgium": 0}
    starts = sorted(r[at["start_time"]] for r in rows)
    figures["first_start"], figures["last_start"] = starts[0], starts[-1]
    for r in rows:
        figures["records_per_hour"][int(r[at["start_time"]][11:13])] += 1
        for key, column in (("types", "type"), ("statuses", "status"), ("operators_emission",
                                                                        "operator_code_emission")):
            figures[key][r[at[column]]] = figures[key].get(r[at[column]], 0) + 1
        caller = r[at["caller"]]
        figures["valid_callers"] += int(len(caller) == 12 and caller[:4] == "+324" and caller[4] in "56789")
        figures["valid_imeis"] += int(luhn_ok(r[at["imei_caller"]]))
        figures["emitting_in_belgium"] += int(in_belgium(polygons, r[at["antenna_lat_emission"]],
                                                         r[at["antenna_lon_emission"]]))
        for column in ("callee", "antenna_id_reception", "antenna_lat_reception"):
            if r[at[column]] is None:
                figures["empty_fields"][column] = figures["empty_fields"].get(column, 0) + 1
    return figures


def main():
    path, expected_path, count, geojson = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    with open(geojson) as f:
        polygons = [p for feature in json.load(f)["features"] for p in feature["geometry"]["coordinates"]]
    rows = make_rows(count)
    db = sqlite3.connect(path)
    for table, names in (("cdr", {}), ("calls", RENAMED)):
        db.execute("CREATE TABLE %s (%s)" % (table, ", ".join("%s %s" % (names.get(n, n), t) for n, t in COLUMNS)))
        db.executemany("INSERT INTO %s VALUES (%s)" % (table, ", ".join("?" * len(COLUMNS))), rows)
    db.commit()
    db.close()
    with open(expected_path, "w") as f:
        json.dump(expected_figures(rows, polygons), f, indent=1)


main()
