#!/usr/bin/env python3
"""Every relative link and image in README.md and docs/*.md resolves.

Checks markdown links [text](target), images ![alt](target), reference definitions [id]: target and HTML
src=/href= attributes, outside code blocks and code spans. A target must name an existing file or folder relative to
the markdown file; a #fragment must match a heading of the target markdown file (GitHub's anchor rules). http(s),
mailto and other URL schemes are not fetched.

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


def check(root):
    files = [root / "README.md"] + sorted((root / "docs").glob("*.md"))
    problems = []
    checked = 0
    for markdown_file in files:
        found, count = problems_in(markdown_file, root)
        problems += found
        checked += count
    return files, checked, problems


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
        _, checked, problems = check(root)
        expected = ["README.md:3", "README.md:4", "README.md:5", "README.md:10", "README.md:11"]
        reported = [problem.split(": ")[0] for problem in problems]
        if reported != expected or checked != 9:
            print(f"FAIL: self-test expected problems at {expected} of 9 links, got {reported} of {checked}:")
            print("\n".join(problems))
            return 1
    print("self-test: the checker reports exactly the 5 broken links of 9")
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
