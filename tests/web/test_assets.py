"""api/web: the page's files, read once, with a version that changes with any asset."""

from pathlib import Path

from api.web import load_web_assets


def make_site(root: Path, script: str) -> tuple[Path, Path]:
    static = root / "static"
    static.mkdir(parents=True)
    (static / "app.js").write_text(script)
    (static / "app.css").write_text("body {}")
    (static / "notes.txt").write_text("not served")
    page = root / "index.html"
    page.write_text('<script type="module" src="/static/{{version}}/app.js"></script>')
    return static, page


def test_the_version_is_in_the_page_and_follows_the_assets(tmp_path: Path) -> None:
    first = load_web_assets(*make_site(tmp_path / "a", "export const a = 1;"))
    same = load_web_assets(*make_site(tmp_path / "b", "export const a = 1;"))
    changed = load_web_assets(*make_site(tmp_path / "c", "export const a = 2;"))
    assert first.version == same.version != changed.version
    assert first.page.body.decode() == (
        f'<script type="module" src="/static/{first.version}/app.js"></script>'
    )


def test_only_known_kinds_of_file_of_this_version_are_assets(tmp_path: Path) -> None:
    assets = load_web_assets(*make_site(tmp_path, "export {};"))
    assert set(assets.assets) == {"app.js", "app.css"}
    assert assets.asset(assets.version, "app.js").media_type == "text/javascript"
    assert assets.asset(assets.version, "notes.txt") is None
    assert assets.asset("0" * len(assets.version), "app.js") is None


def test_the_packaged_page_names_only_assets_it_has() -> None:
    assets = load_web_assets()
    page = assets.page.body.decode()
    assert "{{version}}" not in page
    for name in assets.assets:
        if name.endswith(".css") or name in {"app.js", "icon.svg"}:
            assert f"/static/{assets.version}/{name}" in page
