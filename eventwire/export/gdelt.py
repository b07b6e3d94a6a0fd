"""Events as rows of the GDELT 2.0 event table (61 tab-separated columns, no header), and their
mentions as rows of the GDELT 2.0 mentions table (16 columns).

Column names and order follow GDELT's published header list; formats follow the
GDELT 2.0 Event Codebook (SQLDATE YYYYMMDD, DATEADDED YYYYMMDDHHMMSS, event codes
as strings with leading zeros, Geo_Type 0 when there is no place).

The geo fields hold GDELT's own codes, so that code written for GDELT files joins them right:
CountryCode is the FIPS 10-4 country code ("UV" for Burkina Faso), ADM1Code GDELT's
country-FIPS-plus-two form ("AF23", "USTX"; the country code alone where the division's FIPS
code is not known, as GDELT writes it), FullName ends in the country's name, and FeatureID is
the FIPS code of a country, the ADM1 code of a division and eventwire's gazetteer id
("geonames:1138958") of a town. The table is data/fips.tsv (scripts/derive_fips.py).
eventwire's own formats (JSON lines, CSV, Parquet) keep ISO3 codes and GeoNames ids.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..tsv import read_rows

COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{f}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
)

MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)

# CAMEO role and sector codes (GDELT's Type1..3Code)
TYPES = frozenset("""COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG
MED REF MOD RAD PTY IGO IMG INT MNC NGM NGO UIS SET REL JRN PRE SOC PPL PKO""".split())
RELIGIONS = frozenset("""ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS MAR MET
MYS PAG PRO SFI SHI SHN SIK SUN TAO ZRO""".split())
REGIONS = frozenset("""AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS
SEA SAF WAF WST WSB BAG GZS""".split())
# Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (admin1)
GEO_TYPES = {"country": 1, "admin1": 5, "state": 5, "province": 5, "region": 5, "admin2": 4, "city": 4, "town": 4,
             "village": 4, "place": 4, "landmark": 4}


@lru_cache(maxsize=1)
def fips_table() -> dict[str, tuple[str, str, str]]:
    """ISO3 (and ISO2) -> (FIPS 10-4 code, ADM1 form: fips | postal | country, name)."""
    out: dict[str, tuple[str, str, str]] = {}
    for parts in read_rows(Path(__file__).resolve().parent / "data" / "fips.tsv"):
        if len(parts) >= 5:
            out[parts[0]] = out[parts[1]] = (parts[2], parts[3], parts[4])
    return out


def fips_country(code: str | None) -> str:
    """GDELT's country code (FIPS 10-4) for an ISO 3166 code: BFA -> UV; '' if unknown."""
    got = fips_table().get((code or "").strip().upper())
    return got[0] if got else ""


def gdelt_adm1(country: str | None, admin1_code: str | None) -> str:
    """GDELT's ADM1Code for a place: AF.23 in AFG -> AF23, US.TX -> USTX, the country's FIPS
    code alone when its divisions' FIPS codes are not known (and for a country)."""
    got = fips_table().get((country or "").strip().upper())
    if not got:
        return ""
    fips, form, _ = got
    code = (admin1_code or "").split(".", 1)[-1]
    if code and form in ("fips", "postal") and len(code) == 2:
        return fips + code
    return fips


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country codes the actor dictionaries know, plus CAMEO's regions."""
    path = Path(__file__).resolve().parent.parent / "actors" / "data" / "countries.tsv"
    codes = set(REGIONS)
    if path.exists():
        for parts in read_rows(path):
            if len(parts) > 1 and len(parts[1]) >= 3:
                codes.add(parts[1][:3])
    return frozenset(codes)


def split_actor(code: str | None) -> dict[str, str]:
    """A CAMEO actor code in GDELT's parts: VENGOV -> CountryCode VEN, Type1Code GOV;
    IGOUNO -> Type1Code IGO, KnownGroupCode UNO; MNCUSAHLH -> MNC, USA, HLH."""
    out = {k: "" for k in ("CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                           "Type1Code", "Type2Code", "Type3Code")}
    code = (code or "").strip()
    types, religions = [], []
    for i in range(0, len(code) - len(code) % 3, 3):
        part = code[i:i + 3]
        if part.islower():
            out["EthnicCode"] = out["EthnicCode"] or part
        elif i == 0 and part in countries():
            out["CountryCode"] = part
        elif part in TYPES:
            types.append(part)
        elif part in RELIGIONS:
            religions.append(part)
        elif not out["CountryCode"] and part in countries():
            out["CountryCode"] = part
        elif not out["KnownGroupCode"]:
            out["KnownGroupCode"] = part
    for n, t in enumerate(types[:3], start=1):
        out[f"Type{n}Code"] = t
    for n, r in enumerate(religions[:2], start=1):
        out[f"Religion{n}Code"] = r
    return out


def global_event_id(event_id: str) -> int:
    """A stable 63-bit integer for an event id (GDELT's GLOBALEVENTID is an integer)."""
    return int.from_bytes(hashlib.sha256(event_id.encode("utf-8")).digest()[:8], "big") & (2 ** 63 - 1)


def event_code(code: str) -> str:
    """Three or four digits with leading zeros: a bare root code 04 becomes 040."""
    code = (code or "").strip()
    return code + "0" if len(code) == 2 else code


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _num(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(round(value, 6)) if value != int(value) else f"{value:.1f}"
    return str(value)


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value:
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return None
    return None


def _geo(row: dict, prefix: str) -> list[str]:
    name = row.get(f"{prefix}_name")
    country = row.get(f"{prefix}_country")
    lat, lon = row.get(f"{prefix}_lat"), row.get(f"{prefix}_lon")
    if not (name or country or lat is not None):
        return ["0", "", "", "", "", "", "", ""]
    kind = (row.get(f"{prefix}_feature_type") or "").lower()
    gtype = GEO_TYPES.get(kind, 4 if name else 1)
    if (country or "").upper() in ("US", "USA") and gtype in (4, 5):
        gtype = 3 if gtype == 4 else 2
    fips = fips_country(country)
    cname = fips_table().get((country or "").upper(), ("", "", country))[2]
    admin1 = row.get(f"{prefix}_admin1")
    parts = [name] if gtype == 1 else [name, admin1 if admin1 != name else None, cname]
    full = ", ".join(str(x) for x in parts if x)
    adm1 = gdelt_adm1(country, row.get(f"{prefix}_admin1_code"))
    feature = row.get(f"{prefix}_id") or ""
    if gtype == 1:
        feature = fips
    elif gtype in (2, 5):
        feature = adm1
    return [str(gtype), _text(full), fips, "" if gtype == 1 and not fips else adm1, "",
            _num(lat), _num(lon), _text(feature)]


def gdelt_row(row: dict) -> list[str]:
    """One event (a dict from Store.events) as GDELT's 61 fields, all as text."""
    day = _date(row.get("date")) or _date(row.get("doc_date")) or _date(row.get("coded_at"))
    added = row.get("coded_at")
    if isinstance(added, str):
        added = dt.datetime.fromisoformat(added)
    fields: list[str] = [str(global_event_id(row["event_id"]))]
    if day:
        fields += [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
                   f"{day.year + ((day.month - 1) * 30 + day.day) / 365:.4f}"]
    else:
        fields += ["", "", "", ""]
    for side in ("source", "target"):
        parts = split_actor(row.get(f"{side}_code"))
        fields += [_text(row.get(f"{side}_code")), _text((row.get(f"{side}_name") or "").upper()),
                   *(parts[k] for k in ("CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                                        "Religion2Code", "Type1Code", "Type2Code", "Type3Code"))]
    code = event_code(row.get("code") or "")
    idx = row.get("sentence_index")
    fields += [
        "1" if idx is not None and idx < 2 else "0",      # first mention in the lead
        code, code[:3], (row.get("root") or code[:2]).zfill(2),
        _num(row.get("quad_class")), _num(row.get("goldstein")),
        _num(row.get("num_mentions") or 1), _num(row.get("num_sources") or 1), _num(row.get("num_articles") or 1),
        "0",                                                # AvgTone: not measured
    ]
    fields += _geo(row, "actor1_geo") + _geo(row, "actor2_geo") + _geo(row, "action_geo")
    fields.append(added.strftime("%Y%m%d%H%M%S") if isinstance(added, dt.datetime) else "")
    fields.append(_text(row.get("url") or row.get("doc_id")))
    assert len(fields) == len(COLUMNS)
    return fields


def _stamp(value: Any) -> str:
    """YYYYMMDDHHMMSS of a datetime, or of a date at midnight."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            value = _date(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y%m%d%H%M%S")
    if isinstance(value, dt.date):
        return value.strftime("%Y%m%d") + "000000"
    return ""


def mention_row(event: dict, m: dict) -> list[str]:
    """One mention of an event as GDELT's 16 mentions fields. Confidence is eventwire's
    confidence of the report the mention belongs to, times 100 (GDELT: 10-100). Character
    offsets are -1: eventwire keeps offsets within the sentence, GDELT counts them in the
    document. Tone is not measured (0)."""
    source = m.get("outlet") or ""
    if not source and m.get("url"):
        source = str(m["url"]).split("//")[-1].split("/")[0]
    conf = m.get("confidence")
    if conf is None:
        conf = event.get("confidence")
    return [
        str(global_event_id(event["event_id"])), _stamp(event.get("coded_at")),
        _stamp(m.get("date") or event.get("coded_at")), "1", _text(source),
        _text(m.get("url") or m.get("doc_id")), _num((m.get("sentence_index") or 0) + 1),
        "-1", "-1", "-1", "1", "" if conf is None else str(int(round(conf * 100))),
        _num(m.get("doc_len") or 0), "0", "", "",
    ]
