#!/usr/bin/env python3
"""Trunk post-build hook: comments out of the stylesheet and the JS snippets, the
Content-Security-Policy, the per-build service worker and 404.html.

The CSP meta tag allows only the bundle's own scripts and WASM: trunk's one inline
module script is allowed by its SHA-256 hash, which is only known after the build.

Runs with TRUNK_STAGING_DIR set to the finished bundle. The service worker
precaches every file of the bundle; its cache name carries a hash of all their
contents, so a new build replaces the old cache. 404.html is a copy of
index.html: GitHub Pages serves it for deep links such as /REPO/article/000,
and the app's router takes over from there.
"""
import base64
import hashlib
import os
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("postbuild: TRUNK_STAGING_DIR is not set (run through trunk)", file=sys.stderr)
        return 1
    dist = Path(staging)
    strip_comments(dist)
    add_csp(dist / "index.html")
    shutil.copyfile(dist / "index.html", dist / "404.html")

    files = sorted(
        p.relative_to(dist).as_posix()
        for p in dist.rglob("*")
        if p.is_file() and p.name not in ("sw.js", "404.html")
    )
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode())
        digest.update((dist / name).read_bytes())
    version = digest.hexdigest()[:16]

    urls = ["./" if name == "index.html" else name for name in files]
    # The template's comment lines document it; the bundle's copy goes without them.
    template = without_line_comments((ROOT / "scripts" / "sw-template.js").read_text())
    body = template.replace("__VERSION__", version).replace(
        "__PRECACHE__", ",\n  ".join(f'"{u}"' for u in urls)
    )
    (dist / "sw.js").write_text(body)
    print(f"postbuild: sw.js version {version}, {len(urls)} files precached")
    return 0


def without_line_comments(text: str) -> str:
    """`text` without its whole-line "//" comments."""
    return re.sub(r"(?m)^[ \t]*//.*\n", "", text)


def pin(data: bytes) -> str:
    """The subresource-integrity value trunk writes for a file's bytes."""
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def strip_comments(dist: Path) -> None:
    """The stylesheet's and the JS snippets' comments document the sources; the bundle
    goes without them (about 1.3 KB gzip of the first load). index.html pins each file
    by its SHA-384, so the pins are renewed."""
    index = dist / "index.html"
    html = index.read_text()
    files = [(p, "css") for p in dist.glob("*.css")]
    files += [(p, "js") for p in (dist / "snippets").rglob("*.js")]
    for path, kind in files:
        before = path.read_bytes()
        text = before.decode()
        if kind == "css":
            text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        else:
            # Whole-line comments only: "//" lines and "/** ... */" blocks.
            text = re.sub(r"(?m)^[ \t]*/\*\*.*?\*/[ \t]*\n", "", text, flags=re.S)
            text = without_line_comments(text)
        text = re.sub(r"\n[ \t]*\n+", "\n", text)
        after = text.encode()
        path.write_bytes(after)
        if pin(before) in html:
            html = html.replace(pin(before), pin(after))
        elif 'integrity="' in html and path.name in html:
            raise SystemExit(f"postbuild: index.html pins {path.name} by a hash not its own")
    index.write_text(html)


def add_csp(index: Path) -> None:
    html = index.read_text()
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in inline
    )
    policy = (
        "default-src 'self'; "
        f"script-src 'self' 'wasm-unsafe-eval' {hashes}; "
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        "connect-src 'self'; worker-src 'self'; object-src 'none'; "
        "base-uri 'self'; form-action 'none'"
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'
    html, n = re.subn(r'(<meta charset="utf-8"\s*/?>)', r"\1\n    " + meta, html, count=1)
    if n != 1:
        raise SystemExit("postbuild: no <meta charset> in index.html to put the CSP after")
    index.write_text(html)
    print(f"postbuild: CSP with {len(inline)} inline script hash(es)")


if __name__ == "__main__":
    sys.exit(main())
