"""Templates: the `md` filter, HTML autoescaping, the sandbox user templates run in, the
errors they report, and `briefcli templates`."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefcli.errors import ExitCode
from briefcli.render.templates import (
    BASE_TEMPLATE,
    _environment,
    is_html_template,
    md_cell,
    md_escape,
    template_dir,
    template_infos,
    wordwrap,
)
from clicases import cases, command_formats, invoke, view_args

# --- The md filter -----------------------------------------------------------------------------


def test_cell_filter_marks_an_empty_cell_and_escapes_the_rest() -> None:
    assert [md_cell(v) for v in (None, "", "a | b", 3)] == ["—", "—", "a \\| b", "3"]


# --- The wordwrap of the built-in templates -----------------------------------------------------


def test_wordwrap_is_jinjas_on_random_text() -> None:
    """The built-ins' wordwrap skips textwrap for a line that fits; its output is Jinja's for
    any text: blanks of every kind, leading and trailing, long words, hyphens, widths."""
    import random

    from jinja2.filters import do_wordwrap

    env = _environment()
    rng = random.Random(7)
    alphabet = ["a", "bc", "Port", "-", " ", "  ", "\t", "\n", "\r\n", "\x0b", "\x0c", "\u00a0", "\u2028"]
    alphabet += ["\x85", "é"]
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        width = rng.choice((4, 10, 20, 76, 78))
        flags = {"break_long_words": rng.random() < 0.5, "break_on_hyphens": rng.random() < 0.5}
        wrap = rng.choice((None, "\n  "))
        assert wordwrap(env, text, width, wrapstring=wrap, **flags) == do_wordwrap(
            env, text, width, wrapstring=wrap, **flags
        ), (text, width)


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("Tariffs | quotas", "Tariffs \\| quotas"),
        ("*All* ports", "\\*All\\* ports"),
        ("rail_links and __rules__", "rail\\_links and \\_\\_rules\\_\\_"),
        ("the `single window`", "the \\`single window\\`"),
        ("see [annex](http://example.org)", "see \\[annex\\](http://example.org)"),
        ("![map](x.png)", "!\\[map\\](x.png)"),
        ("costs <b>fell</b>", "costs \\<b>fell\\</b>"),
        ("a ~~draft~~ accord", "a \\~\\~draft\\~\\~ accord"),
        ("a \\ backslash", "a \\\\ backslash"),
        ("AT&T and &amp; and &#35;", "AT&T and \\&amp; and \\&#35;"),
        ("# 1 priority", "\\# 1 priority"),
        ("  # indented", "  \\# indented"),
        ("> quoted", "\\> quoted"),
        ("- 5 % on grain", "\\- 5 % on grain"),
        ("+ 3 more", "\\+ 3 more"),
        ("=== under", "\\=== under"),
        ("2024. A good year", "2024\\. A good year"),
        ("3) the third", "3\\) the third"),
        ("1.5 million tonnes", "1.5 million tonnes"),
        ("line one\nline two\r\nthree", "line one line two three"),
        ("a > b - c + d # e 2. f", "a > b - c + d # e 2. f"),
        ("Secretary General Ilse Varga", "Secretary General Ilse Varga"),
        (None, ""),
        (42, "42"),
    ],
)
def test_md_escape(text: object, escaped: str) -> None:
    assert md_escape(text) == escaped


HAZARDS = [
    "Tariffs | quotas | fees",
    "*All* ports, __not__ some",
    "See [the annex](http://example.org) now",
    "![map](x.png) attached",
    "The `single window` project",
    "Costs <b>fell</b> by 5 % <script>x</script>",
    "<https://example.org> and <a@b.org>",
    "A ~~draft~~ accord",
    "AT&T, &amp; and &#35; as written",
    "# 1 priority",
    "  ## indented heading",
    "> a quoted line",
    "- 5 % on grain",
    "+ 3 more",
    "2024. A good year",
    "3) the third",
    "===",
    "---",
    "a backslash \\ and \\* a star",
    "Footnote[^1] and [sic] and [/x]",
    "line one\nline two",
]

# Where article text stands in our templates: a paragraph, a list item, a heading, a quotation,
# a table cell.
CONTEXTS = [
    "{}",
    "Intro line\n{}",
    "- {}",
    "1. {}",
    "## {}",
    "> {}",
    "| Name | Text |\n|---|---|\n| x | {} |",
]

MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])
# Token types that would mean the text became markup.
MARKUP_TOKENS = {
    "link_open",
    "image",
    "code_inline",
    "html_inline",
    "html_block",
    "em_open",
    "strong_open",
    "s_open",
    "code_block",
    "hr",
}


def _all_tokens(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        out += _all_tokens(token.children or [])
    return out


def _inline_texts(source: str) -> list[str]:
    """The text of each inline run (a paragraph, a cell, a heading), as a reader sees it."""
    return [
        "".join(
            "\n" if c.type == "softbreak" else c.content for c in t.children or [] if c.type != "html_inline"
        )
        for t in MARKDOWN.parse(source)
        if t.type == "inline"
    ]


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("text", HAZARDS)
def test_md_filtered_text_reads_as_written_in_markdown(text: str, context: str) -> None:
    source = context.format(md_escape(text))
    tokens = _all_tokens(MARKDOWN.parse(source))
    assert not {t.type for t in tokens} & MARKUP_TOKENS, source
    # Still one block of the context's kind: no heading, list or rule started by the text.
    structure = [t.type for t in MARKDOWN.parse(context.format("plain words")) if t.nesting >= 0]
    assert [t.type for t in MARKDOWN.parse(source) if t.nesting >= 0] == structure, source
    assert any(" ".join(text.split()) in t.splitlines() for t in _inline_texts(source)), source


# --- Markdown templates escape article text -----------------------------------------------------

HAZARD_TITLE = "Ports | rail *links* and [data](http://example.org) <b>rules</b> `now` set_for ~~2025~~"
HAZARD_ARTICLE = f"""{HAZARD_TITLE}

Valmora, 14 March 2024

On 12 March 2024, Ms. Ilse Varga, Secretary General of the Baltic Ports Association (BPA), attended \
the Northern Ports Summit in Valmora, Norland, where port *chiefs* | rail <i>heads</i> met [sic].

On the margins of the summit, on 13 March 2024, the BPA Secretary General held bilateral talks with \
Mr. Tomas Brandt, Minister of Trade of Norland. Both sides agreed to set up a `joint` working group.
"""


@pytest.mark.parametrize(("command", "fmt"), cases("md"))
def test_markdown_outputs_print_article_text_as_written(command: str, fmt: str, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(HAZARD_ARTICLE, encoding="utf-8")
    result = invoke([command, str(article), "--format", fmt])
    assert result.exit_code == 0, result.output
    tokens = _all_tokens(MARKDOWN.parse(result.stdout))
    # Templates may emphasise their own labels; article text never becomes a link, code, HTML
    # or strike-through.
    assert not {t.type for t in tokens} & (MARKUP_TOKENS - {"em_open", "strong_open", "hr"})
    texts = _inline_texts(result.stdout)
    assert any(HAZARD_TITLE in text for text in texts), result.stdout


def test_the_timeline_table_keeps_a_title_with_pipes_in_one_cell(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(HAZARD_ARTICLE, encoding="utf-8")
    result = invoke(["timeline", str(article), "--format", "md"])
    cells = [t for t in _all_tokens(MARKDOWN.parse(result.stdout)) if t.type == "td_open"]
    assert len(cells) % 5 == 0
    assert f"Published: {HAZARD_TITLE}" in _inline_texts(result.stdout)


# --- HTML outputs autoescape --------------------------------------------------------------------

XSS_ARTICLE = """Ports <script>alert(1)</script> summit <img src=x onerror=alert(2)> opens in Valmora

Valmora, 14 March 2024

On 12 March 2024, Ms. Ilse Varga, Secretary General of the Baltic Ports Association (BPA), attended \
the Northern Ports Summit <script>alert(3)</script> in Valmora, Norland <img src=y onerror=alert(4)>.

On the margins of the summit, on 13 March 2024, the BPA Secretary General held bilateral talks with \
Mr. Tomas Brandt, Minister of Trade of Norland. "We agreed <script>alert(5)</script>," Mr. Brandt said.
"""


class _Tags(HTMLParser):
    """The elements, attributes and text of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [name for name, _ in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse_html(document: str) -> _Tags:
    parser = _Tags()
    parser.feed(document)
    parser.close()
    return parser


def _assert_inert(document: str) -> None:
    parsed = _parse_html(document)
    assert "script" not in parsed.tags
    assert "img" not in parsed.tags
    assert not [a for a in parsed.attributes if a.startswith("on")]
    # Escaped, not dropped: the reader sees the article's characters.
    assert "<script>alert(1)</script>" in "".join(parsed.text)


@pytest.fixture
def xss_article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(XSS_ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize(("command", "fmt"), cases("html"))
def test_html_outputs_have_no_live_tag_from_the_article(command: str, fmt: str, xss_article: Path) -> None:
    result = invoke([command, str(xss_article), "--format", fmt])
    assert result.exit_code == 0, result.output
    _assert_inert(result.stdout)


def test_every_html_template_autoescapes_and_no_other_does() -> None:
    for path in template_dir().glob("*.j2"):
        assert is_html_template(path.name) is (".htm" in path.name), path.name


USER_TEMPLATE = "<h1>{{ timeline.title }}</h1>\n{% for r in timeline.rows %}<p>{{ r.text }}</p>\n{% endfor %}"


@pytest.mark.parametrize(
    ("template_name", "extra"),
    [
        ("mine.html.j2", []),  # an HTML name
        ("mine.htm", []),
        ("mine.j2", ["--format", "html"]),  # HTML output
        ("mine.j2", ["-o", "out.html"]),  # an HTML file
    ],
)
def test_user_templates_autoescape_html(
    template_name: str, extra: list[str], xss_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    template = tmp_path / template_name
    template.write_text(USER_TEMPLATE, encoding="utf-8")
    result = invoke(["timeline", str(xss_article), "--template", str(template), *extra])
    assert result.exit_code == 0, result.output
    _assert_inert(Path("out.html").read_text(encoding="utf-8") if "-o" in extra else result.stdout)


def test_user_text_templates_do_not_escape(xss_article: Path, tmp_path: Path) -> None:
    template = tmp_path / "mine.txt.j2"
    template.write_text("{{ timeline.title }}\n", encoding="utf-8")
    result = invoke(["timeline", str(xss_article), "--template", str(template)])
    assert result.stdout.startswith("Ports <script>alert(1)</script>")


# --- User templates: the sandbox and its errors -------------------------------------------------


def _run_user_template(tmp_path: Path, source: str, name: str = "mine.md.j2") -> tuple[int, str, str]:
    template = tmp_path / name
    template.write_text(source, encoding="utf-8")
    result = invoke(["timeline", "--template", str(template)])
    return result.exit_code, result.stdout, result.stderr


def _assert_template_error(stderr: str, template: Path, line: int | None, *words: str) -> None:
    assert stderr.count("\n") == 1, stderr  # one line
    assert stderr.startswith(f"briefcli: error: template {template}")
    if line is not None:
        assert f", line {line}:" in stderr, stderr
    for word in words:
        assert word in stderr, stderr
    assert "Traceback" not in stderr


def test_a_user_template_extends_the_built_in_layout(tmp_path: Path) -> None:
    source = (
        '{% extends "base.html.j2" %}{% set page = timeline %}{% set kind = "Dates" %}\n'
        "{% block style %}{{ super() }} h1 { color: #2a5d9f; }{% endblock %}\n"
        "{% block main %}<p>{{ timeline.rows|length }} <b>events</b></p>{% endblock %}\n"
    )
    code, stdout, stderr = _run_user_template(tmp_path, source, "mine.html.j2")
    assert code == 0, stderr
    assert '<p class="kicker">Dates</p>' in stdout
    assert "<main>\n<p>4 <b>events</b></p></main>" in stdout
    assert "--accent: #2a5d9f" in stdout and "h1 { color: #2a5d9f; }</style>" in stdout


def test_an_error_inside_the_layout_is_told_at_the_line_that_extends_it(tmp_path: Path) -> None:
    code, _, stderr = _run_user_template(tmp_path, '\n{% extends "base.html.j2" %}\n', "mine.html.j2")
    assert code == ExitCode.OUTPUT
    _assert_template_error(stderr, tmp_path / "mine.html.j2", 2, "'kind' is undefined")


@pytest.mark.parametrize(
    ("attempt", "words"),
    [
        ("{{ ''.__class__.__mro__ }}", ["unsafe"]),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", ["unsafe"]),
        ("{{ cycler.__init__.__globals__ }}", ["unsafe"]),
        ("{{ joiner.__init__.__globals__.os.system('id') }}", ["unsafe"]),
        ("{{ namespace.__init__.__globals__ }}", ["unsafe"]),
        ("{{ lipsum.__globals__['os'].popen('id').read() }}", ["unsafe"]),
        ("{{ timeline.__class__.__base__ }}", ["unsafe"]),
        ("{{ self._TemplateReference__context }}", ["unsafe"]),
        ("{{ '{0.__class__.__init__.__globals__}'.format(timeline) }}", ["unsafe"]),
        ("{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}", ["unsafe"]),
        ("{{ timeline.rows.append.__self__ }}", ["unsafe"]),
        ("{% include '/etc/passwd' %}", ["no template /etc/passwd", "only base.html.j2"]),
        ("{% import 'os' as os %}{{ os.system('id') }}", ["no template os", "only base.html.j2"]),
        ("{% extends 'summary.html.j2' %}", ["no template summary.html.j2", "only base.html.j2"]),
        ("{{ range(10 ** 6) | list | length }}", ["MAX_RANGE"]),
        ("{{ (10 ** 1000) ** 1000 }}", ["too large"]),
        ("{{ 'x' * 100000000 }}", ["repetition"]),
    ],
)
def test_sandbox_refuses_escape_attempts(attempt: str, words: list[str], tmp_path: Path) -> None:
    code, stdout, stderr = _run_user_template(tmp_path, f"Timeline\n{attempt}\n")
    assert code == ExitCode.OUTPUT
    assert stdout == ""
    _assert_template_error(stderr, tmp_path / "mine.md.j2", 2, *words)
    assert "uid=" not in stdout + stderr and "root:" not in stdout + stderr


@pytest.mark.parametrize(
    ("source", "line", "words"),
    [
        ("# {{ timeline.title }}\n\n{{ timeline.titel }}\n", 3, ["titel"]),
        ("{% for r in timeline.rows %}\n{{ r.speaker }}\n{% endfor %}\n", 2, ["speaker"]),
        ("{{ missing_variable }}\n", 1, ["missing_variable"]),
        ("# x\n{{ timeline.title | no_such_filter }}\n", 2, ["no_such_filter"]),
        ("# x\n{% for r in timeline.rows %}\n{{ r.what }}\n", None, ["endfor"]),
        ("# x\n{{ timeline.title }\n", 2, []),
        ("# x\n\n{% if %}yes{% endif %}\n", 3, []),
        ("# x\n{{ 1 / 0 }}\n", 2, ["division by zero"]),
    ],
)
def test_template_errors_name_the_file_and_line(
    source: str, line: int | None, words: list[str], tmp_path: Path
) -> None:
    code, stdout, stderr = _run_user_template(tmp_path, source)
    assert code == ExitCode.OUTPUT
    assert stdout == ""
    _assert_template_error(stderr, tmp_path / "mine.md.j2", line, *words)


def test_an_unclosed_block_names_a_line(tmp_path: Path) -> None:
    _, _, stderr = _run_user_template(tmp_path, "# x\n{% for r in timeline.rows %}\n{{ r.what }}\n")
    assert re.search(r", line \d+:", stderr), stderr


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: None, ["does not exist"]),
        (lambda p: p.mkdir(), ["is a folder"]),
        (lambda p: p.write_bytes(b"\xff\xfe{{ x }}\x80"), ["UTF-8"]),
    ],
)
def test_an_unusable_template_file_is_an_output_error(make: object, words: list[str], tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    assert callable(make)
    make(template)
    result = invoke(["timeline", "--template", str(template)])
    assert result.exit_code == ExitCode.OUTPUT
    assert result.stderr.count("\n") == 1
    for word in words:
        assert word in result.stderr


def test_user_templates_have_the_md_filter_and_do(tmp_path: Path) -> None:
    source = "{% set seen = [] %}{% do seen.append(timeline.title) %}{{ seen[0] | md }}|{{ '*x*' | md }}\n"
    code, stdout, _ = _run_user_template(tmp_path, source)
    assert code == 0
    assert stdout.endswith("|\\*x\\*\n")


# --- briefcli templates -------------------------------------------------------------------------


def test_templates_lists_every_builtin_with_command_format_and_purpose() -> None:
    result = invoke(["templates"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["NAME", "COMMAND", "FORMAT", "PURPOSE"]
    listed = {line.split()[0]: line.split()[1:3] for line in lines[1:]}
    assert set(listed) == {p.name for p in template_dir().glob("*.j2")}
    assert listed.pop(BASE_TEMPLATE) == ["—", "html"]  # the layout the HTML templates share
    for name, (command, fmt) in listed.items():
        assert name == f"{command}.{fmt}.j2"


VIEW_TEMPLATES = [i for i in template_infos() if i.name != BASE_TEMPLATE]


@pytest.mark.parametrize("info", VIEW_TEMPLATES, ids=lambda i: i.name)
def test_each_builtin_template_belongs_to_a_format_and_says_what_it_is_for(info: object) -> None:
    from briefcli.render.templates import TemplateInfo

    assert isinstance(info, TemplateInfo)
    offered = {**command_formats(), **command_formats(store=True)}
    assert info.format in offered.get(info.command, ()), f"{info.name}: no such command/format"
    assert info.purpose, f"{info.name}: open it with a {{#- One-sentence purpose. ... -#}} comment"


@pytest.mark.parametrize("spelling", ["{}", "{}.j2"])
def test_templates_name_prints_the_source(spelling: str) -> None:
    for path in sorted(template_dir().glob("*.j2")):
        result = invoke(["templates", spelling.format(path.name.removesuffix(".j2"))])
        assert result.exit_code == 0, result.output
        assert result.stdout == path.read_text(encoding="utf-8")


def test_an_unknown_template_name_lists_the_builtins() -> None:
    result = invoke(["templates", "summary.pdf"])
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "summary.pdf" in result.stderr
    for path in template_dir().glob("*.j2"):
        assert path.name.removesuffix(".j2") in result.stderr


@pytest.mark.parametrize("info", VIEW_TEMPLATES, ids=lambda i: i.name)
def test_a_printed_template_used_with_template_gives_the_builtin_output(info: object, tmp_path: Path) -> None:
    """What `briefcli templates NAME` prints is a working starting point: run as the user's own
    template (in the sandbox), it renders exactly what the built-in does."""
    from briefcli.render.templates import TemplateInfo

    assert isinstance(info, TemplateInfo)
    copy = tmp_path / info.name
    copy.write_text(invoke(["templates", info.name]).stdout, encoding="utf-8")
    args = view_args(info.command, info.format, tmp_path)
    builtin = invoke(args)
    mine = invoke([*args, "--template", str(copy)])
    assert builtin.exit_code == 0, builtin.output
    assert mine.exit_code == 0, mine.output
    assert mine.stdout == builtin.stdout
