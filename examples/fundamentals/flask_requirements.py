"""Show what `pip install Flask` brings along, read from the installed package metadata."""
from importlib.metadata import requires, version


def split_requirements(dist="flask"):
    """Return (always installed, {extra: [requirements]}) for an installed distribution."""
    core, extras = [], {}
    for req in requires(dist):
        spec, _, marker = (part.strip() for part in req.partition(";"))
        if not marker:
            core.append(spec)
        elif marker.startswith("extra =="):
            extras.setdefault(marker.split('"')[1], []).append(spec)
        # anything else is for other Python versions (e.g. importlib-metadata < 3.10)
    return sorted(core, key=str.lower), extras


def main():
    core, extras = split_requirements()
    print(f"Flask {version('flask')} installs:")
    for spec in core:
        print(f"  {spec}")
    for extra, specs in sorted(extras.items()):
        print(f'pip install "flask[{extra}]" adds: {", ".join(specs)}')


if __name__ == "__main__":
    main()
