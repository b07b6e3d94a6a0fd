"""GDELT's own codes in the GDELT export's geo fields: FIPS 10-4 country codes, ADM1 codes in
GDELT's form (country FIPS + two characters) and GDELT's Geo_Type values."""
from pathlib import Path

import pytest

from eventwire.export.gdelt import COLUMNS, _geo, fips_country, fips_table, gdelt_adm1, gdelt_row

TABLE = Path(__file__).resolve().parent.parent / "eventwire" / "export" / "data" / "fips.tsv"


def geo(**kw):
    row = {f"action_geo_{k}": v for k, v in kw.items()}
    return dict(zip(("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"),
                    _geo(row, "action_geo")))


@pytest.mark.parametrize("iso, fips", [("AFG", "AF"), ("BFA", "UV"), ("DEU", "GM"), ("GBR", "UK"), ("IRQ", "IZ"),
                                       ("NER", "NG"), ("NGA", "NI"), ("USA", "US"), ("CHN", "CH"), ("CHE", "SZ"),
                                       ("BF", "UV"), ("xkx", "KV")])
def test_fips_country_codes(iso, fips):
    assert fips_country(iso) == fips


def test_unknown_country_has_no_code():
    assert fips_country("ZZZ") == "" and fips_country(None) == "" and gdelt_adm1("ZZZ", "ZZ.01") == ""


def test_adm1_in_gdelt_form():
    assert gdelt_adm1("AFG", "AF.23") == "AF23"          # Kandahar
    assert gdelt_adm1("USA", "US.TX") == "USTX"          # US states: postal codes
    # GeoNames codes that are not FIPS 10-4 codes: the country alone, as GDELT writes it
    assert gdelt_adm1("BFA", "BF.12") == "UV"            # regions of 2001; FIPS lists provinces
    assert gdelt_adm1("CHE", "CH.ZH") == "SZ" and gdelt_adm1("GBR", "GB.ENG") == "UK"
    assert gdelt_adm1("AFG", None) == "AF"


def test_geo_types_and_fields():
    city = geo(name="Kandahar", country="AFG", admin1="Kandahar", admin1_code="AF.23", lat=31.6, lon=65.7,
               feature_type="city", id="geonames:1138336")
    assert city == {"Type": "4", "FullName": "Kandahar, Afghanistan", "CountryCode": "AF", "ADM1Code": "AF23",
                    "ADM2Code": "", "Lat": "31.6", "Long": "65.7", "FeatureID": "geonames:1138336"}
    prov = geo(name="Helmand", country="AFG", admin1="Helmand", admin1_code="AF.10", lat=31.5, lon=64.3,
               feature_type="admin1", id="geonames-admin1:AF.10")
    assert (prov["Type"], prov["FullName"], prov["ADM1Code"], prov["FeatureID"]) == \
        ("5", "Helmand, Afghanistan", "AF10", "AF10")
    country = geo(name="Burkina Faso", country="BFA", lat=12.4, lon=-1.5, feature_type="country",
                  id="geonames:2361809")
    assert (country["Type"], country["FullName"], country["CountryCode"], country["ADM1Code"],
            country["FeatureID"]) == ("1", "Burkina Faso", "UV", "UV", "UV")
    town = geo(name="Austin", country="USA", admin1="Texas", admin1_code="US.TX", lat=30.3, lon=-97.7,
               feature_type="city", id="geonames:4671654")
    assert (town["Type"], town["CountryCode"], town["ADM1Code"], town["FullName"]) == \
        ("3", "US", "USTX", "Austin, Texas, United States")
    state = geo(name="Texas", country="USA", admin1="Texas", admin1_code="US.TX", lat=31.0, lon=-99.0,
                feature_type="admin1", id="geonames-admin1:US.TX")
    assert (state["Type"], state["ADM1Code"], state["FeatureID"]) == ("2", "USTX", "USTX")
    village = geo(name="Djibo", country="BFA", admin1="Sahel", admin1_code="BF.12", lat=14.1, lon=-1.63,
                  feature_type="city", id="geonames:2360615")
    assert (village["CountryCode"], village["ADM1Code"]) == ("UV", "UV")
    assert geo()["Type"] == "0"


def test_a_whole_row_carries_fips():
    row = {"event_id": "e1", "date": "2020-05-03", "code": "190", "source_code": "BFAREB", "target_code": "BFACVL",
           "action_geo_name": "Djibo", "action_geo_country": "BFA", "action_geo_feature_type": "city",
           "action_geo_lat": 14.1, "action_geo_lon": -1.63, "action_geo_id": "geonames:2360615"}
    r = dict(zip(COLUMNS, gdelt_row(row)))
    assert r["ActionGeo_CountryCode"] == "UV" and r["ActionGeo_Type"] == "4"
    assert r["Actor1CountryCode"] == "BFA"   # actor codes stay CAMEO's


def test_table_is_derived_and_complete():
    text = TABLE.read_text(encoding="utf-8")
    assert text.startswith("# ") and "derive_fips.py" in text.splitlines()[0]
    t = fips_table()
    assert len({v for k, v in t.items() if len(k) == 3}) > 240
    assert all(form in ("fips", "postal", "country") for _, form, _ in t.values())
