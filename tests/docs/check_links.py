#!/usr/bin/env python3
"""Every relative link and image in README.md, docs/*.md and packaging/**/README*.md resolves, and every file
those pages (and the sources under src/ and scripts/) mention is in the repository.

Checks markdown links [text](target), images ![alt](target), reference definitions [id]: target and HTML
src=/href= attributes, outside code blocks and code spans. A target must name an existing file or folder relative to
the markdown file; a #fragment must match a heading of the target markdown file (GitHub's anchor rules). http(s),
mailto and other URL schemes are not fetched.

Mentions, in prose and code spans alike (and anywhere in a source file): a name ending in .md must be a file of the
repository (relative to the page, to the repository's root, or by its name alone anywhere in it); a path that starts
with one of the repository's top folders (src/, tests/, docs/, ...) must exist (globs and <placeholders> are not
checked; in pages only, a source's include paths are relative to its own folder); and nothing may point outside the repository (a ../ that leaves it, /work/, a shared/ folder beside it).

Usage: check_links.py SOURCE_DIR     check the project's documentation
       check_links.py --self-test    check that the checker itself finds broken links
"""
import re
import sys
import tempfile
from pathlib import Path

INLINE_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")
HTML_ATTRIBUTE = re.compile(r"""\b(?:src|href)\s*=\s*["']([^"']+)["']""")
FENCE = re.compile(r"^\s{0,3}(```|~~~)")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def prose_lines(text, blank_code_spans=True):
    """(line number, line) outside fenced and indented code blocks, code spans blanked out unless asked not to."""
    fenced = None
    for number, line in enumerate(text.splitlines(), 1):
        fence = FENCE.match(line)
        if fence:
            fenced = None if fenced == fence.group(1) else (fenced or fence.group(1))
            continue
        if fenced is None and not line.startswith("    "):
            yield number, CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line) if blank_code_spans else line


def github_anchor(heading):
    """The id GitHub gives a heading: its text lower-cased, punctuation dropped, spaces made hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # links keep their text
    text = text.replace("`", "").lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(markdown_file):
    seen = {}
    result = set()
    for _, line in prose_lines(markdown_file.read_text(encoding="utf-8"), blank_code_spans=False):
        heading = HEADING.match(line)
        if not heading:
            continue
        anchor = github_anchor(heading.group(1))
        count = seen.get(anchor, 0)
        seen[anchor] = count + 1
        result.add(anchor if count == 0 else f"{anchor}-{count}")
    return result


def targets(text):
    for number, line in prose_lines(text):
        for pattern in (INLINE_LINK, HTML_ATTRIBUTE):
            for match in pattern.finditer(line):
                yield number, match.group(1)
        definition = REFERENCE_DEFINITION.match(line)
        if definition:
            yield number, definition.group(1)


MARKDOWN_NAME = re.compile(r"(?<![\w/.-])((?:\.\.?/)*(?:[\w.-]+/)*[\w-]+(?:\.[\w-]+)*\.md)(?![\w-])")
TOP_FOLDERS = ("src", "tests", "scripts", "docs", "packaging", "config", "resources", "bench", "cmake", "ui")
REPOSITORY_PATH = re.compile(r"(?<![\w/.<-])((?:%s)/[\w./*<>{}-]*)" % "|".join(TOP_FOLDERS))
OUTSIDE = re.compile(r"(?<![\w.-])((?:\.\./)+[\w./-]+|/work/[\w./-]*|(?<![\w/])shared/[\w./-]*)")
SOURCE_SUFFIXES = {".cpp", ".h", ".py", ".sh", ".cmake", ".txt", ".yml", ".yaml", ".sbatch"}


def repository_names(root):
    return {path.name for path in root.rglob("*") if ".git" not in path.parts and "build" not in path.parts}


def mention_problems(lines, where_file, root, names, check_paths=True):
    """Problems with the files that `lines` ((number, text)) mention; where_file is the file they come from.
    check_paths=False for sources, whose include paths are relative to their own folders."""
    found = []
    for number, line in lines:
        where = f"{where_file.relative_to(root)}:{number}"
        for match in OUTSIDE.finditer(line):
            mention = match.group(1)
            inside = mention.startswith("../") and (where_file.parent / mention).resolve().is_relative_to(root)
            if not inside:
                found.append(f"{where}: '{mention}' points outside the repository")
        for match in MARKDOWN_NAME.finditer(line):
            mention = match.group(1)
            if any((base / mention).exists() for base in (where_file.parent, root)):
                continue
            if "/" not in mention and mention in names:
                continue
            found.append(f"{where}: '{mention}' is not a file of the repository")
        for match in REPOSITORY_PATH.finditer(line) if check_paths else ():
            mention = match.group(1).rstrip(".")
            if any(c in mention for c in "*<>{}"):
                continue
            if not any((base / mention).exists() for base in (root, where_file.parent)):
                found.append(f"{where}: '{mention}' is not in the repository")
    return found


def problems_in(markdown_file, root):
    found = []
    text = markdown_file.read_text(encoding="utf-8")
    for number, target in targets(text):
        where = f"{markdown_file.relative_to(root)}:{number}"
        if not target:
            found.append(f"{where}: empty link target")
            continue
        if SCHEME.match(target) or target.startswith("//"):
            continue
        path_part, _, fragment = target.partition("#")
        resolved = (markdown_file.parent / path_part).resolve() if path_part else markdown_file
        if not resolved.exists():
            found.append(f"{where}: '{target}' does not exist ({resolved})")
            continue
        if fragment and resolved.suffix == ".md" and fragment not in anchors(resolved):
            found.append(f"{where}: '{target}' names no heading of {resolved.name}")
    return found, sum(1 for _ in targets(text))


LINK_TARGET = re.compile(r"\]\([^)]*\)|\b(?:src|href)\s*=\s*[\"'][^\"']*[\"']|^\s{0,3}\[[^\]]+\]:.*$")


def pages(root):
    return [root / "README.md"] + sorted((root / "docs").glob("*.md")) + sorted((root / "packaging").rglob("README*.md"))


def check_links(root, files):
    problems = []
    checked = 0
    for markdown_file in files:
        found, count = problems_in(markdown_file, root)
        problems += found
        checked += count
    return checked, problems


def check_mentions(root, files):
    """Mentions outside link targets (those are checked as links) in the pages, and mentions in the sources."""
    names = repository_names(root)
    problems = []
    for markdown_file in files:
        lines = ((number, LINK_TARGET.sub("]", line))
                 for number, line in prose_lines(markdown_file.read_text(encoding="utf-8"), blank_code_spans=False))
        problems += mention_problems(lines, markdown_file, root, names)
    for folder in ("src", "scripts"):
        for source in sorted((root / folder).rglob("*")):
            if source.is_file() and (source.suffix in SOURCE_SUFFIXES or source.parent.name == "bench.d"):
                lines = enumerate(source.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
                problems += mention_problems(lines, source, root, names, check_paths=False)
    return problems


def check(root):
    files = pages(root)
    checked, problems = check_links(root, files)
    return files, checked, problems + check_mentions(root, files)


def self_test():
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        (root / "docs" / "shots").mkdir(parents=True)
        (root / "docs" / "shots" / "a.png").write_bytes(b"png")
        (root / "docs" / "guide.md").write_text("# Guide\n## Step one: `run` it!\n## Step one: `run` it!\n")
        (root / "README.md").write_text(
            "# Top\n"
            "![ok](docs/shots/a.png) [ok](docs/guide.md#step-one-run-it-1) [ok](#top) [ok](https://x.invalid/y)\n"
            "![missing](docs/shots/b.png)\n"
            "[bad anchor](docs/guide.md#step-two)\n"
            "[bad local anchor](#nowhere)\n"
            "`[in code](nothere.md)`\n"
            "```\n[in a fence](nothere.md)\n```\n"
            '<img src="docs/shots/c.png">\n'
            "[ref]: docs/missing.md\n")
        checked, problems = check_links(root, pages(root))
        expected = ["README.md:3", "README.md:4", "README.md:5", "README.md:10", "README.md:11"]
        reported = [problem.split(": ")[0] for problem in problems]
        if reported != expected or checked != 9:
            print(f"FAIL: self-test expected problems at {expected} of 9 links, got {reported} of {checked}:")
            print("\n".join(problems))
            return 1
    with tempfile.TemporaryDirectory() as work:
        root = Path(work) / "repo"
        (root / "docs").mkdir(parents=True)
        (root / "src" / "core").mkdir(parents=True)
        (root / "src" / "core" / "present.cpp").write_text("// see docs/guide.md\n")
        (root / "src" / "core" / "cites.cpp").write_text("// answer rate (FACTS.md)\n")
        (root / "docs" / "guide.md").write_text("# Guide\n")
        (root / "README.md").write_text(
            "# Top\n"
            "Figures from FACTS.md.\n"
            "The notes in `../shared/docs/notes.txt` and /work/shared/seed.\n"
            "Code: `src/core/present.cpp`, `src/core/missing.cpp`, `docs/shots/*.png`, `src/<folder>/`.\n"
            "See guide.md, [the guide](docs/guide.md) and [a missing page](docs/gone.md).\n")
        problems = check_mentions(root, pages(root))
        expected = ["README.md:2", "README.md:3", "README.md:3", "README.md:4", "src/core/cites.cpp:1"]
        reported = [problem.split(": ")[0] for problem in problems]
        if reported != expected:
            print(f"FAIL: self-test expected mentions reported at {expected}, got {reported}:")
            print("\n".join(problems))
            return 1
    print("self-test: the checker reports exactly the 5 broken links of 9 and the 5 mentions of files not in the "
          "repository")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 2:
        print(__doc__)
        return 2
    root = Path(argv[1]).resolve()
    files, checked, problems = check(root)
    for problem in problems:
        print(problem)
    print(f"{checked} links and images in {len(files)} files, {len(problems)} broken")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
