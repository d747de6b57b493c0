"""List "# DEBT(area): reason" markers so known debt stays visible in CI output and reviews."""
import pathlib
import re
import sys

MARKER = re.compile(r"#\s*(TODO|FIXME|DEBT)\((?P<area>[\w-]+)\):\s*(?P<reason>.+)")


def find_debt(root):
    found = []
    for path in sorted(pathlib.Path(root).rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if match := MARKER.search(line):
                found.append((match[1], match["area"], f"{path.name}:{number}",
                              match["reason"].strip()))
    return found


def report(root):
    rows = find_debt(root)
    lines = [f"{kind:5} {area:10} {where:16} {reason}" for kind, area, where, reason in rows]
    return "\n".join(lines + [f"{len(rows)} marker(s)"])


if __name__ == "__main__":
    print(report(sys.argv[1] if len(sys.argv) > 1 else "."))
